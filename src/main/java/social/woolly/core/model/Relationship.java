package social.woolly.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the current user relates to the account with {@code id}.
 *
 * @param languages languages the user follows this account in; empty means all
 * @param note the user's private note on the account
 * @see <a href="https://docs.joinmastodon.org/entities/Relationship/">Relationship</a>
 */
public record Relationship(
        String id,
        boolean following,
        boolean showingReblogs,
        boolean notifying,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting,
        boolean mutingNotifications,
        boolean requested,
        boolean requestedBy,
        boolean domainBlocking,
        boolean endorsed,
        List<String> languages,
        @Nullable String note) {

    public Relationship {
        Objects.requireNonNull(id, "relationship id");
        languages = Missing.list(languages);
    }
}
