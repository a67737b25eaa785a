package social.woolly.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Receives every request (on MockWebServer's threads), records it, applies the injected failures
 * and the response delay, checks the token, and runs the matching handler under the store lock.
 */
final class SandboxDispatcher extends Dispatcher {
    private static final int MAX_RECORDED = 10_000;

    private final SandboxStore store;
    private final SandboxRoutes routes;
    private final Deque<SandboxRequest> recorded = new ArrayDeque<>();
    private final Map<String, Deque<MockResponse>> failures = new ConcurrentHashMap<>();
    private final Set<String> droppedAnswers = ConcurrentHashMap.newKeySet();
    private final List<RuntimeException> bugs = new CopyOnWriteArrayList<>();
    private volatile @Nullable MockWebServer server;

    SandboxDispatcher(SandboxStore store, SandboxRoutes routes) {
        this.store = store;
        this.routes = routes;
    }

    /** Lets the dispatcher empty the server's own request queue, which nobody reads. */
    void attach(MockWebServer value) {
        server = value;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        MockWebServer attached = server;
        // MockWebServer keeps every request (bodies too) for takeRequest(); a long SandboxMain
        // session would grow without bound, and our own record is capped instead.
        while (attached != null && attached.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
            // drained
        }
        HttpUrl url = request.getUrl();
        record(request, url);
        Deque<MockResponse> queue = failures.get(url.encodedPath());
        MockResponse failure = queue == null ? null : queue.pollFirst();
        if (failure != null) {
            return failure;
        }
        SandboxReply reply;
        store.lock.lock();
        try {
            reply = handle(request, url);
        } catch (SandboxParams.BadRequest e) {
            reply = SandboxReply.error(400, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // A bug in the sandbox itself: answer like a crashed server, and keep it for the tests.
            bugs.add(e);
            reply = SandboxReply.error(500, "We're sorry, but something went wrong on our end.");
        } finally {
            store.lock.unlock();
        }
        if (droppedAnswers.remove(url.encodedPath())) {
            // Handled above, so the post exists; the client only never hears of it.
            return new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket())
                    .build();
        }
        return toResponse(reply, url);
    }

    private SandboxReply handle(RecordedRequest request, HttpUrl url) {
        List<String> segments =
                url.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
        SandboxRoutes.Match match = routes.match(request.getMethod(), segments);
        if (match == null) {
            return url.encodedPath().startsWith("/api/")
                    ? SandboxReply.error(404, "Not Found")
                    : SandboxReply.html(
                            404,
                            "<!DOCTYPE html><html><body><h1>The page you are looking for isn't here.</h1></body></html>");
        }
        SandboxRoutes.Route route = match.route();
        String bearer = bearer(request.getHeaders());
        SandboxAuth.Token token = route.access() == SandboxRoutes.Access.PUBLIC ? null : store.auth.token(bearer);
        SandboxAccount viewer = token == null || token.accountId() == null ? null : store.account(token.accountId());
        if (route.access() == SandboxRoutes.Access.USER || route.access() == SandboxRoutes.Access.APP) {
            if (token == null) {
                return SandboxReply.error(
                        401,
                        store.auth.isRevoked(bearer) ? "The access token was revoked" : "The access token is invalid");
            }
            if (route.access() == SandboxRoutes.Access.USER && viewer == null) {
                return SandboxReply.error(422, "This method requires an authenticated user");
            }
            if (route.scope() != null && !SandboxAuth.covers(token.scopes(), route.scope())) {
                return SandboxReply.error(403, "This action is outside the authorized scopes");
            }
        }
        String contentType = request.getHeaders().get("Content-Type");
        SandboxParams params = SandboxParams.of(url.encodedQuery(), contentType, bodyOf(request));
        return route.handler().handle(new SandboxExchange(request, params, match.vars(), token, viewer));
    }

    private static okio.ByteString bodyOf(RecordedRequest request) {
        okio.ByteString body = request.getBody();
        return body == null ? okio.ByteString.EMPTY : body;
    }

    static @Nullable String bearer(Headers headers) {
        String auth = headers.get("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return auth.substring(7).trim();
    }

    private MockResponse toResponse(SandboxReply reply, HttpUrl url) {
        if (reply.upgrade != null) {
            return new MockResponse.Builder()
                    .headers(reply.headers.build())
                    .webSocketUpgrade(reply.upgrade)
                    .build();
        }
        MockResponse.Builder builder = new MockResponse.Builder().code(reply.code);
        Headers.Builder headers = reply.headers;
        byte[] body = reply.body;
        if (store.options.htmlErrors() && reply.isError()) {
            headers.set("Content-Type", "text/html; charset=utf-8");
            body = htmlError(reply.code).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (url.encodedPath().startsWith("/api/")) {
            Instant reset = store.now().plusSeconds(300 - store.now().getEpochSecond() % 300);
            headers.set("X-RateLimit-Limit", "300");
            headers.set("X-RateLimit-Remaining", "299");
            headers.set("X-RateLimit-Reset", SandboxJson.time(reset));
        }
        builder.headers(headers.build()).body(new Buffer().write(body));
        long delay = store.options.responseDelay().toMillis();
        if (delay > 0) {
            builder.headersDelay(delay, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    static String htmlError(int code) {
        return "<!DOCTYPE html>\n<html><head><title>" + code + "</title></head><body><center><h1>" + code
                + "</h1></center><hr><center>nginx</center></body></html>\n";
    }

    private void record(RecordedRequest request, HttpUrl url) {
        String query = url.encodedQuery();
        SandboxRequest entry = new SandboxRequest(
                request.getMethod(),
                url.encodedPath(),
                query == null ? "" : query,
                request.getHeaders(),
                bodyOf(request).utf8());
        synchronized (recorded) {
            if (recorded.size() == MAX_RECORDED) {
                recorded.removeFirst();
            }
            recorded.addLast(entry);
        }
    }

    List<SandboxRequest> recorded() {
        synchronized (recorded) {
            return new ArrayList<>(recorded);
        }
    }

    void clearRecorded() {
        synchronized (recorded) {
            recorded.clear();
        }
    }

    void failNext(String path, MockResponse response) {
        failures.computeIfAbsent(path, k -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .addLast(response);
    }

    void dropAnswerNext(String path) {
        droppedAnswers.add(path);
    }

    List<RuntimeException> bugs() {
        return List.copyOf(bugs);
    }
}
