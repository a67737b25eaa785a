package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okio.ByteString;
import okio.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.api.Fixtures;

class StreamingClientTest {
    private static final String TOKEN = "tok-Secret_123";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final OkHttpClient http = new OkHttpClient();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingListener events = new RecordingListener();
    private StreamingClient client;

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

    private static String frame(String fixture) {
        return Fixtures.text("streaming/" + fixture).strip();
    }

    private ServerEnd serve() {
        ServerEnd end = new ServerEnd();
        server.enqueue(end.upgrade());
        return end;
    }

    @Test
    void connect_sendsTheTokenAsBearerHeaderOnly() throws Exception {
        serve();

        client.connect();

        events.next(StreamEvent.Connected.class);
        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/streaming");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getTarget()).doesNotContain(TOKEN).doesNotContain("access_token");
    }

    @Test
    void subscribe_beforeAndAfterConnecting_sendsEachOnceAndUnsubscribeForgets() throws Exception {
        ServerEnd end = serve();
        client.subscribe(StreamSubscription.user());
        client.subscribe(StreamSubscription.hashtag("Garden"));
        client.subscribe(StreamSubscription.user());

        client.connect();
        events.next(StreamEvent.Connected.class);
        client.subscribe(StreamSubscription.list("42"));
        client.unsubscribe(StreamSubscription.hashtag("garden"));

        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"garden\"}");
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"42\"}");
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"garden\"}");
        assertThat(client.subscriptions()).containsExactly(StreamSubscription.user(), StreamSubscription.list("42"));
    }

    @Test
    void serverEvents_areParsedAndDeliveredWithTheirStream() throws Exception {
        ServerEnd end = serve();
        client.connect();
        events.next(StreamEvent.Connected.class);

        for (String fixture :
                new String[] {"update_hashtag.json", "delete.json", "notification.json", "status_update.json"}) {
            end.socket().send(frame(fixture));
        }

        StreamEvent.Update update = events.next(StreamEvent.Update.class);
        assertThat(update.stream()).isEqualTo(StreamSubscription.hashtag("garden"));
        assertThat(update.status().id()).isEqualTo("108914327388663283");
        assertThat(events.next())
                .isEqualTo(new StreamEvent.Delete(StreamSubscription.publicLocal(), "108914398911648589"));
        assertThat(events.next(StreamEvent.Notification.class).stream())
                .isEqualTo(StreamSubscription.userNotification());
        assertThat(events.next(StreamEvent.StatusUpdate.class).status().content())
                .isEqualTo("<p>edited</p>");
        assertThat(events.threads())
                .as("delivered on OkHttp's threads")
                .noneMatch(name -> name.equals(Thread.currentThread().getName()));
    }

    @Test
    void unknownAndMalformedFrames_areReportedAndTheSocketStaysUp() throws Exception {
        ServerEnd end = serve();
        client.connect();
        events.next(StreamEvent.Connected.class);

        end.socket().send(frame("unknown_event.json"));
        end.socket().send("{ not json");
        end.socket().send(frame("update_without_id.json"));
        end.socket().send(frame("error.json"));
        end.socket().send(frame("update.json"));

        assertThat(events.next(StreamEvent.Unknown.class).event()).isEqualTo("encrypted_message");
        events.next(StreamEvent.Malformed.class);
        assertThat(events.next(StreamEvent.Malformed.class).event()).isEqualTo("update");
        events.next(StreamEvent.Refused.class);
        events.next(StreamEvent.Update.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void listenerThrows_errorGoesToUncaughtHandlerAndStreamContinues() throws Exception {
        var uncaught = new CopyOnWriteArrayList<Throwable>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        ServerEnd end = serve();
        StreamingClient throwing = new StreamingClient(
                http,
                server.url("/").toString(),
                TOKEN,
                e -> {
                    events.onEvent(e);
                    if (e instanceof StreamEvent.Delete) {
                        throw new IllegalStateException("listener bug");
                    }
                },
                scheduler,
                clock,
                Backoff.standard());
        try {
            throwing.connect();
            events.next(StreamEvent.Connected.class);

            end.socket().send(frame("delete.json"));
            end.socket().send(frame("update.json"));

            events.next(StreamEvent.Delete.class);
            events.next(StreamEvent.Update.class);
            assertThat(uncaught)
                    .singleElement()
                    .extracting(Throwable::getMessage)
                    .isEqualTo("listener bug");
        } finally {
            throwing.close();
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

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

    @Test
    void close_whileConnected_noEventAfterItReturns() throws Exception {
        ServerEnd end = serve();
        client.connect();
        events.next(StreamEvent.Connected.class);
        // The server still sends an update after the client's close frame, which OkHttp reads.
        end.onClientClosing(ws -> {
            ws.send(frame("update.json"));
            ws.close(1000, null);
        });

        client.close();
        end.awaitEnd();

        assertThat(events.quietFor(Duration.ofMillis(200))).isTrue();
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void close_whileWaitingToReconnect_cancelsTheAttempt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        serve();
        client.connect();
        events.next(StreamEvent.Disconnected.class);
        FakeScheduler.Task reconnect = scheduler.next();

        client.close();
        reconnect.runDespiteCancel();

        assertThat(reconnect.isCancelled()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(client::connect).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void constructor_tokenWithLineBreak_rejectedWithoutShowingIt() {
        String bad = "abc\r\nX-Evil: 1";

        assertThatThrownBy(() -> new StreamingClient(
                        http, server.url("/").toString(), bad, events, scheduler, clock, Backoff.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("abc");
    }
}
