package social.woolly.ui.timeline;

import social.woolly.core.timeline.GapEntry;
import social.woolly.ui.status.StatusItem;

/** One row of a timeline list: a post, or a "Load missing posts" gap. */
public sealed interface TimelineRow {

    /** The timeline entry's key, stable across edits. */
    String key();

    /** A post. */
    record Post(String key, StatusItem item) implements TimelineRow {}

    /** Posts known to be missing here; {@code loading} while a fill runs. */
    record Gap(String key, GapEntry gap, boolean loading) implements TimelineRow {}
}
