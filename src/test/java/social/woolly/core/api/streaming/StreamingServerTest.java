package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import social.woolly.core.api.Fixtures;

/**
 * A {@link StreamingClient} against MockWebServer on loopback, with a fake scheduler and clock so
 * that each reconnection is a step the test takes.
 */
abstract class StreamingServerTest {
    static final String TOKEN = "tok-Secret_123";
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    final OkHttpClient http = new OkHttpClient();
    final FakeScheduler scheduler = new FakeScheduler();
    final MutableClock clock = new MutableClock(T0);
    final RecordingListener events = new RecordingListener();
    StreamingClient client;

    @BeforeEach
    void setUp() {
        // The server has started by now (@StartStop runs first), so it has a URL.
        client = new StreamingClient(
                http,
                server.url("/").toString(),
                TOKEN,
                events,
                scheduler,
                clock,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0, new Random(1)));
    }

    @AfterEach
    void tearDown() {
        client.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        assertThat(events.all())
                .as("no event shows the token")
                .noneMatch(e -> e.toString().contains(TOKEN));
    }

    static String frame(String fixture) {
        return Fixtures.text("streaming/" + fixture).strip();
    }

    ServerEnd serve() {
        ServerEnd end = new ServerEnd();
        server.enqueue(end.upgrade());
        return end;
    }
}
