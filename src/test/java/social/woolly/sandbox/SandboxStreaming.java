package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.PUBLIC;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * The multiplexed WebSocket at {@code /api/v1/streaming}: the token comes in the
 * {@code Authorization} header (or, as legacy, {@code access_token} or
 * {@code Sec-WebSocket-Protocol}); streams are chosen with {@code ?stream=} or
 * {@code {"type":"subscribe","stream":"user"}} messages; events go out as
 * {@code {"stream":[...],"event":"update","payload":"<json>"}}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/streaming/">streaming API methods</a>
 */
final class SandboxStreaming {
    private static final Set<String> SIMPLE_STREAMS = Set.of(
            "user",
            "user:notification",
            "public",
            "public:media",
            "public:local",
            "public:local:media",
            "public:remote",
            "public:remote:media",
            "direct");

    /** The account of a socket opened without a token ({@link SandboxOptions#akkomaStreaming()}). */
    static final long ANONYMOUS = -1;

    // Streams Akkoma refuses without a word: those of a user on an anonymous socket, and hashtags
    // and lists always (its handler drops their parameters).
    private static final Set<String> AKKOMA_USER_STREAMS = Set.of("user", "user:notification", "direct", "list");

    /** One open socket: whose it is and what it listens to. */
    record Connection(WebSocket socket, long accountId, Set<List<String>> streams) {}

    private final SandboxStore store;
    private final Map<WebSocket, Connection> connections = new ConcurrentHashMap<>();
    private final List<Sandbox.StreamAuth> authSeen = new CopyOnWriteArrayList<>();

    SandboxStreaming(SandboxStore store) {
        this.store = store;
    }

    void register(SandboxRoutes routes) {
        if (store.options.streaming()) {
            routes.get("/api/v1/streaming/health", PUBLIC, null, ex -> SandboxReply.text(200, "OK"));
            routes.get("/api/v1/streaming", PUBLIC, null, this::connect);
        }
    }

    private SandboxReply connect(SandboxExchange ex) {
        if (!"websocket".equalsIgnoreCase(ex.header("Upgrade"))) {
            return SandboxReply.error(400, "Unknown channel requested");
        }
        boolean akkoma = store.options.akkomaStreaming();
        String header = akkoma ? null : SandboxDispatcher.bearer(ex.request.getHeaders());
        String query = ex.params.get("access_token");
        String protocol = ex.header("Sec-WebSocket-Protocol");
        Sandbox.StreamAuth how = header != null
                ? Sandbox.StreamAuth.HEADER
                : query != null
                        ? Sandbox.StreamAuth.QUERY
                        : protocol != null ? Sandbox.StreamAuth.PROTOCOL : Sandbox.StreamAuth.NONE;
        authSeen.add(how);
        String value = header != null ? header : query != null ? query : protocol;
        if (akkoma && value == null) {
            return SandboxReply.upgrade(new Listener(ANONYMOUS, ConcurrentHashMap.newKeySet()));
        }
        SandboxAuth.Token token = store.auth.token(value);
        if (token == null
                || token.accountId() == null
                || !(SandboxAuth.covers(token.scopes(), "read:statuses")
                        || SandboxAuth.covers(token.scopes(), "read:notifications"))) {
            return SandboxReply.error(401, "Error: Invalid access token");
        }
        Set<List<String>> streams = ConcurrentHashMap.newKeySet();
        String initial = ex.params.get("stream");
        if (initial != null) {
            Object stream = resolve(token.accountId(), initial, ex.params.get("tag"), ex.params.get("list"));
            if (stream instanceof String error) {
                return SandboxReply.error(400, error);
            }
            streams.add(asList(stream));
        }
        SandboxReply reply = SandboxReply.upgrade(new Listener(token.accountId(), streams));
        return how == Sandbox.StreamAuth.PROTOCOL && protocol != null
                ? reply.header("Sec-WebSocket-Protocol", protocol)
                : reply;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object stream) {
        return (List<String>) stream;
    }

