package social.woolly.core.api;

import org.jspecify.annotations.Nullable;
import social.woolly.core.model.GroupedNotificationsResults;

/**
 * One page of grouped notifications with its cursors, as {@link Page} is for plain lists.
 *
 * @param older the next page back ({@code rel="next"}), {@code null} at the end
 * @param newer the page of newer groups ({@code rel="prev"})
 */
public record GroupedNotificationsPage(
        GroupedNotificationsResults results,
        @Nullable PageCursor older,
        @Nullable PageCursor newer) {}
