package social.woolly.core.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/** A {@link MastodonApi} wired to a MockWebServer on this machine, with a fixed clock. */
final class TestServer {
    static final String TOKEN = "t0k3n-for-tests";
    static final Instant NOW = Instant.parse("2025-03-08T12:00:00Z");
    static final OkHttpClient CLIENT = OkHttpClients.create(true);

    private TestServer() {}

    static MastodonApi api(MockWebServer server) {
        return api(server, AccessToken.of(TOKEN));
    }

    static MastodonApi api(MockWebServer server, AccessToken token) {
        return new MastodonClient(CLIENT, Clock.fixed(NOW, ZoneOffset.UTC)).api(URI.create(base(server)), token);
    }

    static MastodonApi anonymous(MockWebServer server) {
        return new MastodonClient(CLIENT, Clock.fixed(NOW, ZoneOffset.UTC)).api(URI.create(base(server)), null);
    }

    private static String base(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort() + "/";
    }

    static MockResponse json(String fixture) {
        return json(200, Fixtures.text(fixture));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    static RecordedRequest taken(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        return request;
    }

    /** The path and query, as sent: {@code /api/v1/…?limit=40}. */
    static String target(RecordedRequest request) {
        return request.getTarget();
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }
}
