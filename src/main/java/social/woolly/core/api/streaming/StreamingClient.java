package social.woolly.core.api.streaming;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.SequencedSet;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Json;

/**
 * One account's live connection to its server: a single WebSocket to {@code /api/v1/streaming}
 * that carries every subscribed stream, kept open until {@link #close()}.
 *
 * <p>The token travels in the {@code Authorization} header and as the WebSocket sub-protocol
 * (and, if asked for, in a {@code pleroma:authenticate} message on the socket), never in the URL,
 * and appears in no message. Subscriptions are remembered and sent again after each
 * reconnection. When the socket fails or the server closes it, the client reconnects after a
 * {@link Backoff} delay (started over once a connection stayed up for {@link #HEALTHY_AFTER}) and
 * reports {@link StreamEvent.Resumed} with the gap, so timelines can fill it over REST. A server without streaming ({@link
 * StreamEvent.Unavailable}) or a rejected token ({@link StreamEvent.Unauthorized}) is reported
 * once, and the client stops trying. OkHttp pings every {@link #PING_INTERVAL} to notice a dead
 * connection.
 *
 * <p>Thread-safe; no method blocks on the network. Events reach the {@link StreamingListener} as
 * described there.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/streaming/#websocket">WebSocket</a>
 */
public final class StreamingClient implements AutoCloseable {

    /** How often OkHttp pings; a missing pong fails the socket, which then reconnects. */
    public static final Duration PING_INTERVAL = Duration.ofSeconds(30);

    /** How long a connection must last for the next outage to start over at the shortest delay. */
    public static final Duration HEALTHY_AFTER = Duration.ofSeconds(30);

    private static final int NORMAL_CLOSURE = 1000;

    private final WebSocket.Factory sockets;
    private final Request request;
    private final StreamingListener listener;
    private final Scheduler scheduler;

    // Guards everything below and every call of the listener, so events are delivered one at a time
    // and none after close() returns.
    private final Object lock = new Object();
    private final SequencedSet<StreamSubscription> subscriptions = new LinkedHashSet<>();
    private final Reconnection reconnection;
    private final String token;
    private boolean authenticateByMessage;
    private @Nullable Connection connection;
    private Scheduler.@Nullable Cancellable pendingReconnect;
    private boolean started;
    private boolean stopped;
    private boolean closed;

    /**
     * Creates a client; nothing happens on the network until {@link #connect()}.
     *
     * @param http the app's client; a copy with {@link #PING_INTERVAL} is used for the socket
     * @param streamingBaseUrl the instance's {@code configuration.urls.streaming} (or its own URL):
     *     https/wss, or http/ws on loopback only
     * @param token the account's access token
     * @param scheduler runs reconnection attempts; {@link Scheduler#using} an app-owned executor
     * @throws IllegalArgumentException if the URL is not acceptable or the token blank
     */
    public StreamingClient(
            OkHttpClient http,
            String streamingBaseUrl,
            String token,
            StreamingListener listener,
            Scheduler scheduler,
            Clock clock,
            Backoff backoff) {
        this(
                http.newBuilder().pingInterval(PING_INTERVAL).build(),
                StreamingUrl.of(streamingBaseUrl),
                token,
                listener,
                scheduler,
                clock,
                backoff);
    }

    StreamingClient(
            WebSocket.Factory sockets,
            HttpUrl url,
            String token,
            StreamingListener listener,
            Scheduler scheduler,
            Clock clock,
            Backoff backoff) {
        if (token.isBlank() || !token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("the access token is blank or not a header-safe string");
        }
        this.sockets = sockets;
        this.token = token;
        Request.Builder upgrade = new Request.Builder().url(url).header("Authorization", "Bearer " + token);
        // Pleroma and Akkoma ignore Authorization on the socket: they read the token from the
        // sub-protocol (or the query string, which ends up in access logs). Mastodon and GoToSocial
        // take either. OkHttp does not require the server to echo the protocol back, so a server
        // that ignores it still connects. A token that is not an RFC 7230 token would be split or
        // refused as a protocol list, so it goes in the header only.
        if (token.chars().allMatch(StreamingClient::isTokenChar)) {
            upgrade.header("Sec-WebSocket-Protocol", token);
        }
        this.request = upgrade.build();
        this.listener = listener;
        this.scheduler = scheduler;
        this.reconnection = new Reconnection(clock, backoff, HEALTHY_AFTER);
    }

