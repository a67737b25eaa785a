package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.OPTIONAL;
import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Accounts: the signed-in user, profiles, their statuses, follows, relationships and search.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/accounts/">accounts API methods</a>
 */
final class SandboxAccounts {
    private final SandboxStore store;
    private final SandboxJson json;
    private final SandboxActivity activity;
    private final SandboxTimelines timelines;

    SandboxAccounts(SandboxStore store, SandboxJson json, SandboxActivity activity, SandboxTimelines timelines) {
        this.store = store;
        this.json = json;
        this.activity = activity;
        this.timelines = timelines;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/accounts/verify_credentials", USER, null, this::verifyCredentials);
        routes.get("/api/v1/accounts/lookup", OPTIONAL, null, this::lookup);
        routes.get("/api/v1/accounts/relationships", USER, "read:follows", this::relationships);
        routes.get(
                "/api/v1/accounts/:id", OPTIONAL, null, ex -> withAccount(ex, a -> SandboxReply.json(json.account(a))));
        routes.get("/api/v1/accounts/:id/statuses", OPTIONAL, null, ex -> withAccount(ex, a -> statuses(ex, a)));
        routes.get(
                "/api/v1/accounts/:id/followers",
                OPTIONAL,
                null,
                ex -> withAccount(ex, a -> accounts(ex, store.followers(a.id))));
        routes.get(
                "/api/v1/accounts/:id/following",
                OPTIONAL,
                null,
                ex -> withAccount(ex, a -> accounts(ex, List.copyOf(store.following(a.id)))));
        routes.post(
                "/api/v1/accounts/:id/follow", USER, "write:follows", ex -> withAccount(ex, a -> follow(ex, a, true)));
        routes.post(
                "/api/v1/accounts/:id/unfollow",
                USER,
                "write:follows",
                ex -> withAccount(ex, a -> follow(ex, a, false)));
        routes.get("/api/v1/preferences", USER, "read:accounts", this::preferences);
        routes.get("/api/v2/search", OPTIONAL, null, this::search);
    }

    private SandboxReply verifyCredentials(SandboxExchange ex) {
        Set<String> scopes = Objects.requireNonNull(ex.token).scopes();
        if (!SandboxAuth.covers(scopes, "read:accounts") && !scopes.contains("profile")) {
            return SandboxReply.error(403, "This action is outside the authorized scopes");
        }
        return SandboxReply.json(json.credentialAccount(ex.user()));
    }

    private SandboxReply withAccount(
            SandboxExchange ex, java.util.function.Function<SandboxAccount, SandboxReply> then) {
        SandboxAccount account = store.account(store.ids.parse(ex.var("id")));
        return account == null ? SandboxReply.notFound() : then.apply(account);
    }

    private SandboxReply lookup(SandboxExchange ex) {
        String acct = ex.params.get("acct");
        SandboxAccount account = acct == null ? null : store.accountByAcct(acct);
        return account == null ? SandboxReply.notFound() : SandboxReply.json(json.account(account));
    }

    private SandboxReply statuses(SandboxExchange ex, SandboxAccount account) {
        SandboxParams p = ex.params;
        if (p.flag("pinned")) {
            JsonArray body = new JsonArray();
            account.pinned.stream()
                    .map(store::status)
                    .filter(Objects::nonNull)
                    .filter(s -> store.canSee(ex.viewerId(), s))
                    .forEach(s -> body.add(json.status(s, ex.viewerId())));
            return SandboxReply.json(body);
        }
        String tagged = p.get("tagged");
        return timelines.statuses(
                ex,
                s -> s.account == account
                        && !(p.flag("exclude_replies") && s.isReplyToOther())
                        && !(p.flag("exclude_reblogs") && s.reblog != null)
                        && !(p.flag("only_media") && s.target().media.isEmpty())
                        && (tagged == null || s.target().tags.contains(tagged.toLowerCase(Locale.ROOT))));
    }

    private SandboxReply accounts(SandboxExchange ex, List<Long> ids) {
        List<Long> newestFirst =
                ids.stream().sorted((a, b) -> Long.compare(b, a)).toList();
        List<Long> page = SandboxPaging.page(newestFirst, id -> id, ex, store.ids, 40, 80);
        JsonArray body = new JsonArray();
        page.forEach(id -> body.add(json.account(Objects.requireNonNull(store.account(id)))));
        return SandboxPaging.reply(body, page, ex, store);
    }

