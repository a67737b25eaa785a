package social.woolly.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a status matched one of the user's filters (Mastodon 4.0+ {@code filtered}).
 *
 * @param keywordMatches the filter's keywords found in the status
 * @param statusMatches ids of the filter's status entries that matched
 * @see <a href="https://docs.joinmastodon.org/entities/FilterResult/">FilterResult</a>
 */
public record FilterResult(Filter filter, List<String> keywordMatches, List<String> statusMatches) {
    public FilterResult {
        Objects.requireNonNull(filter, "filter");
        keywordMatches = Missing.list(keywordMatches);
        statusMatches = Missing.list(statusMatches);
    }
}