    /**
     * Opens the socket (asynchronously) and keeps it open until {@link #close()}. Calling it again
     * does nothing.
     *
     * @throws IllegalStateException if the client was closed
     */
    public void connect() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("streaming client closed");
            }
            if (!started) {
                started = true;
                open();
            }
        }
    }

    /**
     * Sends the token in a {@code {"type":"pleroma:authenticate"}} message first on every opened
     * socket, before the subscriptions: Pleroma versions that read the token neither from the
     * header nor the sub-protocol accept the socket anonymously and refuse the {@code user} stream
     * otherwise. Call it before {@link #connect()}; servers that do not know the message ignore it.
     *
     * @see StreamingSupport#authenticatesByMessage()
     */
    public void authenticateByMessage() {
        synchronized (lock) {
            authenticateByMessage = true;
        }
    }

    /** Subscribes to a stream now if connected, and again after every reconnection. */
    public void subscribe(StreamSubscription subscription) {
        synchronized (lock) {
            if (subscriptions.add(subscription)) {
                sendIfOpen(subscription.subscribeMessage());
            }
        }
    }

    /** Unsubscribes from a stream and forgets it. */
    public void unsubscribe(StreamSubscription subscription) {
        synchronized (lock) {
            if (subscriptions.remove(subscription)) {
                sendIfOpen(subscription.unsubscribeMessage());
            }
        }
    }

    /** The remembered subscriptions, in the order they were made. */
    public SequencedSet<StreamSubscription> subscriptions() {
        synchronized (lock) {
            return Collections.unmodifiableSequencedSet(new LinkedHashSet<>(subscriptions));
        }
    }

    /**
     * Closes the socket and stops reconnecting, for good. Waits for a listener call in progress on
     * another thread; once this returns the listener is not called again. Calling it again does
     * nothing.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (pendingReconnect != null) {
                pendingReconnect.cancel();
                pendingReconnect = null;
            }
            Connection current = connection;
            connection = null;
            if (current != null && current.socket != null) {
                if (current.open) {
                    current.socket.close(NORMAL_CLOSURE, null);
                } else {
                    current.socket.cancel();
                }
            }
        }
    }

    private void open() {
        Connection attempt = new Connection();
        connection = attempt;
        WebSocket socket = sockets.newWebSocket(request, attempt);
        if (attempt.socket == null) {
            attempt.socket = socket;
        }
    }

    private void reconnect() {
        synchronized (lock) {
            pendingReconnect = null;
            if (!closed && !stopped && connection == null) {
                open();
            }
        }
    }

    private void sendIfOpen(String message) {
        Connection current = connection;
        if (current != null && current.open && current.socket != null) {
            current.socket.send(message);
        }
    }

    private void opened(Connection current, WebSocket socket) {
        current.open = true;
        current.socket = socket;
        if (authenticateByMessage) {
            socket.send(Json.write(new Authenticate("pleroma:authenticate", token)));
        }
        for (StreamSubscription subscription : subscriptions) {
            socket.send(subscription.subscribeMessage());
        }
        Optional<StreamEvent.Resumed> resumed = reconnection.opened();
        deliver(new StreamEvent.Connected());
        resumed.ifPresent(this::deliver);
    }

    private void received(String frame) {
        StreamEvent event =
                StreamEventDecoder.decode(frame, subscriptions.size() == 1 ? subscriptions.getFirst() : null);
        if (event instanceof StreamEvent.Content) {
            reconnection.received();
        }
        deliver(event);
    }

    private void lost(String reason) {
        connection = null;
        Duration delay = reconnection.lost();
        pendingReconnect = scheduler.schedule(delay, this::reconnect);
        deliver(new StreamEvent.Disconnected(reason, delay));
    }

    private void refused(int status) {
        connection = null;
        stopped = true;
        deliver(status == 401 ? new StreamEvent.Unauthorized() : new StreamEvent.Unavailable(status));
    }

    private void deliver(StreamEvent event) {
        if (closed) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // A listener bug: report it like any uncaught one, but keep OkHttp's reader thread alive.
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }

    // RFC 7230 "tchar": what a sub-protocol name may hold.
    private static boolean isTokenChar(int c) {
        return (c >= '0' && c <= '9')
                || (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    // Never logged or shown: it carries the token.
    private record Authenticate(String type, String token) {
        @Override
        public String toString() {
            return "Authenticate[type=" + type + ", token=(redacted)]";
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The listener of one socket; once it is no longer the current connection, it is ignored. */
    private final class Connection extends WebSocketListener {
        private @Nullable WebSocket socket;
        private boolean open;

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            synchronized (lock) {
                if (connection == this) {
                    opened(this, webSocket);
                }
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            synchronized (lock) {
                if (connection == this) {
                    received(text);
                }
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            synchronized (lock) {
                if (connection == this) {
                    // Mastodon sends text frames only.
                    deliver(new StreamEvent.Malformed("", "binary frame of " + bytes.size() + " bytes"));
                }
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            synchronized (lock) {
                if (connection == this) {
                    webSocket.close(NORMAL_CLOSURE, null);
                    lost("server closed the stream with code " + code);
                }
            }
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
            synchronized (lock) {
                if (connection != this) {
                    return;
                }
                if (!open && response != null && !Reconnection.mayRetry(response.code())) {
                    refused(response.code());
                } else {
                    lost(response != null && !open ? "HTTP " + response.code() : describe(failure));
                }
            }
        }
    }
}
