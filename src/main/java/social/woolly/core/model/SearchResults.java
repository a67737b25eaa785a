package social.woolly.core.model;

import java.util.List;

/**
 * What a search found.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Search/">Search</a>
 */
public record SearchResults(List<Account> accounts, List<Status> statuses, List<Tag> hashtags) {
    public SearchResults {
        accounts = Missing.list(accounts);
        statuses = Missing.list(statuses);
        hashtags = Missing.list(hashtags);
    }
}
