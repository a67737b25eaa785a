package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status the server will publish later.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/ScheduledStatus/">ScheduledStatus</a>
 */
public record ScheduledStatus(String id, @Nullable Instant scheduledAt, List<MediaAttachment> mediaAttachments) {
    public ScheduledStatus {
        Objects.requireNonNull(id, "scheduled status id");
        mediaAttachments = Missing.list(mediaAttachments);
    }
}
