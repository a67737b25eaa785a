package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.json;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.model.Status;

/** Every way a call can fail, each mapped to its one {@link ApiException} (STYLE.md §6). */
class FailuresTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private ApiCall<Page<Status>> home() {
        return TestServer.api(server).timelines().home();
    }

    private static MockResponse html(int code) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "text/html")
                .body("<html><body><h1>" + code + " Bad Gateway</h1>{\"error\":\"not this\"}</body></html>")
                .build();
    }

    @Test
    void status401_isUnauthorizedWithServerText() {
        server.enqueue(json(401, "{\"error\":\"The access token is invalid\"}"));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.Unauthorized.class,
                        e -> assertThat(e.serverMessage()).contains("The access token is invalid"))
                .hasMessageNotContaining(TestServer.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 422})
    void invalidTokenAnswer_isUnauthorized(int status) {
        server.enqueue(
                json(status, "{\"error\":\"invalid_token\",\"error_description\":\"The access token is invalid\"}"));

        assertThatThrownBy(() -> home().execute()).isInstanceOf(ApiException.Unauthorized.class);
    }

    @Test
    void status403Otherwise_isRejected() {
        server.enqueue(json(403, "{\"error\":\"This action is not allowed\"}"));

        assertThatThrownBy(() -> home().execute()).isInstanceOfSatisfying(ApiException.Rejected.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.serverMessage()).contains("This action is not allowed");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void goneOrMissing_isNotFound(int status) {
        server.enqueue(json(status, "{\"error\":\"Record not found\"}"));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.NotFound.class,
                        e -> assertThat(e.serverMessage()).contains("Record not found"));
    }

    @Test
    void validation422_keepsMastodonsMessage() {
        server.enqueue(json(422, "{\"error\":\"Validation failed: Text can't be blank\"}"));

        assertThatThrownBy(() -> home().execute()).isInstanceOfSatisfying(ApiException.Rejected.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.serverMessage()).contains("Validation failed: Text can't be blank");
        });
    }

    @Test
    void oauthError_prefersDescription() {
        server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The grant is invalid\"}"));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.Rejected.class,
                        e -> assertThat(e.serverMessage()).contains("The grant is invalid"));
    }

    @Test
    void rejectedWithHtmlBody_hasNoServerMessage() {
        server.enqueue(html(400));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.Rejected.class,
                        e -> assertThat(e.serverMessage()).isEmpty());
    }

    @Test
    void hugeErrorBody_isCappedAndStillMapped() {
        server.enqueue(json(422, "{\"error\":\"" + "x".repeat(1_000_000) + "\"}"));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.Rejected.class,
                        e -> assertThat(e.serverMessage()).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Retry-After       | 120                           | PT2M",
                "Retry-After       | Sat, 08 Mar 2025 12:05:00 GMT | PT5M",
                "X-RateLimit-Reset | 2025-03-08T12:00:30.123456Z   | PT30.123456S",
                "X-RateLimit-Reset | 2025-03-08T11:00:00Z          | PT0S",
                "Retry-After       | soon                          | PT1M",
                "X-Other           | 5                             | PT1M",
            })
    void rateLimited_waitsAsTheHeadersSay_relativeToTheClock(String header, String value, Duration expected) {
        server.enqueue(new MockResponse.Builder(json(429, "{\"error\":\"Too many requests\"}"))
                .setHeader(header, value)
                .build());

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.RateLimited.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(expected));
    }

    @Test
    void badGatewayHtml_isServerTrouble() {
        server.enqueue(html(502));

        assertThatThrownBy(() -> home().execute())
                .isInstanceOfSatisfying(
                        ApiException.ServerTrouble.class,
                        e -> assertThat(e.status()).isEqualTo(502));
    }

    @Test
    void okWithHtml_isBadResponse() {
        server.enqueue(html(200));

        assertThatThrownBy(() -> home().execute()).isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void okWithHtmlLabelledJson_isBadResponse() {
        server.enqueue(json(200, "<!DOCTYPE html><html></html>"));

        assertThatThrownBy(() -> home().execute()).isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void okWithTruncatedJson_isBadResponse() {
        String full = Fixtures.text("timelines/home.json");
        server.enqueue(json(200, full.substring(0, full.length() / 2)));

        assertThatThrownBy(() -> home().execute()).isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void okWithErrorObjectInsteadOfList_isBadResponse() {
        server.enqueue(json(200, "{\"error\":\"surprise\"}"));

        assertThatThrownBy(() -> home().execute()).isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void cancelBeforeExecute_isCancelledWithoutSending() {
        ApiCall<Page<Status>> call = home();
        call.cancel();

        assertThatThrownBy(call::execute).isInstanceOf(ApiException.Cancelled.class);
        assertThat(call.isCancelled()).isTrue();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancelDuringExecute_isCancelled() throws Exception {
        server.enqueue(new MockResponse.Builder(json("timelines/home.json"))
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        ApiCall<Page<Status>> call = home();
        CompletableFuture<Page<Status>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return call.execute();
            } catch (ApiException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        TestServer.taken(server);

        call.cancel();

        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ApiException.Cancelled.class);
    }

    @Test
    void unreachablePort_isNetwork() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var api = new MastodonClient(TestServer.CLIENT)
                .api(URI.create("http://127.0.0.1:" + port), AccessToken.of(TestServer.TOKEN));

        assertThatThrownBy(() -> api.timelines().home().execute())
                .isInstanceOf(ApiException.Network.class)
                .hasMessageNotContaining(TestServer.TOKEN);
    }
}
