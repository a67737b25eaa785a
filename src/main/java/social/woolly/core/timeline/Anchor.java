package social.woolly.core.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The entry at the top of the person's viewport, and the statuses that came in above it since
 * they last saw that part of the timeline (the "N new posts" count). Follows every list edit: an
 * anchor that is removed moves to the entry that took its place.
 */
final class Anchor implements EntryList.Observer {
    private final Supplier<EntryList> list;
    private final Set<String> unseen = new HashSet<>();
    private @Nullable String key;
    private int reported;

    Anchor(Supplier<EntryList> list) {
        this.list = list;
    }

    Optional<String> key() {
        return Optional.ofNullable(key);
    }

    int newAbove() {
        return unseen.size();
    }

    /** The person now sees {@code entryKey} at the top: what is at or below it counts as seen. */
    void moveTo(String entryKey) {
        key = entryKey;
        if (!unseen.isEmpty()) {
            // One pass over the list, not one search per unseen entry (hundreds after a burst).
            EntryList entries = list.get();
            int at = entries.indexOfKey(entryKey);
            Set<String> above = new HashSet<>();
            for (int i = 0; i < at; i++) {
                above.add(entries.get(i).key());
            }
            unseen.retainAll(above);
        }
        report();
    }

    int index() {
        return key == null ? -1 : list.get().indexOfKey(key);
    }

    void reset() {
        key = null;
        unseen.clear();
        report();
    }

    @Override
    public void inserted(int from, List<TimelineEntry> entries) {
        int at = index();
        if (at > from) {
            for (TimelineEntry entry : entries) {
                if (entry instanceof StatusEntry) {
                    unseen.add(entry.key());
                }
            }
            report();
        }
    }

    @Override
    public void removed(int from, List<TimelineEntry> entries) {
        boolean anchorGone = false;
        for (TimelineEntry entry : entries) {
            unseen.remove(entry.key());
            anchorGone |= entry.key().equals(key);
        }
        if (anchorGone) {
            EntryList entryList = list.get();
            key = entryList.size() == 0
                    ? null
                    : entryList.get(Math.min(from, entryList.size() - 1)).key();
        }
        report();
    }

    @Override
    public void replaced(TimelineEntry old, TimelineEntry now) {
        if (old.key().equals(now.key())) {
            return;
        }
        if (old.key().equals(key)) {
            key = now.key();
        }
        if (unseen.remove(old.key())) {
            unseen.add(now.key());
        }
    }

    private void report() {
        if (unseen.size() != reported) {
            reported = unseen.size();
            list.get().listener().newAboveAnchorChanged(reported);
        }
    }
}
