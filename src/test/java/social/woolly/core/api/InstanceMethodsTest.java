package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class InstanceMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private static MockResponse notFound() {
        return json(404, "{\"error\":\"Record not found\"}");
    }

    @Test
    void v2v1AndEmojis_getTheirPaths() throws Exception {
        server.enqueue(json("instance/v2.json"));
        server.enqueue(json("instance/v1_mastodon.json"));
        server.enqueue(json("instance/custom_emojis.json"));
        var instance = TestServer.anonymous(server).instance();

        var v2 = instance.v2().execute();
        var v1 = instance.v1().execute();
        var emojis = instance.customEmojis().execute();

        var first = taken(server);
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(target(first)).isEqualTo("/api/v2/instance");
        assertThat(first.getHeaders().get("Authorization")).isNull();
        assertThat(target(taken(server))).isEqualTo("/api/v1/instance");
        assertThat(target(taken(server))).isEqualTo("/api/v1/custom_emojis");
        assertThat(v2.domain()).isEqualTo("woolly.test");
        assertThat(v1.uri()).isEqualTo("old.woolly.test");
        assertThat(emojis).extracting(e -> e.shortcode()).containsExactly("fern", "moss");
    }

    @Test
    void serverInfo_v2Server_readsV2AndOAuthMetadata() throws Exception {
        server.enqueue(json("instance/v2.json"));
        server.enqueue(json("oauth/metadata.json"));

        var info = TestServer.api(server).instance().serverInfo().execute();

        assertThat(target(taken(server))).isEqualTo("/api/v2/instance");
        var discovery = taken(server);
        assertThat(target(discovery)).isEqualTo("/.well-known/oauth-authorization-server");
        assertThat(discovery.getHeaders().get("Authorization")).isNull();
        assertThat(info.limits().maxCharacters()).isEqualTo(1000);
        assertThat(info.authorizationServer().codeChallengeMethodsSupported()).containsExactly("S256");
        assertThat(info.authorizationServer().tokenEndpoint()).isEqualTo("https://woolly.test/oauth/token");
    }

    @Test
    void serverInfo_v2NotFound_fallsBackToV1_andMissingMetadataIsAbsent() throws Exception {
        server.enqueue(notFound());
        server.enqueue(json("instance/v1_pleroma.json"));
        server.enqueue(
                new MockResponse.Builder().code(404).body("<html>nope</html>").build());

        var info = TestServer.api(server).instance().serverInfo().execute();

        assertThat(target(taken(server))).isEqualTo("/api/v2/instance");
        assertThat(target(taken(server))).isEqualTo("/api/v1/instance");
        assertThat(info.limits().maxCharacters()).isEqualTo(5000);
        assertThat(info.authorizationServer()).isNull();
    }

    @Test
    void serverInfo_v2HtmlOnSuccess_fallsBackToV1() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html>app shell</html>")
                .build());
        server.enqueue(json("instance/v1_mastodon.json"));
        server.enqueue(notFound());

        var info = TestServer.api(server).instance().serverInfo().execute();

        assertThat(info.domain()).isEqualTo("old.woolly.test");
    }

    @Test
    void serverInfoWithOrigin_redirected_tellsWhereItAnswered() throws Exception {
        try (var target = new mockwebserver3.MockWebServer()) {
            target.start(java.net.InetAddress.getLoopbackAddress(), 0);
            target.enqueue(json("instance/v2.json"));
            server.enqueue(new mockwebserver3.MockResponse.Builder()
                    .code(301)
                    .setHeader("Location", "http://127.0.0.1:" + target.getPort() + "/api/v2/instance")
                    .build());
            server.enqueue(json(404, "{\"error\":\"Not found\"}"));

            var answered = TestServer.anonymous(server)
                    .instance()
                    .serverInfoWithOrigin()
                    .execute();

            assertThat(answered.origin()).hasToString("http://127.0.0.1:" + target.getPort() + "/");
            assertThat(answered.info().title()).isNotBlank();
        }
    }

    @Test
    void serverInfo_v2Unauthorized_failsWithoutFallback() {
        server.enqueue(json(401, "{\"error\":\"This API requires an authenticated user\"}"));

        assertThatThrownBy(() -> TestServer.api(server).instance().serverInfo().execute())
                .isInstanceOf(ApiException.Unauthorized.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverInfo_cancelledBeforeExecute_sendsNothing() {
        var call = TestServer.api(server).instance().serverInfo();
        call.cancel();

        assertThatThrownBy(call::execute).isInstanceOf(ApiException.Cancelled.class);
        assertThat(call.isCancelled()).isTrue();
        assertThat(server.getRequestCount()).isZero();
    }
}
