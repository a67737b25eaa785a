package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/** The server's end of one upgraded socket in MockWebServer: what the client sent, and a handle to answer. */
final class ServerEnd extends WebSocketListener {
    private final CompletableFuture<WebSocket> socket = new CompletableFuture<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile @Nullable Response upgradeResponse;
    private volatile Consumer<WebSocket> onClientClosing = ws -> ws.close(1000, null);

    /** A response that upgrades to a socket served by this listener. */
    MockResponse upgrade() {
        return new MockResponse.Builder().webSocketUpgrade(this).build();
    }

    /** What to do when the client starts closing (the default answers with a close frame). */
    void onClientClosing(Consumer<WebSocket> action) {
        onClientClosing = action;
    }

    WebSocket socket() throws Exception {
        return socket.get(2, TimeUnit.SECONDS);
    }

    /** The next text frame the client sent, waiting up to 2 s. */
    String nextMessage() throws InterruptedException {
        String message = received.poll(2, TimeUnit.SECONDS);
        assertThat(message).as("a message from the client").isNotNull();
        return message;
    }

    /** Waits (up to 2 s) until the socket is closed or failed on the server's side. */
    void awaitEnd() throws InterruptedException {
        assertThat(ended.await(2, TimeUnit.SECONDS)).as("server socket ended").isTrue();
    }

    /** The upgrade response the server sent, once open. */
    Response upgradeResponse() throws Exception {
        socket();
        Response response = upgradeResponse;
        assertThat(response).as("upgrade response").isNotNull();
        return response;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        upgradeResponse = response;
        socket.complete(webSocket);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        received.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        onClientClosing.accept(webSocket);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        ended.countDown();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
        ended.countDown();
    }
}
