package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * Applies fetched pages to a timeline. Order comes only from the server's page order and from
 * where a page attaches (its aim): a page that reaches a status already shown joins there, and the
 * gaps between are closed. Nothing compares ids; a status already shown is never added twice (by
 * id or uri), only refreshed in place.
 */
final class Merger {
    private final TimelineState state;
    private final EntryList list;

    Merger(TimelineState state) {
        this.state = state;
        this.list = state.list;
    }

    /** The newest pages, placed above the entry that was on top when asked for. */
    void refresh(@Nullable String topKey, List<Page<Status>> pages) {
        boolean wasEmpty = list.statusCount() == 0;
        List<Status> items = TimelineState.shown(pages);
        int aim = topKey == null ? 0 : Math.max(0, list.indexOfKey(topKey));
        int join = joinBelow(items, aim);
        if (join >= 0) {
            removeGaps(aim, join);
        }
        int end = insertInOrder(items, aim);
        Page<Status> last = pages.getLast();
        PageCursor onwards = last.items().isEmpty() ? null : last.older();
        if (wasEmpty) {
            state.olderCursor = onwards;
        } else if (join < 0 && onwards != null) {
            // The walk ran out of pages before meeting what was shown: mark the hole.
            openGapAt(end, onwards);
        }
    }

    /** The next page below the last entry. */
    void older(List<Page<Status>> pages) {
        Page<Status> page = pages.getFirst();
        insertInOrder(TimelineState.shown(pages), list.size());
        state.olderCursor = page.items().isEmpty() ? null : page.older();
    }

    /** A page from the gap's top edge: it attaches below the newer side. */
    void fillTop(GapEntry gap, List<Page<Status>> pages) {
        Page<Status> page = pages.getFirst();
        List<Status> items = TimelineState.shown(pages);
        int at = list.indexOfKey(gap.key());
        int join = joinBelow(items, at);
        if (join >= 0) {
            removeGaps(at, join);
        }
        int end = insertInOrder(items, at);
        if (join < 0) {
            reshape(end, page.items().isEmpty(), page.older(), gap.fromBelow());
        }
    }

    /** A page from the gap's bottom edge: it attaches above the older side. */
    void fillBottom(GapEntry gap, List<Page<Status>> pages) {
        Page<Status> page = pages.getFirst();
        List<Status> items = TimelineState.shown(pages);
        int at = list.indexOfKey(gap.key());
        int join = joinAbove(items, at);
        if (join >= 0) {
            removeGaps(join + 1, at + 1);
            insertInOrder(items, join);
            return;
        }
        insertInOrder(items, at + 1);
        reshape(at, page.items().isEmpty(), gap.fromAbove(), page.newer());
    }

    /** The gap at {@code index} after a fill that did not close it: shrunk, or gone if empty. */
    private void reshape(
            int index, boolean nothingThere, @Nullable PageCursor fromAbove, @Nullable PageCursor fromBelow) {
        if (nothingThere || (fromAbove == null && fromBelow == null)) {
            list.remove(index, 1);
        } else {
            list.replace(index, new GapEntry(list.get(index).key(), fromAbove, fromBelow));
        }
    }

    private void openGapAt(int index, PageCursor fromAbove) {
        if (index >= list.size()) {
            state.olderCursor = fromAbove;
        } else if (list.get(index) instanceof GapEntry below) {
            list.replace(index, new GapEntry(below.key(), fromAbove, below.fromBelow()));
        } else {
            PageCursor fromBelow = state.cursors.newerBefore((StatusEntry) list.get(index));
            list.insert(index, List.of(state.newGap(fromAbove, fromBelow)));
        }
    }

    /** Where a downward page meets what is shown: the first of its statuses at or below {@code aim}. */
    private int joinBelow(List<Status> items, int aim) {
        for (Status status : items) {
            int at = list.indexOfStatus(status);
            if (at >= aim) {
                return at;
            }
        }
        return -1;
    }

    /** Where an upward page meets what is shown: its oldest status above {@code limit}. */
    private int joinAbove(List<Status> items, int limit) {
        for (Status status : items.reversed()) {
            int at = list.indexOfStatus(status);
            if (at >= 0 && at < limit) {
                return at;
            }
        }
        return -1;
    }

    private void removeGaps(int from, int to) {
        for (int i = Math.min(to, list.size()) - 1; i >= from; i--) {
            if (list.get(i) instanceof GapEntry) {
                list.remove(i, 1);
            }
        }
    }

    /**
     * Merges statuses in page order from {@code start}: new ones go in runs at the current
     * position, one already shown at or below it moves the position past it (and is refreshed),
     * one shown further up stays where it is. Returns the position after the last one placed.
     */
    int insertInOrder(List<Status> items, int start) {
        int pos = start;
        List<TimelineEntry> run = new ArrayList<>();
        for (Status status : items) {
            int at = list.indexOfStatus(status);
            if (at < 0) {
                if (run.stream().noneMatch(e -> EntryList.isSame(((StatusEntry) e).status(), status))) {
                    run.add(new StatusEntry(status));
                }
            } else if (at >= pos) {
                list.insert(pos, run);
                at += run.size();
                run.clear();
                refreshAt(at, status);
                pos = at + 1;
            }
        }
        list.insert(pos, run);
        return pos + run.size();
    }

    /** Puts a fresher copy of a shown status in its place (counts, edits, a changed id). */
    void refreshAt(int index, Status status) {
        if (list.get(index) instanceof StatusEntry(Status shown) && !shown.equals(status)) {
            list.replace(index, new StatusEntry(status));
        }
    }
}
