package social.woolly.sandbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification for a local account. {@code groupKey} follows Mastodon: favourites and reblogs
 * of one status, and follows, share a key within a 12-hour bucket; other types are ungrouped.
 */
record SandboxNotification(
        long id,
        String type,
        long recipientId,
        SandboxAccount from,
        @Nullable SandboxStatus status,
        Instant createdAt,
        String groupKey) {

    static final long GROUP_SPAN_SECONDS = 12 * 3600;

    /** The key's stem for a groupable type, or null; {@code statusId} is the id as the API shows it. */
    static @Nullable String groupPrefix(String type, @Nullable String statusId) {
        return switch (type) {
            case "favourite", "reblog" -> statusId == null ? null : type + "-" + statusId;
            case "follow" -> "follow";
            default -> null;
        };
    }

    boolean isGroupable() {
        return !groupKey.startsWith("ungrouped-");
    }
}
