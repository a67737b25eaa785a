package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Status;

/**
 * The entries of a {@link Timeline} and the one place that changes them, so every change reaches
 * the listener and the anchor as a list edit. Statuses are indexed by id and uri, so asking whether a
 * streamed post is already here (for every post that arrives) costs no scan; positions are found by
 * identity over a few hundred entries.
 */
final class EntryList {

    /** Told of each edit after it happened, before the listener. */
    interface Observer {
        void inserted(int from, List<TimelineEntry> entries);

        void removed(int from, List<TimelineEntry> entries);

        void replaced(TimelineEntry old, TimelineEntry now);
    }

    private static final TimelineListener SILENT = new TimelineListener() {
        @Override
        public void inserted(int from, List<TimelineEntry> entries) {}

        @Override
        public void removed(int from, int count) {}

        @Override
        public void replaced(int index, TimelineEntry entry) {}
    };

    private final List<TimelineEntry> entries = new ArrayList<>();
    // Status id and uriKey -> its entry.
    private final Map<String, StatusEntry> byIdOrUri = new HashMap<>();
    private final List<TimelineEntry> view = Collections.unmodifiableList(entries);
    private final List<Observer> observers = new ArrayList<>();
    private TimelineListener listener = SILENT;
    private int statusCount;

    void addObserver(Observer observer) {
        observers.add(observer);
    }

    void setListener(TimelineListener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    TimelineListener listener() {
        return listener;
    }

    List<TimelineEntry> view() {
        return view;
    }

    int size() {
        return entries.size();
    }

    int statusCount() {
        return statusCount;
    }

    TimelineEntry get(int index) {
        return entries.get(index);
    }

    int indexOfKey(String key) {
        // Called on every scroll step and for every streamed post: status keys through the index.
        if (key.startsWith(StatusEntry.PREFIX)) {
            String id = key.substring(StatusEntry.PREFIX.length());
            StatusEntry entry = byIdOrUri.get(id);
            return entry == null || !entry.status().id().equals(id) ? -1 : positionOf(entry);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Where this status (by id, or by uri when a server changed the id) already is, or -1. */
    int indexOfStatus(Status status) {
        StatusEntry entry = byIdOrUri.get(status.id());
        if (entry == null) {
            String uri = uriKey(status);
            entry = uri == null ? null : byIdOrUri.get(uri);
        }
        return entry == null ? -1 : positionOf(entry);
    }

    private int positionOf(TimelineEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
    }

    private void index(List<TimelineEntry> list, boolean add) {
        for (TimelineEntry entry : list) {
            if (entry instanceof StatusEntry statusEntry) {
                Status status = statusEntry.status();
                String uri = uriKey(status);
                if (add) {
                    byIdOrUri.put(status.id(), statusEntry);
                    if (uri != null) {
                        byIdOrUri.putIfAbsent(uri, statusEntry);
                    }
                } else {
                    byIdOrUri.remove(status.id(), statusEntry);
                    if (uri != null) {
                        byIdOrUri.remove(uri, statusEntry);
                    }
                }
            }
        }
    }

    /**
     * Same status: same id, or same uri (some servers give a post a new id). A reblog is only ever
     * the same as a reblog, for servers that give the wrapper the reblogged status's uri.
     */
    static boolean isSame(Status a, Status b) {
        String uri = uriKey(a);
        return a.id().equals(b.id()) || (uri != null && uri.equals(uriKey(b)));
    }

    /** The uri a status is recognised by, marked for reblogs; {@code null} if it has none. */
    static @Nullable String uriKey(Status status) {
        if (status.uri() == null) {
            return null;
        }
        return status.reblog() == null ? status.uri() : "reblog " + status.uri();
    }

    /** The ids and uris of every status shown, for a fetch to recognise where it meets them. */
    Set<String> knownIdsAndUris() {
        Set<String> known = new HashSet<>();
        for (TimelineEntry entry : entries) {
            if (entry instanceof StatusEntry(Status status)) {
                known.add(status.id());
                String uri = uriKey(status);
                if (uri != null) {
                    known.add(uri);
                }
            }
        }
        return known;
    }

    void insert(int from, List<TimelineEntry> added) {
        if (added.isEmpty()) {
            return;
        }
        List<TimelineEntry> copy = List.copyOf(added);
        entries.addAll(from, copy);
        index(copy, true);
        statusCount += statuses(copy);
        observers.forEach(o -> o.inserted(from, copy));
        listener.inserted(from, copy);
    }

    void remove(int from, int count) {
        if (count <= 0) {
            return;
        }
        List<TimelineEntry> range = entries.subList(from, from + count);
        List<TimelineEntry> gone = List.copyOf(range);
        range.clear();
        index(gone, false);
        statusCount -= statuses(gone);
        observers.forEach(o -> o.removed(from, gone));
        listener.removed(from, count);
    }

    void replace(int index, TimelineEntry entry) {
        TimelineEntry old = entries.set(index, entry);
        index(List.of(old), false);
        index(List.of(entry), true);
        statusCount += statuses(List.of(entry)) - statuses(List.of(old));
        observers.forEach(o -> o.replaced(old, entry));
        listener.replaced(index, entry);
    }

    void clear() {
        remove(0, entries.size());
    }

    private static int statuses(List<TimelineEntry> list) {
        int n = 0;
        for (TimelineEntry entry : list) {
            if (entry instanceof StatusEntry) {
                n++;
            }
        }
        return n;
    }
}
