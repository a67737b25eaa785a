package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import okio.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Losing the socket, coming back with the gap, and giving up where the server has no streaming. */
class StreamingReconnectTest extends StreamingServerTest {

    @Test
    void serverClosesSocket_reconnectsResubscribesAndReportsTheGap() throws Exception {
        ServerEnd first = serve();
        ServerEnd second = serve();
        client.subscribe(StreamSubscription.user());
        client.connect();
        events.next(StreamEvent.Connected.class);
        assertThat(first.nextMessage()).contains("\"user\"");
        first.socket().send(frame("update.json"));
        events.next(StreamEvent.Update.class);

        clock.advance(Duration.ofSeconds(3));
        first.socket().close(1001, "restarting");
        StreamEvent.Disconnected disconnected = events.next(StreamEvent.Disconnected.class);
        clock.advance(Duration.ofSeconds(2));
        scheduler.next().run();

        assertThat(disconnected.retryIn()).isEqualTo(Duration.ofSeconds(1));
        assertThat(disconnected.reason()).contains("1001");
        events.next(StreamEvent.Connected.class);
        assertThat(events.next()).isEqualTo(new StreamEvent.Resumed(Duration.ofSeconds(2), T0));
        assertThat(second.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void socketDropsAbruptly_reconnectsWithResumed() throws Exception {
        ServerEnd second = new ServerEnd();
        AtomicInteger upgrades = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return upgrades.getAndIncrement() == 0 ? upgradeThenDrop(request) : second.upgrade();
            }
        });
        client.subscribe(StreamSubscription.publicLocal());
        client.connect();
        events.next(StreamEvent.Connected.class);

        assertThat(events.next(StreamEvent.Disconnected.class).reason())
                .as("no close frame: the stream just ended")
                .contains("EOF");
        clock.advance(Duration.ofSeconds(1));
        scheduler.next().run();

        events.next(StreamEvent.Connected.class);
        assertThat(events.next()).isEqualTo(new StreamEvent.Resumed(Duration.ofSeconds(1), null));
        assertThat(second.nextMessage()).contains("public:local");
    }

    /** A valid WebSocket handshake, after which the server's end vanishes without a close frame. */
    private static MockResponse upgradeThenDrop(RecordedRequest request) {
        String key = request.getHeaders().get("Sec-WebSocket-Key");
        String accept = ByteString.encodeUtf8(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                .sha1()
                .base64();
        return new MockResponse.Builder()
                .code(101)
                .addHeader("Connection", "Upgrade")
                .addHeader("Upgrade", "websocket")
                .addHeader("Sec-WebSocket-Accept", accept)
                .socketHandler(Socket::cancel)
                .build();
    }

    @Test
    void upgradeFailsWithServerTrouble_retriesWithGrowingDelays() throws Exception {
        for (int status : new int[] {503, 502, 429}) {
            server.enqueue(new MockResponse.Builder().code(status).build());
        }
        serve();

        client.connect();
        for (int i = 0; i < 3; i++) {
            events.next(StreamEvent.Disconnected.class);
            scheduler.next().run();
        }

        events.next(StreamEvent.Connected.class);
        assertThat(scheduler.delays())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(events.remaining())
                .as("no Resumed: it never had been connected")
                .isEmpty();
    }

    @Test
    void connectionStayedHealthy_nextOutageStartsAtTheShortestDelay() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        ServerEnd healthy = serve();
        serve();
        client.connect();
        events.next(StreamEvent.Disconnected.class);
        scheduler.next().run();
        events.next(StreamEvent.Connected.class);

        clock.advance(StreamingClient.HEALTHY_AFTER);
        healthy.socket().close(1001, "restarting");

        assertThat(events.next(StreamEvent.Disconnected.class).retryIn()).isEqualTo(Duration.ofSeconds(1));
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 400, 403, 501, 200})
    void upgradeRefused_reportsUnavailableOnceAndStopsTrying(int status) throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .body("{\"error\":\"Unknown channel requested\"}")
                .build());
        serve();

        client.connect();

        assertThat(events.next()).isEqualTo(new StreamEvent.Unavailable(status));
        client.subscribe(StreamSubscription.user());
        client.connect();
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events.remaining()).isEmpty();
    }

    @Test
    void upgradeUnauthorized_reportsUnauthorizedOnceAndStopsTrying() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(401)
                .body("{\"error\":\"Invalid access token\"}")
                .build());
        serve();

        client.connect();

        assertThat(events.next()).isEqualTo(new StreamEvent.Unauthorized());
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
