package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notifications, plain (v1) and grouped (v2). Grouping follows Mastodon 4.3: favourites and
 * reblogs of one status, and follows, within 12 hours share a group; a page holds at most
 * {@code limit} groups.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/notifications/">notifications API methods</a>
 * @see <a href="https://docs.joinmastodon.org/methods/grouped_notifications/">grouped notifications</a>
 */
final class SandboxNotifications {
    private static final int SAMPLE_ACCOUNTS = 8;

    private final SandboxStore store;
    private final SandboxJson json;

    SandboxNotifications(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/notifications", USER, "read:notifications", this::list);
        routes.get("/api/v1/notifications/unread_count", USER, "read:notifications", ex -> count(ex, false));
        routes.get("/api/v1/notifications/:id", USER, "read:notifications", this::show);
        routes.post("/api/v1/notifications/clear", USER, "write:notifications", this::clear);
        routes.post("/api/v1/notifications/:id/dismiss", USER, "write:notifications", this::dismiss);
        if (store.options.v2Endpoints()) {
            routes.get("/api/v2/notifications", USER, "read:notifications", this::grouped);
            routes.get("/api/v2/notifications/unread_count", USER, "read:notifications", ex -> count(ex, true));
        }
    }

    /** The caller's notifications that pass {@code types[]}, {@code exclude_types[]} and {@code account_id}, newest first. */
    private List<SandboxNotification> mine(SandboxExchange ex) {
        long me = ex.user().id;
        List<String> types = ex.params.all("types");
        List<String> excluded = ex.params.all("exclude_types");
        String from = ex.params.get("account_id");
        return store.notifications.descendingMap().values().stream()
                .filter(n -> n.recipientId() == me)
                .filter(n -> types.isEmpty() || types.contains(n.type()))
                .filter(n -> !excluded.contains(n.type()))
                .filter(n -> from == null || n.from().id == store.ids.parse(from))
                .filter(n -> n.status() == null || store.canSee(me, n.status()))
                .toList();
    }

    private SandboxReply list(SandboxExchange ex) {
        List<SandboxNotification> page = SandboxPaging.page(mine(ex), SandboxNotification::id, ex, store.ids, 40, 80);
        JsonArray body = new JsonArray();
        page.forEach(n -> body.add(json.notification(n)));
        return SandboxPaging.reply(
                body, page.stream().map(SandboxNotification::id).toList(), ex, store);
    }

    private SandboxReply show(SandboxExchange ex) {
        SandboxNotification n = store.notifications.get(store.ids.parse(ex.var("id")));
        return n == null || n.recipientId() != ex.user().id
                ? SandboxReply.notFound()
                : SandboxReply.json(json.notification(n));
    }

    private SandboxReply clear(SandboxExchange ex) {
        store.notifications.values().removeIf(n -> n.recipientId() == ex.user().id);
        return SandboxReply.json(new JsonObject());
    }

    private SandboxReply dismiss(SandboxExchange ex) {
        SandboxNotification n = store.notifications.get(store.ids.parse(ex.var("id")));
        if (n == null || n.recipientId() != ex.user().id) {
            return SandboxReply.notFound();
        }
        store.notifications.remove(n.id());
        return SandboxReply.json(new JsonObject());
    }

    private SandboxReply count(SandboxExchange ex, boolean grouped) {
        SandboxStore.Marker marker = store.markers(ex.user().id).get("notifications");
        long readUpTo = marker == null ? 0 : Math.max(0, store.ids.parse(marker.lastReadId()));
        int cap = Math.min(Math.max(1, ex.params.intOr("limit", 100)), 1000);
        List<SandboxNotification> unread =
                mine(ex).stream().filter(n -> n.id() > readUpTo).toList();
        long count = grouped ? unread.stream().map(n -> key(ex, n)).distinct().count() : unread.size();
        JsonObject o = new JsonObject();
        o.addProperty("count", Math.min(count, cap));
        return SandboxReply.json(o);
    }

