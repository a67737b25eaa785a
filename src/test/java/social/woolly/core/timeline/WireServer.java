package social.woolly.core.timeline;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.Fixtures;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.OkHttpClients;

/** The real API client against a MockWebServer on this machine, for wire-level timeline tests. */
final class WireServer {
    private static final OkHttpClient CLIENT = OkHttpClients.create(true);

    private WireServer() {}

    static MastodonApi api(MockWebServer server) {
        URI base = URI.create("http://127.0.0.1:" + server.getPort() + "/");
        return new MastodonClient(CLIENT).api(base, AccessToken.of("timeline-test-token"));
    }

    static MockResponse fixture(String name) {
        return json(200, Fixtures.text("timeline-model/" + name));
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
}
