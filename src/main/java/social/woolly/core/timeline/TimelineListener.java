package social.woolly.core.timeline;

import java.util.List;

/**
 * Hears every change to a {@link Timeline}'s entries as a list edit, in order, on the timeline's
 * thread, so a UI list can mirror it without a diff. Indices are those right before each edit.
 */
public interface TimelineListener {

    /** {@code entries} now start at {@code from}. */
    void inserted(int from, List<TimelineEntry> entries);

    /** {@code count} entries starting at {@code from} are gone. */
    void removed(int from, int count);

    /** The entry at {@code index} is now {@code entry} (an edit, fresher counts, a changed id). */
    void replaced(int index, TimelineEntry entry);

    /** How many statuses came in above the anchor since the person last saw that part. */
    default void newAboveAnchorChanged(int count) {}
}
