package social.woolly.core.model;

import java.util.Objects;

/**
 * A list of accounts the user made, read as its own timeline.
 *
 * @param exclusive whether its members' statuses are left out of the home timeline
 * @see <a href="https://docs.joinmastodon.org/entities/List/">List</a>
 */
public record MastodonList(String id, String title, RepliesPolicy repliesPolicy, boolean exclusive) {
    public MastodonList {
        Objects.requireNonNull(id, "list id");
        title = Missing.text(title);
        repliesPolicy = Missing.or(repliesPolicy, RepliesPolicy.UNKNOWN);
    }
}
