package social.woolly.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One notification (v1 API).
 *
 * @param type what happened; {@link NotificationType#UNKNOWN} for types this client does not know
 * @param rawType the type exactly as the server sent it, for logging unknown types
 * @param groupKey the key the server groups this notification under (4.3+)
 * @param status the status concerned, for types that have one
 * @see <a href="https://docs.joinmastodon.org/entities/Notification/">Notification</a>
 */
public record Notification(
        String id,
        NotificationType type,
        String rawType,
        @Nullable String groupKey,
        @Nullable Instant createdAt,
        Account account,
        @Nullable Status status) {

    public Notification {
        Objects.requireNonNull(id, "notification id");
        Objects.requireNonNull(account, "notification account");
        type = Missing.or(type, NotificationType.UNKNOWN);
        rawType = Missing.or(rawType, type.wireName());
    }
}
