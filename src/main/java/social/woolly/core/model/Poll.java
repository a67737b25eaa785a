package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A poll on a status.
 *
 * @param expiresAt {@code null} if the poll never ends (or the date was unreadable)
 * @param votersCount how many accounts voted; {@code null} for single-choice polls on older servers
 * @param voted whether the current user voted; {@code null} without a user token
 * @param ownVotes indexes of the options the current user chose
 * @see <a href="https://docs.joinmastodon.org/entities/Poll/">Poll</a>
 */
public record Poll(
        String id,
        @Nullable Instant expiresAt,
        boolean expired,
        boolean multiple,
        int votesCount,
        @Nullable Integer votersCount,
        List<Option> options,
        List<CustomEmoji> emojis,
        @Nullable Boolean voted,
        List<Integer> ownVotes) {

    public Poll {
        Objects.requireNonNull(id, "poll id");
        options = Missing.list(options);
        emojis = Missing.list(emojis);
        ownVotes = Missing.list(ownVotes);
    }

    /**
     * One choice in a poll.
     *
     * @param votesCount {@code null} while results are hidden
     */
    public record Option(String title, @Nullable Integer votesCount) {
        public Option {
            title = Missing.text(title);
        }
    }
}