    private static String key(SandboxExchange ex, SandboxNotification n) {
        List<String> groupable = ex.params.all("grouped_types");
        boolean grouped = n.isGroupable() && (!ex.params.has("grouped_types") || groupable.contains(n.type()));
        return grouped ? n.groupKey() : "ungrouped-" + n.id();
    }

    private SandboxReply grouped(SandboxExchange ex) {
        int limit = SandboxPaging.limit(ex, 40, 80);
        List<SandboxNotification> candidates = SandboxPaging.window(mine(ex), SandboxNotification::id, ex, store.ids);
        // With min_id the page is the groups just above the cursor: walk upwards from the oldest.
        List<SandboxNotification> walk = new ArrayList<>(candidates);
        if (ex.params.has("min_id")) {
            walk = walk.reversed();
        }
        Map<String, List<SandboxNotification>> groups = new LinkedHashMap<>();
        List<Long> pageIds = new ArrayList<>();
        for (SandboxNotification n : walk) {
            String key = key(ex, n);
            if (!groups.containsKey(key) && groups.size() == limit) {
                break;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            pageIds.add(n.id());
        }
        JsonArray groupJson = new JsonArray();
        Set<SandboxAccount> accounts = new LinkedHashSet<>();
        Set<SandboxStatus> statuses = new LinkedHashSet<>();
        groups.entrySet().stream()
                .sorted((a, b) -> Long.compare(newest(b.getValue()), newest(a.getValue())))
                .forEach(e -> groupJson.add(group(ex, e.getKey(), e.getValue(), accounts, statuses)));
        JsonObject o = new JsonObject();
        JsonArray accountJson = new JsonArray();
        accounts.forEach(a -> accountJson.add(json.account(a)));
        JsonArray statusJson = new JsonArray();
        statuses.forEach(s -> statusJson.add(json.status(s, ex.user().id)));
        o.add("accounts", accountJson);
        o.add("statuses", statusJson);
        o.add("notification_groups", groupJson);
        SandboxReply reply = SandboxReply.json(o);
        String link = SandboxPaging.linkHeader(pageIds, ex, store);
        return link == null ? reply : reply.header("Link", link);
    }

    private static long newest(List<SandboxNotification> group) {
        return group.stream().mapToLong(SandboxNotification::id).max().orElse(0);
    }

    private JsonObject group(
            SandboxExchange ex,
            String key,
            List<SandboxNotification> inPage,
            Set<SandboxAccount> accounts,
            Set<SandboxStatus> statuses) {
        // The count and samples cover the whole group, not only the part on this page.
        List<SandboxNotification> all =
                mine(ex).stream().filter(n -> key(ex, n).equals(key)).toList();
        SandboxNotification latest = all.getFirst();
        JsonObject o = new JsonObject();
        o.addProperty("group_key", key);
        o.addProperty("notifications_count", all.size());
        o.addProperty("type", latest.type());
        o.addProperty("most_recent_notification_id", json.id(latest.id()));
        o.addProperty(
                "page_min_id",
                json.id(inPage.stream().mapToLong(SandboxNotification::id).min().orElseThrow()));
        o.addProperty("page_max_id", json.id(newest(inPage)));
        SandboxNotification pageLatest =
                inPage.stream().max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
        o.addProperty("latest_page_notification_at", SandboxJson.time(pageLatest.createdAt()));
        JsonArray samples = new JsonArray();
        all.stream()
                .map(SandboxNotification::from)
                .distinct()
                .limit(SAMPLE_ACCOUNTS)
                .forEach(a -> {
                    samples.add(json.id(a.id));
                    accounts.add(a);
                });
        o.add("sample_account_ids", samples);
        if (latest.status() != null) {
            o.addProperty("status_id", json.id(latest.status().id));
            statuses.add(latest.status());
        }
        return o;
    }
}
