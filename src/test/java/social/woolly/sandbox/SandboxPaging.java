package social.woolly.sandbox;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Mastodon's id-based paging: {@code max_id} (strictly older), {@code since_id} (strictly
 * newer, newest page), {@code min_id} (the page immediately newer, still newest first; it wins
 * over {@code since_id}), {@code limit} (clamped), and the {@code Link} header with
 * {@code rel="next"} (older, {@code max_id}) and {@code rel="prev"} (newer, {@code min_id}).
 */
final class SandboxPaging {
    private SandboxPaging() {}

    /**
     * Everything between the cursors, newest first, before the limit is applied. Ids the client
     * sends that do not parse count as 0, as Rails' {@code to_i} makes them.
     */
    static <T> List<T> window(List<T> newestFirst, ToLongFunction<T> idOf, SandboxExchange ex, SandboxIds ids) {
        SandboxParams p = ex.params;
        long max = p.has("max_id") ? Math.max(0, ids.parse(p.get("max_id"))) : Long.MAX_VALUE;
        long min = p.has("min_id")
                ? Math.max(0, ids.parse(p.get("min_id")))
                : p.has("since_id") ? Math.max(0, ids.parse(p.get("since_id"))) : -1;
        List<T> window = new ArrayList<>();
        for (T item : newestFirst) {
            long id = idOf.applyAsLong(item);
            if (id > min && id < max) {
                window.add(item);
            }
        }
        return window;
    }

    /** Cuts a page from {@code newestFirst}: the newest {@code limit}, or with {@code min_id} the oldest. */
    static <T> List<T> page(
            List<T> newestFirst,
            ToLongFunction<T> idOf,
            SandboxExchange ex,
            SandboxIds ids,
            int defaultLimit,
            int maxLimit) {
        int limit = limit(ex, defaultLimit, maxLimit);
        List<T> window = window(newestFirst, idOf, ex, ids);
        if (ex.params.has("min_id")) {
            return List.copyOf(window.subList(Math.max(0, window.size() - limit), window.size()));
        }
        return List.copyOf(window.subList(0, Math.min(limit, window.size())));
    }

    /** Rails' {@code limit_param}: the absolute value, at most {@code maxLimit}. */
    static int limit(SandboxExchange ex, int defaultLimit, int maxLimit) {
        return Math.min(Math.abs(ex.params.intOr("limit", defaultLimit)), maxLimit);
    }

    /** A JSON array reply with a {@code Link} header built from the page's oldest and newest ids. */
    static SandboxReply reply(JsonArray body, List<Long> pageIds, SandboxExchange ex, SandboxStore store) {
        SandboxReply reply = SandboxReply.json(body);
        String link = linkHeader(pageIds, ex, store);
        return link == null ? reply : reply.header("Link", link);
    }

    /** The {@code Link} header for a page, or null when the page is empty or links are switched off. */
    static @Nullable String linkHeader(List<Long> pageIds, SandboxExchange ex, SandboxStore store) {
        if (!store.options.linkHeaders() || pageIds.isEmpty()) {
            return null;
        }
        long newest = pageIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        long oldest = pageIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        return link(ex, store, "max_id", oldest) + "; rel=\"next\", " + link(ex, store, "min_id", newest)
                + "; rel=\"prev\"";
    }

    private static String link(SandboxExchange ex, SandboxStore store, String name, long id) {
        HttpUrl url = HttpUrl.get(store.baseUrl)
                .newBuilder()
                .encodedPath(ex.url.encodedPath())
                .encodedQuery(ex.url.encodedQuery())
                .removeAllQueryParameters("max_id")
                .removeAllQueryParameters("min_id")
                .removeAllQueryParameters("since_id")
                .addQueryParameter(name, store.ids.format(id))
                .build();
        return "<" + url + ">";
    }
}