    private SandboxReply relationships(SandboxExchange ex) {
        JsonArray body = new JsonArray();
        for (String id : ex.params.all("id")) {
            SandboxAccount target = store.account(store.ids.parse(id));
            if (target != null) {
                body.add(json.relationship(ex.user().id, target));
            }
        }
        return SandboxReply.json(body);
    }

    private SandboxReply follow(SandboxExchange ex, SandboxAccount target, boolean follow) {
        if (follow) {
            activity.follow(ex.user(), target, store.now());
        } else {
            store.following(ex.user().id).remove(target.id);
        }
        return SandboxReply.json(json.relationship(ex.user().id, target));
    }

    private SandboxReply preferences(SandboxExchange ex) {
        JsonObject o = new JsonObject();
        o.addProperty("posting:default:visibility", "public");
        o.addProperty("posting:default:sensitive", false);
        o.addProperty("posting:default:language", "en");
        o.addProperty("reading:expand:media", "default");
        o.addProperty("reading:expand:spoilers", false);
        return SandboxReply.json(o);
    }

    /** {@code /api/v2/search}: accounts by name, hashtags by prefix, statuses by word (signed-in only, as without full-text search). */
    private SandboxReply search(SandboxExchange ex) {
        String q = ex.params.getOr("q", "").trim().toLowerCase(Locale.ROOT);
        String type = ex.params.get("type");
        int limit = Math.min(Math.max(1, ex.params.intOr("limit", 20)), 40);
        JsonObject o = new JsonObject();
        JsonArray accounts = new JsonArray();
        JsonArray tags = new JsonArray();
        JsonArray statuses = new JsonArray();
        if (!q.isEmpty()) {
            String bare = q.startsWith("@") || q.startsWith("#") ? q.substring(1) : q;
            if (wants(type, "accounts")) {
                store.accounts.values().stream()
                        .filter(a -> a.acct().toLowerCase(Locale.ROOT).contains(bare)
                                || a.displayName.toLowerCase(Locale.ROOT).contains(bare))
                        .limit(limit)
                        .forEach(a -> accounts.add(json.account(a)));
            }
            if (wants(type, "hashtags")) {
                store.newestFirst()
                        .flatMap(s -> s.tags.stream())
                        .distinct()
                        .filter(t -> t.startsWith(bare))
                        .limit(limit)
                        .forEach(t -> tags.add(hashtag(t)));
            }
            if (wants(type, "statuses") && ex.viewer != null) {
                store.newestFirst()
                        .filter(s -> s.reblog == null && store.canSee(ex.viewerId(), s))
                        .filter(s -> SandboxText.words(s.text).contains(q) || matchesUrl(s, q))
                        .limit(limit)
                        .forEach(s -> statuses.add(json.status(s, ex.viewerId())));
            }
        }
        o.add("accounts", accounts);
        o.add("statuses", statuses);
        o.add("hashtags", tags);
        return SandboxReply.json(o);
    }

    private boolean matchesUrl(SandboxStatus s, String q) {
        return q.equalsIgnoreCase(store.statusUrl(s)) || q.equalsIgnoreCase(store.statusUri(s));
    }

    private static boolean wants(@Nullable String type, String kind) {
        return type == null || type.equals(kind);
    }

    private JsonObject hashtag(String name) {
        JsonObject o = json.tag(name);
        // One day of history, as Mastodon sends (strings): the posts and people that used the tag.
        JsonArray history = new JsonArray();
        JsonObject today = new JsonObject();
        today.addProperty("day", Long.toString(store.now().getEpochSecond() / 86_400 * 86_400));
        today.addProperty(
                "uses",
                Long.toString(store.statuses.values().stream()
                        .filter(s -> s.tags.contains(name))
                        .count()));
        today.addProperty(
                "accounts",
                Long.toString(store.statuses.values().stream()
                        .filter(s -> s.tags.contains(name))
                        .map(s -> s.account.id)
                        .distinct()
                        .count()));
        history.add(today);
        o.add("history", history);
        o.addProperty("following", false);
        return o;
    }
}
