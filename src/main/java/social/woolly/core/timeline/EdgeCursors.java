package social.woolly.core.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * Cursors for continuing from a status: made from its id where the timeline pages by status id,
 * else remembered from the {@code Link} headers of the page that status came at the edge of
 * (bookmarks, favourites). Used to leave a cursor behind when entries are dropped or a gap opens.
 */
final class EdgeCursors implements EntryList.Observer {
    private final TimelineSource source;
    private final Map<String, PageCursor> olderAfter = new HashMap<>();
    private final Map<String, PageCursor> newerBefore = new HashMap<>();

    EdgeCursors(TimelineSource source) {
        this.source = source;
    }

    @Nullable
    PageCursor olderAfter(StatusEntry entry) {
        PageCursor byId = source.olderThan(entry.status());
        return byId != null ? byId : olderAfter.get(entry.key());
    }

    @Nullable
    PageCursor newerBefore(StatusEntry entry) {
        PageCursor byId = source.newerThan(entry.status());
        return byId != null ? byId : newerBefore.get(entry.key());
    }

    /** Remembers a page's cursors at its first and last statuses that are shown. */
    void remember(Page<Status> page, EntryList list) {
        if (source.pagesByStatusId()) {
            return;
        }
        List<Status> items = page.items();
        for (Status status : items) {
            if (remember(newerBefore, page.newer(), status, list)) {
                break;
            }
        }
        for (Status status : items.reversed()) {
            if (remember(olderAfter, page.older(), status, list)) {
                break;
            }
        }
    }

    private static boolean remember(
            Map<String, PageCursor> map, @Nullable PageCursor cursor, Status status, EntryList list) {
        int at = list.indexOfStatus(status);
        if (at < 0) {
            return false;
        }
        String key = list.get(at).key();
        if (cursor != null) {
            map.put(key, cursor);
        } else {
            map.remove(key);
        }
        return true;
    }

    @Override
    public void inserted(int from, List<TimelineEntry> entries) {}

    @Override
    public void removed(int from, List<TimelineEntry> entries) {
        for (TimelineEntry entry : entries) {
            olderAfter.remove(entry.key());
            newerBefore.remove(entry.key());
        }
    }

    @Override
    public void replaced(TimelineEntry old, TimelineEntry now) {
        move(olderAfter, old.key(), now.key());
        move(newerBefore, old.key(), now.key());
    }

    private static void move(Map<String, PageCursor> map, String from, String to) {
        PageCursor cursor = map.remove(from);
        if (cursor != null) {
            map.put(to, cursor);
        }
    }

    void clear() {
        olderAfter.clear();
        newerBefore.clear();
    }
}
