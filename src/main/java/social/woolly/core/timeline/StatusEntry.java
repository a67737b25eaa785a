package social.woolly.core.timeline;

import social.woolly.core.model.Status;

/** A status in a timeline (for a reblog, the wrapper: show {@link Status#shown()}). */
public record StatusEntry(Status status) implements TimelineEntry {
    /** What every status entry's key starts with. */
    static final String PREFIX = "s:";

    @Override
    public String key() {
        return keyOf(status.id());
    }

    /** The key of the entry of the status with this id. */
    public static String keyOf(String statusId) {
        return PREFIX + statusId;
    }
}
