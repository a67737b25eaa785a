package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.Fixtures;

/**
 * The client's state machine driven callback by callback through a fake socket factory, for the
 * orderings a real server cannot produce on demand: late callbacks after close or from a replaced
 * socket.
 */
class StreamingClientLifecycleTest {
    private static final String TOKEN = "tok-Secret_123";

    private final List<FakeSocket> sockets = new CopyOnWriteArrayList<>();
    private final List<WebSocketListener> listeners = new CopyOnWriteArrayList<>();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final RecordingListener events = new RecordingListener();
    private final StreamingClient client = new StreamingClient(
            (request, listener) -> {
                FakeSocket socket = new FakeSocket(request);
                sockets.add(socket);
                listeners.add(listener);
                return socket;
            },
            StreamingUrl.of("wss://streaming.example"),
            TOKEN,
            events,
            scheduler,
            new MutableClock(Instant.parse("2026-03-01T10:00:00Z")),
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0, new Random(1)));

    private static String update() {
        return Fixtures.text("streaming/update.json").strip();
    }

    private void open(int index) {
        listeners.get(index).onOpen(sockets.get(index), sockets.get(index).switchingProtocols());
    }

    @Test
    void connect_requestsTheStreamingEndpointWithBearerHeader() {
        client.connect();

        var request = sockets.getFirst().request();
        assertThat(request.url().toString()).isEqualTo("https://streaming.example/api/v1/streaming");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void close_lateCallbacksOfTheClosedSocket_deliverNothing() throws Exception {
        client.connect();
        open(0);
        events.next(StreamEvent.Connected.class);

        client.close();
        WebSocketListener late = listeners.getFirst();
        late.onMessage(sockets.getFirst(), update());
        late.onClosing(sockets.getFirst(), 1001, "going away");
        late.onFailure(sockets.getFirst(), new IOException("reset"), null);

        assertThat(events.remaining()).isEmpty();
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(sockets.getFirst().closeCode).isEqualTo(1000);
        assertThat(sockets).hasSize(1);
    }

    @Test
    void close_duringHandshake_cancelsTheSocket() {
        client.connect();

        client.close();
        open(0);

        assertThat(sockets.getFirst().cancelled).isTrue();
        assertThat(events.remaining()).isEmpty();
    }

    @Test
    void replacedSocket_lateCallbacks_ignored() throws Exception {
        client.connect();
        open(0);
        events.next(StreamEvent.Connected.class);
        listeners.getFirst().onFailure(sockets.getFirst(), new IOException("connection reset"), null);
        assertThat(events.next(StreamEvent.Disconnected.class).reason()).isEqualTo("IOException: connection reset");
        scheduler.next().run();
        open(1);
        events.next(StreamEvent.Connected.class);
        events.next(StreamEvent.Resumed.class);

        listeners.getFirst().onMessage(sockets.getFirst(), update());
        listeners.getFirst().onClosing(sockets.getFirst(), 1001, "late");
        listeners.get(1).onMessage(sockets.get(1), update());

        events.next(StreamEvent.Update.class);
        assertThat(events.remaining()).isEmpty();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void binaryFrame_isMalformedAndTheSocketStays() throws Exception {
        client.connect();
        open(0);
        events.next(StreamEvent.Connected.class);

        listeners.getFirst().onMessage(sockets.getFirst(), okio.ByteString.encodeUtf8("{}"));

        events.next(StreamEvent.Malformed.class);
        assertThat(sockets.getFirst().closeCode).isZero();
    }
}
