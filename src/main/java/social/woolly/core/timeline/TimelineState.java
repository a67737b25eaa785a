package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/** What the parts of a {@link Timeline} share: entries, cursors, anchor. Same thread as the timeline. */
final class TimelineState {
    final TimelineSource source;
    final EntryList list = new EntryList();
    final EdgeCursors cursors;
    final Anchor anchor;
    /** Where the next older page starts; {@code null} once the end was reached. */
    @Nullable
    PageCursor olderCursor;

    long generation;
    private long gaps;

    TimelineState(TimelineSource source) {
        this.source = source;
        this.cursors = new EdgeCursors(source);
        this.anchor = new Anchor(() -> list);
        list.addObserver(anchor);
        list.addObserver(cursors);
    }

    GapEntry newGap(@Nullable PageCursor fromAbove, @Nullable PageCursor fromBelow) {
        return new GapEntry("g:" + ++gaps, fromAbove, fromBelow);
    }

    /** The statuses of pages in order, without those a filter hides. */
    static List<Status> shown(List<Page<Status>> pages) {
        List<Status> shown = new ArrayList<>();
        for (Page<Status> page : pages) {
            for (Status status : page.items()) {
                if (!Statuses.isHidden(status)) {
                    shown.add(status);
                }
            }
        }
        return shown;
    }

    /**
     * Tidies gaps after removals: two adjacent gaps become one; a gap left at the bottom becomes
     * the older cursor; with no statuses left, no gaps either.
     */
    void normalizeGaps() {
        if (list.statusCount() == 0) {
            list.clear();
            return;
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!(list.get(i) instanceof GapEntry gap)) {
                continue;
            }
            if (i == list.size() - 1) {
                olderCursor = gap.fromAbove();
                list.remove(i, 1);
            } else if (list.get(i + 1) instanceof GapEntry below) {
                list.replace(i + 1, new GapEntry(below.key(), gap.fromAbove(), below.fromBelow()));
                list.remove(i, 1);
            }
        }
    }
}
