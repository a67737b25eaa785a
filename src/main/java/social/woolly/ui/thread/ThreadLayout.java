package social.woolly.ui.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.woolly.core.model.Context;
import social.woolly.core.model.Status;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;

/**
 * The rows of a {@link ThreadTree}: what it replies to at depth 0, the opened post, the replies
 * indented up to {@link ThreadRow#MAX_DEPTH}; posts a filter hides are left out. Made off the FX
 * thread, as making an item parses its HTML.
 *
 * @param opened the index of the opened post's row
 * @param made every item made so far, by status id, so that a merge reuses them (and their state,
 *     such as a revealed content warning)
 */
record ThreadLayout(ThreadTree tree, List<ThreadRow> rows, int opened, Map<String, StatusItem> made) {

    static ThreadLayout of(ThreadTree tree, ThreadRow openedRow, StatusItemFactory items) {
        return of(tree, openedRow, Map.of(), items);
    }

    private static ThreadLayout of(
            ThreadTree tree, ThreadRow openedRow, Map<String, StatusItem> known, StatusItemFactory items) {
        Map<String, StatusItem> made = new HashMap<>(known);
        List<ThreadRow> rows = new ArrayList<>();
        for (Status ancestor : tree.ancestors()) {
            add(rows, made.computeIfAbsent(ancestor.id(), _ -> items.create(ancestor)), 0);
        }
        int opened = rows.size();
        rows.add(openedRow);
        for (ThreadTree.Reply reply : tree.replies()) {
            StatusItem item = made.computeIfAbsent(reply.status().id(), _ -> items.create(reply.status()));
            add(rows, item, Math.min(reply.depth(), ThreadRow.MAX_DEPTH));
        }
        return new ThreadLayout(tree, List.copyOf(rows), opened, Map.copyOf(made));
    }

    /** This thread with the posts of another post's context added. */
    ThreadLayout with(Context more, StatusItemFactory items) {
        return of(tree.with(more), rows.get(opened), made, items);
    }

    /**
     * Inserts into {@code shown} (this layout's rows before a merge) the rows it lacks, in place, so
     * that the rows shown and their selection stay put.
     *
     * @return false, changing nothing, if {@code shown} is not in this layout's order
     */
    boolean insertInto(List<ThreadRow> shown) {
        List<String> before = shown.stream().map(ThreadRow::key).toList();
        Set<String> shownKeys = new HashSet<>(before);
        // A tree only grows as posts are added, so the rows shown keep their order; checked anyway.
        if (!rows.stream()
                .map(ThreadRow::key)
                .filter(shownKeys::contains)
                .toList()
                .equals(before)) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i >= shown.size() || !shown.get(i).key().equals(rows.get(i).key())) {
                shown.add(i, rows.get(i));
            }
        }
        return true;
    }

    private static void add(List<ThreadRow> rows, StatusItem item, int depth) {
        if (!item.isFilteredOut()) {
            rows.add(new ThreadRow(item, depth, false));
        }
    }
}
