package social.woolly.core.timeline;

import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.PageCursor;

/**
 * Keeps a timeline under its status cap by dropping entries from the end farther from the anchor,
 * leaving a cursor so that part loads again: the older cursor at the bottom, a gap at the top. A
 * cut is made only where such a cursor is known (any status, where ids are cursors; a page edge
 * otherwise), and never takes the anchor.
 */
final class Eviction {
    private final TimelineState state;
    private final EntryList list;
    private final int maxStatuses;

    Eviction(TimelineState state, int maxStatuses) {
        this.state = state;
        this.list = state.list;
        this.maxStatuses = maxStatuses;
    }

    void enforce() {
        int excess = list.statusCount() - maxStatuses;
        if (excess <= 0) {
            return;
        }
        int anchor = Math.max(0, state.anchor.index());
        if (anchor <= list.size() - 1 - anchor) {
            dropBottom(excess, anchor);
        } else {
            dropTop(excess, anchor);
        }
    }

    private void dropBottom(int excess, int anchor) {
        int dropped = 0;
        for (int cut = list.size(); cut - 1 >= anchor; cut--) {
            PageCursor older = dropped >= excess ? olderAfter(list.get(cut - 1)) : null;
            if (older != null) {
                state.olderCursor = older;
                list.remove(cut, list.size() - cut);
                return;
            }
            if (list.get(cut - 1) instanceof StatusEntry) {
                dropped++;
            }
        }
    }

    private void dropTop(int excess, int anchor) {
        int dropped = 0;
        for (int cut = 0; cut <= anchor; cut++) {
            PageCursor newer = dropped >= excess ? newerBefore(list.get(cut)) : null;
            if (newer != null) {
                list.remove(0, cut);
                // The newest statuses are now missing above: a gap, filled from the newest page down
                // or from the first kept status up.
                list.insert(0, List.of(state.newGap(PageCursor.newest(), newer)));
                return;
            }
            if (list.get(cut) instanceof StatusEntry) {
                dropped++;
            }
        }
    }

    private @Nullable PageCursor olderAfter(TimelineEntry entry) {
        return entry instanceof StatusEntry status ? state.cursors.olderAfter(status) : null;
    }

    private @Nullable PageCursor newerBefore(TimelineEntry entry) {
        return entry instanceof StatusEntry status ? state.cursors.newerBefore(status) : null;
    }
}