    /** The stream's name array (as events carry it), or an error message (a String). */
    private Object resolve(long accountId, String name, @Nullable String tag, @Nullable String list) {
        if (SIMPLE_STREAMS.contains(name)) {
            return List.of(name);
        }
        if (name.equals("hashtag") || name.equals("hashtag:local")) {
            return tag == null || tag.isBlank()
                    ? "No tag for stream provided"
                    : List.of(name, tag.toLowerCase(java.util.Locale.ROOT));
        }
        if (name.equals("list")) {
            SandboxStore.AccountList owned = list == null ? null : store.lists.get(store.ids.parse(list));
            return owned == null || owned.ownerId() != accountId
                    ? "Not authorized to stream this list"
                    : List.of(name, list);
        }
        return "Unknown stream type";
    }

    private final class Listener extends WebSocketListener {
        private final long accountId;
        private final Set<List<String>> initial;

        Listener(long accountId, Set<List<String>> initial) {
            this.accountId = accountId;
            this.initial = initial;
        }

        @Override
        public void onOpen(WebSocket socket, Response response) {
            connections.put(socket, new Connection(socket, accountId, initial));
            signal();
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            Connection connection = connections.get(socket);
            if (connection == null) {
                return;
            }
            store.lock.lock();
            try {
                JsonObject message = JsonParser.parseString(text).getAsJsonObject();
                String type = string(message, "type");
                if (store.options.akkomaStreaming() && akkomaIgnores(type, string(message, "stream"), accountId)) {
                    return;
                }
                Object stream = resolve(
                        accountId,
                        String.valueOf(string(message, "stream")),
                        string(message, "tag"),
                        string(message, "list"));
                if (stream instanceof String error) {
                    socket.send("{\"error\":\"" + error + "\",\"status\":400}");
                } else if ("subscribe".equals(type)) {
                    connection.streams().add(asList(stream));
                } else if ("unsubscribe".equals(type)) {
                    connection.streams().remove(asList(stream));
                }
            } catch (JsonParseException | IllegalStateException | ClassCastException e) {
                socket.send("{\"error\":\"Invalid JSON\",\"status\":400}");
            } finally {
                store.lock.unlock();
            }
            signal();
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            connections.remove(socket);
            socket.close(1000, null);
            signal();
        }

        @Override
        public void onFailure(WebSocket socket, Throwable t, @Nullable Response response) {
            connections.remove(socket);
            signal();
        }
    }

    // Akkoma answers no client message; what it cannot subscribe it only logs.
    private static boolean akkomaIgnores(@Nullable String type, @Nullable String stream, long accountId) {
        boolean subscription = "subscribe".equals(type) || "unsubscribe".equals(type);
        return !subscription
                || stream == null
                || !SIMPLE_STREAMS.contains(stream)
                || (accountId == ANONYMOUS && AKKOMA_USER_STREAMS.contains(stream));
    }

    private static @Nullable String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    /** The open sockets, for {@link SandboxStreamFanout}. */
    Collection<Connection> connections() {
        return connections.values();
    }

    // --- test hooks ---

    /** Cuts every socket without a close frame, as a crashing or restarting server would. */
    void dropAll() {
        for (WebSocket socket : connections.keySet()) {
            if (socket instanceof okhttp3.internal.ws.RealWebSocket real) {
                // cancel() needs a Call, which server-side sockets lack; failing the socket closes
                // its streams, so the client sees the connection break.
                real.failWebSocket(new java.io.IOException("dropped by the sandbox"), null, false);
            } else {
                socket.close(1001, "Going away");
            }
        }
        connections.clear();
        signal();
    }

    List<Sandbox.StreamAuth> authSeen() {
        return List.copyOf(authSeen);
    }

    int subscribers(List<String> stream) {
        return (int) connections.values().stream()
                .filter(c -> c.streams().contains(stream))
                .count();
    }

    int openCount() {
        return connections.size();
    }

    /** Waits until at least {@code count} sockets listen to {@code stream}; false on timeout. */
    boolean awaitSubscribers(List<String> stream, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (subscribers(stream) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    private synchronized void signal() {
        notifyAll();
    }
}
