package social.woolly.core.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.SearchResults;

/**
 * Search for accounts, statuses and hashtags.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/search/">search API methods</a>
 */
public final class SearchMethods {
    /** The most results per type Mastodon returns, and what Woolly asks for. */
    public static final int DEFAULT_LIMIT = 40;

    /** What to search for; every type when none is given. */
    public enum Type {
        ACCOUNTS,
        STATUSES,
        HASHTAGS
    }

    private final Requests requests;

    SearchMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * Searches.
     *
     * @param type one kind of result, or {@code null} for all
     * @param resolve look up remote accounts and URLs via WebFinger (needs a user token)
     * @param offset results to skip, for the next page of one type
     * @see <a href="https://docs.joinmastodon.org/methods/search/#v2">GET /api/v2/search</a>
     */
    public ApiCall<SearchResults> search(String query, @Nullable Type type, boolean resolve, int offset) {
        return search(query, type, resolve, offset, DEFAULT_LIMIT);
    }

    /**
     * Searches, for at most {@code limit} results per type (1 to {@link #DEFAULT_LIMIT}), e.g. a
     * few suggestions while typing.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/search/#v2">GET /api/v2/search</a>
     */
    public ApiCall<SearchResults> search(String query, @Nullable Type type, boolean resolve, int offset, int limit) {
        var url = requests.url("api/v2/search")
                .addQueryParameter("q", query)
                .addQueryParameter("resolve", Boolean.toString(resolve))
                .addQueryParameter("limit", Integer.toString(Math.clamp(limit, 1, DEFAULT_LIMIT)));
        if (type != null) {
            url.addQueryParameter("type", type.name().toLowerCase(Locale.ROOT));
        }
        if (offset > 0) {
            url.addQueryParameter("offset", Integer.toString(offset));
        }
        return requests.get(url, Requests.json(SearchResults.class));
    }
}
