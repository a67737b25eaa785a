package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.json;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MastodonApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final MastodonClient CLIENT = new MastodonClient(TestServer.CLIENT);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://woolly.test",
                "https://woolly.test/",
                "https://woolly.test:8443/mastodon/",
                "http://127.0.0.1:3000",
                "http://127.8.9.10",
                "http://localhost:3000/",
                "http://LOCALHOST",
                "http://[::1]:3000"
            })
    void api_httpsOrLoopbackHttp_isAccepted(String url) {
        assertThatCode(() -> CLIENT.api(URI.create(url), null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://woolly.test",
                "http://192.168.1.10",
                "http://10.0.0.1",
                "http://128.0.0.1",
                "http://localhost.evil.example",
                "http://[::2]",
                "ftp://woolly.test",
                "woolly.test",
                "https://woolly.test/?a=1",
                "https://user@woolly.test/"
            })
    void api_anythingElse_isRejected(String url) {
        assertThatThrownBy(() -> CLIENT.api(URI.create(url), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void api_basePath_isKeptBeforeEndpointPaths() throws Exception {
        server.enqueue(json(200, "[]"));
        var api = CLIENT.api(URI.create("http://127.0.0.1:" + server.getPort() + "/social/"), null);

        api.timelines().home().execute();

        assertThat(TestServer.taken(server).getTarget()).isEqualTo("/social/api/v1/timelines/home?limit=40");
    }

    @Test
    void accessToken_toString_hidesIt() {
        AccessToken token = AccessToken.of("very-secret");

        assertThat(token.toString()).doesNotContain("very-secret");
        assertThat(token.value()).isEqualTo("very-secret");
    }

    @Test
    void fxThreadGuard_requestOnFxThread_throwsIllegalState() throws Exception {
        server.enqueue(json(200, "[]"));
        ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, FxThreadGuard.FX_THREAD_NAME));
        try {
            var call = TestServer.api(server).timelines().home();
            CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            call.execute();
                            return null;
                        } catch (Throwable e) {
                            return e;
                        }
                    },
                    fxThread);

            assertThat(failure.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX thread");
            assertThat(server.getRequestCount()).isZero();
        } finally {
            fxThread.shutdownNow();
        }
    }

    @Test
    void fxThreadGuard_requestOnOtherThread_passes() throws Exception {
        server.enqueue(json(200, "[]"));

        var page = TestServer.api(server).timelines().home().execute();

        assertThat(page.items()).isEmpty();
    }

    @Test
    void sharedClient_hasSaneTimeouts() {
        var client = OkHttpClients.create(false);

        assertThat(client.connectTimeoutMillis()).isEqualTo(15_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(client.writeTimeoutMillis()).isEqualTo(30_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(60_000);
        assertThat(OkHttpClients.userAgent()).startsWith("Woolly/0.").contains("woolly");
    }
}
