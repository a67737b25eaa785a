package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Notifications the server grouped under one key (v2 API), e.g. everyone who favourited a status.
 * Accounts and statuses are referenced by id; look them up in {@link GroupedNotificationsResults}.
 *
 * @param rawType the type exactly as the server sent it
 * @param pageMinId the oldest notification id of this group within the page
 * @param pageMaxId the newest notification id of this group within the page
 * @param sampleAccountIds some of the accounts involved, most recent first
 * @see <a href="https://docs.joinmastodon.org/methods/grouped_notifications/">Grouped notifications</a>
 */
public record NotificationGroup(
        String groupKey,
        int notificationsCount,
        NotificationType type,
        String rawType,
        @Nullable String mostRecentNotificationId,
        @Nullable String pageMinId,
        @Nullable String pageMaxId,
        @Nullable Instant latestPageNotificationAt,
        List<String> sampleAccountIds,
        @Nullable String statusId) {

    public NotificationGroup {
        Objects.requireNonNull(groupKey, "group_key");
        type = Missing.or(type, NotificationType.UNKNOWN);
        rawType = Missing.or(rawType, type.wireName());
        sampleAccountIds = Missing.list(sampleAccountIds);
    }
}
