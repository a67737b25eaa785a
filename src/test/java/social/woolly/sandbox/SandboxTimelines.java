package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.OPTIONAL;
import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Timelines (home, public, local, hashtag, list), lists, bookmarks and favourites, all paged by
 * {@link SandboxPaging}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/timelines/">timelines API methods</a>
 */
final class SandboxTimelines {
    private final SandboxStore store;
    private final SandboxJson json;

    SandboxTimelines(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/timelines/home", USER, "read:statuses", this::home);
        routes.get("/api/v1/timelines/public", OPTIONAL, null, this::publicTimeline);
        routes.get("/api/v1/timelines/tag/:hashtag", OPTIONAL, null, this::tag);
        routes.get("/api/v1/timelines/list/:id", USER, "read:lists", this::list);
        routes.get("/api/v1/lists", USER, "read:lists", this::lists);
        routes.get("/api/v1/lists/:id", USER, "read:lists", this::showList);
        routes.get("/api/v1/lists/:id/accounts", USER, "read:lists", this::listAccounts);
        routes.get("/api/v1/bookmarks", USER, "read:bookmarks", ex -> marked(ex, s -> s.bookmarkedBy));
        routes.get("/api/v1/favourites", USER, "read:favourites", ex -> marked(ex, s -> s.favouritedBy));
    }

    /** A page of statuses the viewer may see, from a newest-first stream's candidates. */
    SandboxReply statuses(SandboxExchange ex, Predicate<SandboxStatus> filter) {
        List<SandboxStatus> all = store.newestFirst()
                .filter(s -> store.canSee(ex.viewerId(), s))
                .filter(filter)
                .toList();
        List<SandboxStatus> page = SandboxPaging.page(all, s -> s.id, ex, store.ids, 20, 40);
        JsonArray body = new JsonArray();
        page.forEach(s -> body.add(json.status(s, ex.viewerId())));
        return SandboxPaging.reply(body, page.stream().map(s -> s.id).toList(), ex, store);
    }

    /**
     * Home: your own statuses and those of accounts you follow, with their reblogs; replies only
     * when they answer you, themselves or someone you follow (Mastodon's FeedManager rule).
     */
    boolean inHome(long viewer, SandboxStatus s) {
        long author = s.account.id;
        if (author != viewer && !store.follows(viewer, author)) {
            return false;
        }
        Long to = s.inReplyToAccountId;
        return !s.isReplyToOther() || to == null || to == viewer || store.follows(viewer, to);
    }

    private SandboxReply home(SandboxExchange ex) {
        long viewer = ex.user().id;
        return statuses(ex, s -> inHome(viewer, s));
    }

    static boolean inPublic(SandboxStatus s) {
        return s.reblog == null && "public".equals(s.visibility) && !s.isReplyToOther();
    }

    private SandboxReply publicTimeline(SandboxExchange ex) {
        return statuses(
                ex, s -> inPublic(s) && matchesOrigin(ex, s) && (!ex.params.flag("only_media") || !s.media.isEmpty()));
    }

    private static boolean matchesOrigin(SandboxExchange ex, SandboxStatus s) {
        if (ex.params.flag("local")) {
            return s.account.isLocal();
        }
        return !ex.params.flag("remote") || !s.account.isLocal();
    }

    private SandboxReply tag(SandboxExchange ex) {
        String tag = ex.var("hashtag").toLowerCase(Locale.ROOT);
        return statuses(
                ex,
                s -> s.reblog == null
                        && "public".equals(s.visibility)
                        && s.tags.contains(tag)
                        && matchesOrigin(ex, s)
                        && (!ex.params.flag("only_media") || !s.media.isEmpty()));
    }

    private SandboxReply list(SandboxExchange ex) {
        SandboxStore.AccountList list = ownList(ex);
        if (list == null) {
            return SandboxReply.notFound();
        }
        return statuses(ex, s -> list.members().contains(s.account.id) && !s.isReplyToOther());
    }

    private SandboxStore.@Nullable AccountList ownList(SandboxExchange ex) {
        SandboxStore.AccountList list = store.lists.get(store.ids.parse(ex.var("id")));
        return list != null && list.ownerId() == ex.user().id ? list : null;
    }

    private SandboxReply lists(SandboxExchange ex) {
        JsonArray body = new JsonArray();
        store.lists.values().stream().filter(l -> l.ownerId() == ex.user().id).forEach(l -> body.add(listJson(l)));
        return SandboxReply.json(body);
    }

    private SandboxReply showList(SandboxExchange ex) {
        SandboxStore.AccountList list = ownList(ex);
        return list == null ? SandboxReply.notFound() : SandboxReply.json(listJson(list));
    }

    private SandboxReply listAccounts(SandboxExchange ex) {
        SandboxStore.AccountList list = ownList(ex);
        if (list == null) {
            return SandboxReply.notFound();
        }
        JsonArray body = new JsonArray();
        list.members().forEach(id -> body.add(json.account(java.util.Objects.requireNonNull(store.account(id)))));
        return SandboxReply.json(body);
    }

    private JsonObject listJson(SandboxStore.AccountList list) {
        JsonObject o = new JsonObject();
        o.addProperty("id", json.id(list.id()));
        o.addProperty("title", list.title());
        o.addProperty("replies_policy", "list");
        o.addProperty("exclusive", false);
        return o;
    }

    /** Bookmarks and favourites; paged by status id here (Mastodon pages them by an internal id). */
    private SandboxReply marked(
            SandboxExchange ex, java.util.function.Function<SandboxStatus, java.util.Set<Long>> marks) {
        long viewer = ex.user().id;
        return statuses(ex, s -> marks.apply(s).contains(viewer));
    }
}
