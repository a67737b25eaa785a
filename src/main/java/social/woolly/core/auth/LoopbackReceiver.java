package social.woolly.core.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect target of a native-app sign-in (RFC 8252 §7.3): a one-shot HTTP listener
 * on 127.0.0.1 and an ephemeral port that takes the browser's redirect, checks {@code state},
 * answers with a short "you can close this tab" page and hands the code over.
 *
 * <p>It stops listening after the first callback, on {@link #cancel()}, on {@link #close()} and
 * when {@link #awaitCode(Duration)} times out. Any thread may call any method.
 */
public final class LoopbackReceiver implements AutoCloseable {
    private static final String PATH = "/callback";

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final ResourceBundle text = ResourceBundle.getBundle("social.woolly.core.auth.LoopbackPages");

    private LoopbackReceiver(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    /**
     * Opens the listener on an ephemeral port.
     *
     * @throws SignInException with {@link SignInException.Reason#LISTENER_FAILED} if no port opens
     */
    public static LoopbackReceiver start(String expectedState) throws SignInException {
        return start(expectedState, 0);
    }

    /**
     * Opens the listener on {@code preferredPort} if it is free, else on an ephemeral port. Reusing
     * the port of an earlier registration lets servers that match redirect URIs exactly (port
     * included) accept the app registered then.
     *
     * @throws SignInException with {@link SignInException.Reason#LISTENER_FAILED} if no port opens
     */
    public static LoopbackReceiver start(String expectedState, int preferredPort) throws SignInException {
        HttpServer server = null;
        if (preferredPort > 0) {
            server = bind(preferredPort);
        }
        if (server == null) {
            server = bind(0);
        }
        if (server == null) {
            throw new SignInException(SignInException.Reason.LISTENER_FAILED, null);
        }
        LoopbackReceiver receiver = new LoopbackReceiver(server, expectedState);
        server.createContext("/", receiver::handle);
        server.start();
        return receiver;
    }

    private static @org.jspecify.annotations.Nullable HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code http://127.0.0.1:PORT/callback}: the redirect URI to register and to send. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /**
     * Blocks until the browser comes back, then returns the authorization code.
     *
     * @throws SignInException timed out, cancelled, state mismatch or authorization denied
     */
    public String awaitCode(Duration timeout) throws SignInException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SignInException(SignInException.Reason.TIMED_OUT, null);
        } catch (CancellationException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new SignInException(SignInException.Reason.CANCELLED, null);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SignInException failure
                    ? failure
                    : new SignInException(SignInException.Reason.LISTENER_FAILED, null);
        } finally {
            close();
        }
    }

    /** Gives up waiting: a thread in {@link #awaitCode(Duration)} gets CANCELLED. */
    public void cancel() {
        code.cancel(false);
        close();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // stop(0) on a separate thread: the handler thread may still be writing the last page.
            Thread.ofVirtual().name("woolly-loopback-stop").start(() -> server.stop(0));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!PATH.equals(uri.getPath()) || !"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, page("notFound"));
                return;
            }
            if (code.isDone()) {
                respond(exchange, 410, page("alreadyUsed"));
                return;
            }
            Map<String, String> query = query(uri.getRawQuery());
            String state = query.getOrDefault("state", "");
            if (!MessageDigest.isEqual(
                    state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
                respond(exchange, 400, page("stateMismatch"));
                code.completeExceptionally(new SignInException(SignInException.Reason.STATE_MISMATCH, null));
                return;
            }
            if (query.containsKey("error") || !query.containsKey("code")) {
                String message = query.getOrDefault("error_description", query.get("error"));
                respond(exchange, 400, page("denied"));
                code.completeExceptionally(new SignInException(SignInException.Reason.DENIED, message));
                return;
            }
            respond(exchange, 200, page("success"));
            code.complete(query.get("code"));
        }
        if (code.isDone()) {
            close();
        }
    }

    private String page(String key) {
        String title = escape(text.getString("title"));
        String body = escape(text.getString(key));
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;"
                + "text-align:center;color:#24292f}</style></head><body><h1>" + title + "</h1><p>" + body
                + "</p></body></html>";
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> query(@org.jspecify.annotations.Nullable String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
