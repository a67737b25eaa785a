package social.woolly.core.timeline;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.api.TimelineMethods.Scope;
import social.woolly.core.model.Status;

/**
 * One timeline of one account on one server, and how to page through it: the newest page, an
 * older page from a cursor ({@code max_id} or the {@code Link} header's {@code next}), a newer one
 * ({@code min_id} or {@code prev}). Only builds calls; immutable and thread-safe.
 *
 * <p>Most timelines page by status id, so a cursor can also be made from any status in them.
 * Bookmarks and favourites do not: their cursors are ids of the bookmark or favourite records,
 * known only from {@code Link} headers ({@link #pagesByStatusId()} is {@code false}).
 */
public final class TimelineSource {
    private final String key;
    private final boolean pagesByStatusId;
    private final PageFetcher fetcher;

    private TimelineSource(String key, boolean pagesByStatusId, PageFetcher fetcher) {
        this.key = key;
        this.pagesByStatusId = pagesByStatusId;
        this.fetcher = fetcher;
    }

    /** The home timeline: followed accounts, hashtags and lists. */
    public static TimelineSource home(MastodonApi api) {
        return new TimelineSource("home", true, api.timelines()::home);
    }

    /** Statuses from the server's own users ({@code public?local=true}). */
    public static TimelineSource local(MastodonApi api) {
        return new TimelineSource("local", true, cursor -> api.timelines().publicTimeline(Scope.LOCAL, false, cursor));
    }

    /** Every public status the server knows of ({@code public}, neither local- nor remote-only). */
    public static TimelineSource federated(MastodonApi api) {
        return new TimelineSource(
                "federated", true, cursor -> api.timelines().publicTimeline(Scope.ALL, false, cursor));
    }

    /** Statuses with a hashtag, given without the {@code #} (its key ignores case, as servers do). */
    public static TimelineSource tag(MastodonApi api, String hashtag) {
        return new TimelineSource(
                "tag:" + hashtag.toLowerCase(Locale.ROOT),
                true,
                cursor -> api.timelines().tag(hashtag, Scope.ALL, false, cursor));
    }

    /** A list's timeline. */
    public static TimelineSource list(MastodonApi api, String listId) {
        return new TimelineSource(
                "list:" + listId, true, cursor -> api.timelines().list(listId, cursor));
    }

    /** An account's own statuses and reblogs. */
    public static TimelineSource account(MastodonApi api, String accountId) {
        return new TimelineSource(
                "account:" + accountId, true, cursor -> api.accounts().statuses(accountId, cursor));
    }

    /**
     * The user's bookmarks. {@code fetcher} must take its cursors from {@code Link} headers only,
     * e.g. {@code api.saved()::bookmarks}.
     */
    public static TimelineSource bookmarks(PageFetcher fetcher) {
        return new TimelineSource("bookmarks", false, fetcher);
    }

    /** The user's favourites; {@code fetcher} as for {@link #bookmarks}. */
    public static TimelineSource favourites(PageFetcher fetcher) {
        return new TimelineSource("favourites", false, fetcher);
    }

    /**
     * Any other paged list of statuses.
     *
     * @param key names it in the cache; unique per account
     * @param pagesByStatusId whether a status's id works as a {@code max_id}/{@code min_id} cursor
     */
    public static TimelineSource of(String key, boolean pagesByStatusId, PageFetcher fetcher) {
        return new TimelineSource(Objects.requireNonNull(key), pagesByStatusId, fetcher);
    }

    /** Names this timeline, e.g. {@code home} or {@code tag:java}; the cache's key. */
    public String key() {
        return key;
    }

    /** Whether status ids are cursors here (all but bookmarks and favourites). */
    public boolean pagesByStatusId() {
        return pagesByStatusId;
    }

    /** The newest page. */
    public ApiCall<Page<Status>> newest() {
        return fetcher.page(PageCursor.newest());
    }

    /** The page a cursor points to: {@link Page#older()} or {@link Page#newer()} of an earlier page. */
    public ApiCall<Page<Status>> page(PageCursor cursor) {
        return fetcher.page(cursor);
    }

    /** The cursor for the statuses just older than {@code status}, if this timeline pages by status id. */
    public @Nullable PageCursor olderThan(Status status) {
        return pagesByStatusId ? PageCursor.olderThan(status.id()) : null;
    }

    /** The cursor for the statuses just newer than {@code status}, if this timeline pages by status id. */
    public @Nullable PageCursor newerThan(Status status) {
        return pagesByStatusId ? PageCursor.newerThan(status.id()) : null;
    }

    @Override
    public String toString() {
        return "TimelineSource[" + key + "]";
    }
}
