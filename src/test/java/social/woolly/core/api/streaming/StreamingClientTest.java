package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Connecting, subscribing, receiving and closing, against a real socket on loopback. */
class StreamingClientTest extends StreamingServerTest {

    // Audit F1: Pleroma and Akkoma read the token from the sub-protocol, not from Authorization.
    @Test
    void connect_sendsTheTokenAsBearerHeaderAndSubProtocol_notInTheUrl() throws Exception {
        ServerEnd end = serve();

        client.connect();

        events.next(StreamEvent.Connected.class);
        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Sec-WebSocket-Protocol")).isEqualTo(TOKEN);
        assertThat(end.upgradeResponse().header("Sec-WebSocket-Protocol"))
                .as("the server did not echo the protocol, and the client connected anyway")
                .isNull();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/streaming");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getTarget()).doesNotContain(TOKEN).doesNotContain("access_token");
    }

    @Test
    void authenticateByMessage_sendsTheTokenFirstThenTheSubscriptions() throws Exception {
        ServerEnd end = serve();
        client.subscribe(StreamSubscription.user());
        client.authenticateByMessage();

        client.connect();

        events.next(StreamEvent.Connected.class);
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"pleroma:authenticate\",\"token\":\"" + TOKEN + "\"}");
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
    }

    @Test
    void connect_byDefault_sendsNoAuthenticateMessage() throws Exception {
        ServerEnd end = serve();
        client.subscribe(StreamSubscription.user());

        client.connect();

        events.next(StreamEvent.Connected.class);
        assertThat(end.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
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
