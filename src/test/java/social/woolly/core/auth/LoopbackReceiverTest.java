package social.woolly.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The browser's side of issue #3's loopback redirect, played with the JDK's HTTP client. */
class LoopbackReceiverTest {
    private final HttpClient browser = HttpClient.newHttpClient();
    private LoopbackReceiver receiver;

    @AfterEach
    void closeAll() {
        if (receiver != null) {
            receiver.close();
        }
        browser.close();
    }

    private HttpResponse<String> visit(String pathAndQuery) throws IOException, InterruptedException {
        URI base = receiver.redirectUri();
        URI uri = URI.create("http://127.0.0.1:" + base.getPort() + pathAndQuery);
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void redirectUri_isLoopbackWithEphemeralPort() throws Exception {
        receiver = LoopbackReceiver.start("s1");

        assertThat(receiver.redirectUri().getScheme()).isEqualTo("http");
        assertThat(receiver.redirectUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(receiver.redirectUri().getPort()).isPositive();
        assertThat(receiver.redirectUri().getPath()).isEqualTo("/callback");
    }

    @Test
    void start_withFreePreferredPort_usesIt_elseFallsBack() throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        receiver = LoopbackReceiver.start("s", port);
        assertThat(receiver.redirectUri().getPort()).isEqualTo(port);

        try (LoopbackReceiver second = LoopbackReceiver.start("s", port)) {
            assertThat(second.redirectUri().getPort()).isNotEqualTo(port).isPositive();
        }
    }

    @Test
    void callback_withMatchingState_givesCodeAndClosePage() throws Exception {
        receiver = LoopbackReceiver.start("st-4%/x");

        HttpResponse<String> page = visit("/callback?code=abc123&state=st-4%25%2Fx");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("close this tab");
        assertThat(receiver.awaitCode(Duration.ofSeconds(5))).isEqualTo("abc123");
    }

    @Test
    void callback_withWrongState_isRejectedAndShown() throws Exception {
        receiver = LoopbackReceiver.start("expected");

        HttpResponse<String> page = visit("/callback?code=abc&state=forged");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("abc");
        assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        SignInException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.STATE_MISMATCH));
    }

    @Test
    void callback_withoutState_isRejected() throws Exception {
        receiver = LoopbackReceiver.start("expected");

        visit("/callback?code=abc");

        assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        SignInException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.STATE_MISMATCH));
    }

    @Test
    void callback_withError_isDeniedWithServerText() throws Exception {
        receiver = LoopbackReceiver.start("s");

        visit("/callback?error=access_denied&error_description=The+resource+owner+denied&state=s");

        assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(SignInException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInException.Reason.DENIED);
                    assertThat(e.serverMessage()).contains("The resource owner denied");
                });
    }

    @Test
    void otherPaths_like_favicon_areIgnored() throws Exception {
        receiver = LoopbackReceiver.start("s");

        assertThat(visit("/favicon.ico").statusCode()).isEqualTo(404);
        visit("/callback?code=c&state=s");

        assertThat(receiver.awaitCode(Duration.ofSeconds(5))).isEqualTo("c");
    }

    @Test
    void awaitCode_nobodyComes_timesOutAndStopsListening() throws Exception {
        receiver = LoopbackReceiver.start("s");

        assertThatThrownBy(() -> receiver.awaitCode(Duration.ofMillis(50)))
                .isInstanceOfSatisfying(
                        SignInException.class, e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TIMED_OUT));
    }

    @Test
    void cancel_whileWaiting_endsTheWaitAsCancelled() throws Exception {
        receiver = LoopbackReceiver.start("s");
        CompletableFuture<SignInException.Reason> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                receiver.awaitCode(Duration.ofSeconds(30));
                return null;
            } catch (SignInException e) {
                return e.reason();
            }
        });

        receiver.cancel();

        assertThat(outcome.get()).isEqualTo(SignInException.Reason.CANCELLED);
    }
}
