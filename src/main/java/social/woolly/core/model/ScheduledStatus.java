package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status the server will publish later, with the parameters it was scheduled with.
 *
 * @param params what will be posted; {@code null} only from a server that left it out
 * @param mediaAttachments the media that will be attached when it is published
 * @see <a href="https://docs.joinmastodon.org/entities/ScheduledStatus/">ScheduledStatus</a>
 */
public record ScheduledStatus(
        String id, @Nullable Instant scheduledAt, @Nullable Params params, List<MediaAttachment> mediaAttachments) {
    public ScheduledStatus {
        Objects.requireNonNull(id, "scheduled status id");
        mediaAttachments = Missing.list(mediaAttachments);
    }

    /** The text to be posted; {@code ""} if the server did not say. */
    public String text() {
        return params == null ? "" : params.text();
    }

    /**
     * The parameters of the status to be posted, as the server stored them. Mastodon keeps what the
     * client sent, so scalars may arrive as strings (a form post) or as JSON types.
     *
     * @param visibility {@code null} for the account's default
     * @param sensitive {@code null} when not sent
     * @param language ISO 639-1 code, or {@code null}
     * @param mediaIds ids of the media to attach; empty for none
     */
    public record Params(
            String text,
            @Nullable String spoilerText,
            @Nullable Visibility visibility,
            @Nullable Boolean sensitive,
            @Nullable String language,
            @Nullable String inReplyToId,
            List<String> mediaIds,
            @Nullable PollParams poll) {
        public Params {
            text = Missing.text(text);
            mediaIds = Missing.list(mediaIds);
        }
    }

    /**
     * The poll to be attached.
     *
     * @param expiresIn seconds the poll stays open
     */
    public record PollParams(
            List<String> options,
            int expiresIn,
            @Nullable Boolean multiple,
            @Nullable Boolean hideTotals) {
        public PollParams {
            options = Missing.list(options);
        }
    }
}
