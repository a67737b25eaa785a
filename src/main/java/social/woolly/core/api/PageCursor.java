package social.woolly.core.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a page starts: Mastodon's {@code max_id}, {@code min_id} and {@code since_id}, kept as the
 * opaque strings the server gave (from a {@code Link} header or an item id). Never compare them.
 *
 * @param maxId only items older than this
 * @param minId the items immediately newer than this (paging forwards)
 * @param sinceId the newest items, but none older than this (may leave a gap)
 * @param params other paging parameters of a {@code Link} header that has none of the three ids,
 *     sent back as they are: Hollo pages bookmarks and favourites with {@code before=<time>};
 *     usually empty
 */
public record PageCursor(
        @Nullable String maxId,
        @Nullable String minId,
        @Nullable String sinceId,
        Map<String, String> params) {

    private static final PageCursor NEWEST = new PageCursor(null, null, null);

    public PageCursor {
        params = Map.copyOf(params);
    }

    /** A cursor of ids only. */
    public PageCursor(@Nullable String maxId, @Nullable String minId, @Nullable String sinceId) {
        this(maxId, minId, sinceId, Map.of());
    }

    /** The newest page. */
    public static PageCursor newest() {
        return NEWEST;
    }

    /** The page of items just older than {@code id}. */
    public static PageCursor olderThan(String id) {
        return new PageCursor(id, null, null);
    }

    /** The page of items just newer than {@code id}. */
    public static PageCursor newerThan(String id) {
        return new PageCursor(null, id, null);
    }

    /** The newest items, stopping at {@code id}. */
    public static PageCursor since(String id) {
        return new PageCursor(null, null, id);
    }

    /** Whether this is {@link #newest()}. */
    public boolean isNewest() {
        return maxId == null && minId == null && sinceId == null && params.isEmpty();
    }
}
