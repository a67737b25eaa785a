package social.woolly.core.api;

import okhttp3.HttpUrl;
import social.woolly.core.model.Status;

/**
 * The user's bookmarks and favourites: statuses, newest saved first, paged <em>only</em> by the
 * {@code Link} header. Their cursors are ids of the bookmark and favourite records, not of the
 * statuses, so a page without a {@code Link} header has no cursors at all (never ones made from
 * status ids).
 *
 * @see <a href="https://docs.joinmastodon.org/methods/bookmarks/">bookmarks API methods</a>
 * @see <a href="https://docs.joinmastodon.org/methods/favourites/">favourites API methods</a>
 */
public final class SavedStatusMethods {
    private final Requests requests;

    SavedStatusMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * A page of bookmarked statuses.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/bookmarks/#get">GET /api/v1/bookmarks</a>
     */
    public ApiCall<Page<Status>> bookmarks(PageCursor cursor) {
        return linkPaged(requests.url("api/v1/bookmarks"), cursor);
    }

    /**
     * A page of favourited statuses.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/favourites/#get">GET /api/v1/favourites</a>
     */
    public ApiCall<Page<Status>> favourites(PageCursor cursor) {
        return linkPaged(requests.url("api/v1/favourites"), cursor);
    }

    private ApiCall<Page<Status>> linkPaged(HttpUrl.Builder url, PageCursor cursor) {
        // Status ids are not cursors here: without a Link header, there is nowhere to go.
        return requests.get(
                Requests.page(url, cursor, TimelineMethods.DEFAULT_LIMIT), Requests.linkPage(TimelineMethods.STATUSES));
    }
}
