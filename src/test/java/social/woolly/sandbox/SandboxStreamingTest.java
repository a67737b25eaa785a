package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxStreamingTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private Sandbox sandbox;
    private String token;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> failures = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private @Nullable WebSocket socket;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        token = sandbox.issueToken("alice");
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.cancel();
        }
        sandbox.close();
    }

    @Test
    void pushedEvent_reachesTheSubscribedSocket_andHeaderAuthIsRecorded() throws Exception {
        connect("/api/v1/streaming", "Bearer " + token);
        socket.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
        assertThat(sandbox.awaitStreamSubscribers(1, WAIT, "user")).isTrue();

        sandbox.pushStreamingEvent("delete", "123", "user");

        JsonObject event = JsonParser.parseString(next()).getAsJsonObject();
        assertThat(event.get("stream").toString()).isEqualTo("[\"user\"]");
        assertThat(event.get("event").getAsString()).isEqualTo("delete");
        assertThat(event.get("payload").getAsString()).isEqualTo("123");
        assertThat(sandbox.streamingAuth()).containsExactly(Sandbox.StreamAuth.HEADER);
    }

    @Test
    void statusPostedByAFollowedAccount_arrivesAsAnUpdateWithAStringPayload() throws Exception {
        connect("/api/v1/streaming?stream=user", "Bearer " + token);
        assertThat(sandbox.awaitStreamSubscribers(1, WAIT, "user")).isTrue();

        String id = sandbox.postStatusAs("bob", "Live from the sandbox #woolly");

        JsonObject event = JsonParser.parseString(next()).getAsJsonObject();
        assertThat(event.get("event").getAsString()).isEqualTo("update");
        JsonObject status =
                JsonParser.parseString(event.get("payload").getAsString()).getAsJsonObject();
        assertThat(status.get("id").getAsString()).isEqualTo(id);
    }

    @Test
    void droppedSockets_failOnTheClientSide() throws Exception {
        connect("/api/v1/streaming?stream=public", "Bearer " + token);
        assertThat(sandbox.awaitStreamSubscribers(1, WAIT, "public")).isTrue();

        sandbox.dropStreams();

        assertThat(failures.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(sandbox.openStreams()).isZero();
    }

    @Test
    void connect_withBadToken_isRefusedWith401() throws Exception {
        socket = SandboxTestClient.HTTP.newWebSocket(
                new Request.Builder()
                        .url(sandbox.baseUrl() + "/api/v1/streaming")
                        .header("Authorization", "Bearer nope")
                        .build(),
                listener());

        Object failure = failures.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(failure).isInstanceOf(Integer.class).isEqualTo(401);
    }

    @Test
    void streamingSwitchedOff_answers404() throws Exception {
        try (Sandbox off =
                Sandbox.start(SandboxOptions.builder().streaming(false).build())) {
            assertThat(new SandboxTestClient(off)
                            .get("/api/v1/streaming", token)
                            .code())
                    .isEqualTo(404);
        }
    }

    private void connect(String path, String authorization) throws InterruptedException {
        Request request = new Request.Builder()
                .url(sandbox.baseUrl() + path)
                .header("Authorization", authorization)
                .build();
        socket = SandboxTestClient.HTTP.newWebSocket(request, listener());
        assertThat(opened.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    private String next() throws InterruptedException {
        String message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message).isNotNull();
        return message;
    }

    private WebSocketListener listener() {
        return new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                opened.countDown();
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                messages.add(text);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
                failures.add(response == null ? t : response.code());
            }
        };
    }
}
