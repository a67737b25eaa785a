package social.woolly.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A small, faithful Mastodon that lives in memory on 127.0.0.1: the client API, OAuth with PKCE,
 * paging with {@code Link} headers, media, notifications (plain and grouped) and the streaming
 * WebSocket, over seeded accounts and statuses. Sign in as {@value #USERNAME} /
 * {@value #PASSWORD}. Switches in {@link SandboxOptions} make it act like servers that differ.
 *
 * <p>Thread-safe: requests arrive on several threads, and the hooks below may be called from any
 * thread; all of them share one lock. Close it (it is {@link AutoCloseable}) to free the port.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *     String token = sandbox.issueToken("alice");
 *     // point the client at sandbox.baseUrl() ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    public static final String USERNAME = "alice";
    public static final String PASSWORD = SandboxSeed.PASSWORD;

    /** How a streaming client passed its token. */
    public enum StreamAuth {
        /** {@code Authorization: Bearer …}, as recommended. */
        HEADER,
        /** {@code ?access_token=…}, legacy: it ends up in access logs. */
        QUERY,
        /** {@code Sec-WebSocket-Protocol: …}. */
        PROTOCOL,
        /** No token at all. */
        NONE
    }

    private final MockWebServer server;
    private final SandboxStore store;
    private final SandboxActivity activity;
    private final SandboxJson json;
    private final SandboxOAuth oauth;
    private final SandboxStreaming streaming;
    private final SandboxStreamFanout fanout;
    private final SandboxDispatcher dispatcher;
    private final SandboxScheduledStatuses scheduled;

    private Sandbox(MockWebServer server, SandboxOptions options) {
        this.server = server;
        String hostPort = "127.0.0.1:" + server.getPort();
        String domain = options.localDomain() == null ? hostPort : options.localDomain();
        this.store = new SandboxStore(options, "http://" + hostPort, domain);
        this.activity = new SandboxActivity(store);
        this.json = new SandboxJson(store);
        SandboxRoutes routes = new SandboxRoutes();
        this.oauth = new SandboxOAuth(store);
        oauth.register(routes);
        new SandboxTokens(store).register(routes);
        SandboxTimelines timelines = new SandboxTimelines(store, json);
        timelines.register(routes);
        new SandboxFollowedTags(store, json).register(routes);
        new SandboxAccounts(store, json, activity, timelines).register(routes);
        this.scheduled = new SandboxScheduledStatuses(store, json);
        scheduled.register(routes);
        SandboxStatuses statuses = new SandboxStatuses(store, json, activity, scheduled);
        statuses.register(routes);
        new SandboxStatusActions(store, json, activity, statuses).register(routes);
        new SandboxNotifications(store, json).register(routes);
        new SandboxMediaApi(store, json).register(routes);
        new SandboxInstance(store, json).register(routes);
        new SandboxFiles(store).register(routes);
        this.streaming = new SandboxStreaming(store);
        streaming.register(routes);
        this.fanout = new SandboxStreamFanout(store, json, timelines, streaming);
        this.dispatcher = new SandboxDispatcher(store, routes);
    }

    /** Starts a sandbox that acts like a current Mastodon, on a free port. */
    public static Sandbox start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    public static Sandbox start(SandboxOptions options) throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), options.port());
        Sandbox sandbox = new Sandbox(server, options);
        sandbox.locked(() -> new SandboxSeed(sandbox.store, sandbox.activity).run());
        sandbox.activity.listen(sandbox.fanout);
        sandbox.dispatcher.attach(server);
        server.setDispatcher(sandbox.dispatcher);
        return sandbox;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash: the address to give the client. */
    public String baseUrl() {
        return store.baseUrl;
    }

    public int port() {
        return server.getPort();
    }

    public HttpUrl url(String path) {
        return HttpUrl.get(store.baseUrl + path);
    }

    public SandboxOptions options() {
        return store.options;
    }

    // --- what the client did ---

    /** Every request received so far (the last 10,000), oldest first. */
    public List<SandboxRequest> requests() {
        return dispatcher.recorded();
    }

    /** The requests to one path (no query), oldest first. */
    public List<SandboxRequest> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clearRequests() {
        dispatcher.clearRecorded();
    }

    /** Whether any {@code GET /oauth/authorize} carried {@code force_login=true}. */
    public boolean forceLoginSeen() {
        return oauth.forceLoginSeen();
    }

    /** The last user token issued by {@code POST /oauth/token} or {@link #issueToken}, or null. */
    public @Nullable String issuedToken() {
        return locked(() -> {
            List<SandboxAuth.Token> tokens = store.auth.issued();
            return tokens.reversed().stream()
                    .filter(t -> t.accountId() != null)
                    .map(SandboxAuth.Token::value)
                    .findFirst()
                    .orElse(null);
        });
    }

    /** How each streaming connection attempt passed its token, in order. */
    public List<StreamAuth> streamingAuth() {
        return streaming.authSeen();
    }

    /** Unexpected exceptions inside the sandbox (answered as 500): a test should expect none. */
    public List<RuntimeException> serverErrors() {
        return dispatcher.bugs();
    }

    public int statusCount() {
        return locked(() -> store.statuses.size());
    }

    /** How many statuses wait to be published ({@code scheduled_at}); the sandbox never publishes them. */
    public int scheduledStatusCount() {
        return locked(scheduled::count);
    }

    // --- making things happen ---

    /** A token for a seeded user with {@code read write follow push}, without going through OAuth. */
    public String issueToken(String username) {
        return locked(() -> {
            SandboxAuth.App app = store.auth.register(
                    "Sandbox hook", null, List.of(SandboxAuth.OOB), List.of("read", "write", "follow", "push"));
            Set<String> scopes = new LinkedHashSet<>(app.scopes());
            return store.auth
                    .issue(app, account(username).id, scopes, store.now())
                    .value();
        });
    }

    /**
     * Deletes every registered app, as Mastodon before 4.3 and Pleroma vacuum apps without live
     * tokens: their client ids are unknown from now on.
     */
    public void forgetApps() {
        locked(() -> store.auth.apps().forEach(store.auth::forget));
    }

    /** How many apps are registered now. */
    public int appCount() {
        return locked(() -> store.auth.apps().size());
    }

    /** Revokes a token: from now on it gets 401 {@code The access token was revoked}. */
    public void revokeToken(String token) {
        locked(() -> {
            store.auth.revoke(token);
        });
    }

    /** The id (as the API shows it) of a seeded account, by username or {@code user@domain}. */
    public String accountId(String acct) {
        return locked(() -> store.ids.format(account(acct).id));
    }

    /** Posts as a seeded user, with streaming events and notifications; returns the status id. */
    public String postStatusAs(String username, String text) {
        return locked(() ->
                store.ids.format(activity.post(account(username), SandboxActivity.Draft.of(text), store.now()).id));
    }

    /** Posts a reply to {@code statusId} as a seeded user; returns the reply's id. */
    public String replyAs(String username, String statusId, String text) {
        return locked(() -> store.ids.format(activity.post(
                        account(username), SandboxActivity.Draft.of(text).replyingTo(status(statusId)), store.now())
                .id));
    }

    public void favouriteAs(String username, String statusId) {
        locked(() -> activity.favourite(account(username), status(statusId), store.now()));
    }

    public void reblogAs(String username, String statusId) {
        locked(() -> {
            activity.reblog(account(username), status(statusId), "public", store.now());
        });
    }

    /** Makes {@code username} follow a hashtag (without #), as {@code POST /api/v1/tags/:name/follow} would. */
    public void followTagAs(String username, String tag) {
        locked(() -> store.followTag(account(username).id, tag));
    }

    /** Adds a list owned by {@code username} with these members (usernames); returns its id as the API shows it. */
    public String addListAs(String username, String title, String... members) {
        return locked(() -> {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            for (String member : members) {
                ids.add(account(member).id);
            }
            return store.ids.format(
                    store.addList(account(username).id, title, ids).id());
        });
    }

    public void followAs(String username, String target) {
        locked(() -> activity.follow(account(username), account(target), store.now()));
    }

    /** Sends a raw event to every socket subscribed to {@code stream} (e.g. {@code "user"} or {@code "hashtag", "woolly"}). */
    public void pushStreamingEvent(String event, @Nullable String payload, String... stream) {
        fanout.push(List.of(stream), event, payload);
    }

    /** Waits until {@code count} sockets listen to the stream, so a test can push without racing the subscribe. */
    public boolean awaitStreamSubscribers(int count, Duration timeout, String... stream) throws InterruptedException {
        return streaming.awaitSubscribers(List.of(stream), count, timeout);
    }

    /** Drops every streaming socket at once, as a restarting server would. */
    public void dropStreams() {
        streaming.dropAll();
    }

    public int openStreams() {
        return streaming.openCount();
    }

    /** The next request to {@code path} (any method) gets this status and body instead of the real answer. */
    public void failNext(String path, int code, String body) {
        String type = body.stripLeading().startsWith("{") || body.stripLeading().startsWith("[")
                ? SandboxReply.JSON
                : "text/html; charset=utf-8";
        dispatcher.failNext(
                path,
                new MockResponse.Builder()
                        .code(code)
                        .setHeader("Content-Type", type)
                        .body(body)
                        .build());
    }

    /** The next request to {@code path} has its connection closed before any response (OkHttp may retry it once). */
    public void disconnectNext(String path) {
        dispatcher.failNext(
                path,
                new MockResponse.Builder()
                        .onResponseStart(new SocketEffect.CloseSocket())
                        .build());
    }

    /**
     * The next request to {@code path} is handled as usual (a post is made), but its connection
     * is closed before the answer: the client cannot tell whether it went through.
     */
    public void dropAnswerNext(String path) {
        dispatcher.dropAnswerNext(path);
    }

    @Override
    public void close() {
        streaming.dropAll();
        server.close();
    }

    private SandboxAccount account(String acct) {
        return Objects.requireNonNull(store.accountByAcct(acct), () -> "no account " + acct);
    }

    private SandboxStatus status(String id) {
        return Objects.requireNonNull(store.status(store.ids.parse(id)), () -> "no status " + id);
    }

    private void locked(Runnable action) {
        store.lock.lock();
        try {
            action.run();
        } finally {
            store.lock.unlock();
        }
    }

    private <T extends @Nullable Object> T locked(Supplier<T> action) {
        store.lock.lock();
        try {
            return action.get();
        } finally {
            store.lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Sandbox[" + store.baseUrl + "]";
    }
}
