package social.woolly.ui.compose.schedule;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.ScheduledStatus;

/**
 * One row of the scheduled posts list: the text on one line, shortened, and the media count.
 *
 * @param status as the server has it
 */
public record ScheduledItem(ScheduledStatus status) {
    /** The longest text shown in a row, in characters. */
    static final int SHOWN_LENGTH = 140;

    public String id() {
        return status.id();
    }

    /** When it will be published; {@code null} if the server did not say. */
    public @Nullable Instant at() {
        return status.scheduledAt();
    }

    /** The text on one line, cut at {@link #SHOWN_LENGTH} characters with an ellipsis. */
    public String shortText() {
        // The text is what the person typed (not HTML): it only needs folding onto one line.
        String line = status.text().strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= SHOWN_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SHOWN_LENGTH - 1)).stripTrailing() + "\u2026";
    }

    public int mediaCount() {
        ScheduledStatus.Params params = status.params();
        int listed = params == null ? 0 : params.mediaIds().size();
        return Math.max(listed, status.mediaAttachments().size());
    }

    /** Whether it carries a poll. */
    public boolean hasPoll() {
        ScheduledStatus.Params params = status.params();
        return params != null && params.poll() != null;
    }
}
