package social.woolly.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.model.Status;
import social.woolly.core.timeline.GapEdge;
import social.woolly.core.timeline.GapEntry;
import social.woolly.core.timeline.ReadPosition;
import social.woolly.core.timeline.StatusEntry;
import social.woolly.core.timeline.Timeline;
import social.woolly.core.timeline.TimelineEntry;
import social.woolly.core.timeline.TimelineListener;
import social.woolly.core.timeline.TimelineLoad;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;

/**
 * One timeline on screen: mirrors a {@link Timeline}'s entries as rows, runs its loads through the
 * {@link BackgroundRunner} (parsing each post's HTML there too, never on the FX thread), applies
 * streamed posts, and counts new posts above the reading position. FX thread only.
 */
public final class TimelineViewModel {

    /** What the list is doing. */
    public enum Phase {
        /** Nothing shown yet; the first page is on its way. */
        LOADING,
        /** Showing posts (possibly none). */
        IDLE,
        /** The first load failed; {@link #errorProperty()} says why. */
        FAILED
    }

    private final ReadOnlyLongWrapper streamedCount = new ReadOnlyLongWrapper(this, "streamedCount", 0);
    private final Timeline timeline;
    private final BackgroundRunner runner;
    private final StatusItemFactory items;
    private final ErrorMessages errors;
    private final Consumer<ApiException> onUnauthorized;
    private final BatchedList<TimelineRow> rows = new BatchedList<>();
    private final ObservableList<TimelineRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyIntegerWrapper newPosts = new ReadOnlyIntegerWrapper(this, "newPosts", 0);
    private boolean countingNewPosts;
    // Items built in the background for statuses about to be applied, by status id.
    private final Map<String, StatusItem> prepared = new ConcurrentHashMap<>();
    private final List<Cancellable> jobs = new ArrayList<>();
    private final ReadOnlyStringWrapper jumpTo = new ReadOnlyStringWrapper(this, "jumpTo", "");
    private @Nullable ReadMarker readMarker;
    private boolean loadingOlder;
    private boolean refreshing;

    public TimelineViewModel(
            Timeline timeline,
            BackgroundRunner runner,
            StatusItemFactory items,
            ErrorMessages errors,
            Consumer<ApiException> onUnauthorized) {
        this.timeline = timeline;
        this.runner = runner;
        this.items = items;
        this.errors = errors;
        this.onUnauthorized = onUnauthorized;
        timeline.setListener(new Mirror());
    }

    /** Shows cached posts at once (instant start), then fetches what is new. */
    public void open(Page<Status> cached) {
        if (!cached.items().isEmpty()) {
            prepare(List.of(cached));
            timeline.restore(cached);
            rows.setAll(timeline.entries().stream().map(this::rowOf).toList());
            phase.set(Phase.IDLE);
        }
        refresh();
    }

    /** F5 / ".": fetches the newest posts; a gap appears if more is missing than a refresh closes. */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        run(timeline.refresh(), () -> refreshing = false);
    }

    /** Near the bottom: fetches older posts, once at a time. */
    public void loadOlder() {
        if (loadingOlder || phase.get() != Phase.IDLE) {
            return;
        }
        timeline.loadOlder().ifPresent(load -> {
            loadingOlder = true;
            run(load, () -> loadingOlder = false);
        });
    }

    /** "Load missing posts": fills the gap from the newer side, or the older one if that is all it has. */
    public void fillGap(TimelineRow.Gap row) {
        if (row.loading()) {
            return;
        }
        GapEdge edge = row.gap().fromAbove() != null ? GapEdge.TOP : GapEdge.BOTTOM;
        timeline.fillGap(row.gap(), edge).ifPresent(load -> {
            int index = rows.indexOf(row);
            if (index >= 0) {
                rows.set(index, new TimelineRow.Gap(row.key(), row.gap(), true));
            }
            run(load, () -> {
                int at = indexOfKey(row.key());
                if (at >= 0 && rows.get(at) instanceof TimelineRow.Gap gap && gap.loading()) {
                    rows.set(at, new TimelineRow.Gap(gap.key(), gap.gap(), false));
                }
            });
        });
    }

    /** Posts that arrived by streaming, their items already built off the FX thread. */
    public void streamed(List<StatusItem> arrived) {
        streamedCount.set(streamedCount.get() + arrived.size());
        // The "N new posts" count changes with each post; its listeners hear the total once.
        countingNewPosts = true;
        try {
            rows.batch(() -> {
                for (StatusItem item : arrived) {
                    prepared.put(item.status().id(), item);
                    timeline.onStreamedUpdate(item.status());
                }
            });
        } finally {
            countingNewPosts = false;
            prepared.clear();
        }
        newPosts.set(timeline.newAboveAnchor());
    }

    public void streamedEdit(StatusItem edited) {
        prepared.put(edited.status().id(), edited);
        timeline.onStreamedEdit(edited.status());
        prepared.clear();
    }

    public void streamedDelete(String statusId) {
        timeline.onStreamedDelete(statusId);
    }

    /** The stream was down: catch up over REST (this may leave a gap). */
    public void resumedAfterGap() {
        run(timeline.onResumedAfterGap(), () -> {});
    }

    /** The row now at the top of the viewport: what is at or below it counts as read. */
    public void setAnchor(String key) {
        timeline.setAnchor(key);
        newPosts.set(timeline.newAboveAnchor());
        reportRead(key);
    }

    /**
     * Keeps the server's read marker (home): jumps to it once it is loaded, and reports newer
     * positions as the person reads. A server without markers turns this off quietly.
     */
    public void trackReadPosition(ReadPosition position) {
        ReadMarker marker = new ReadMarker(position, runner);
        readMarker = marker;
        marker.fetch(this::tryJump);
    }

    /** Saves the read position if its debounce time has come; the caller calls it every few seconds. */
    public void saveReadPositionIfDue() {
        if (readMarker != null) {
            readMarker.saveIfDue();
        }
    }

    private void reportRead(String key) {
        ReadMarker marker = readMarker;
        int at = indexOfKey(key);
        if (marker != null && at >= 0 && rows.get(at) instanceof TimelineRow.Post post) {
            marker.read(key, post.item().status().id(), this::indexOfKey);
        }
    }

    private void tryJump() {
        ReadMarker marker = readMarker;
        if (marker != null) {
            marker.jumpIfLoaded(this::indexOfKey).ifPresent(jumpTo::set);
        }
    }

    /** A row the view should scroll to (the restored read position), or empty. */
    public ReadOnlyStringProperty jumpToProperty() {
        return jumpTo.getReadOnlyProperty();
    }

    /** The newest posts and their cursors, for the cache. */
    public Page<Status> newestPage(int max) {
        return timeline.newestPage(max);
    }

    public String sourceKey() {
        return timeline.source().key();
    }

    /** Stops every load; nothing arrives after this, except a last save of the read position. */
    public void dispose() {
        if (readMarker != null) {
            readMarker.saveNow();
        }
        List.copyOf(jobs).forEach(Cancellable::cancel);
        jobs.clear();
    }

    private void run(TimelineLoad load, Runnable always) {
        ApiCall<List<Page<Status>>> call = load.call();
        Cancellable[] work = new Cancellable[1];
        // Cancelling stops the HTTP call at once and makes sure no callback runs afterwards.
        Cancellable handle = () -> {
            call.cancel();
            if (work[0] != null) {
                work[0].cancel();
            }
        };
        jobs.add(handle);
        work[0] = runner.runBlocking(
                () -> {
                    List<Page<Status>> pages = call.execute();
                    prepare(pages);
                    return pages;
                },
                pages -> {
                    jobs.remove(handle);
                    always.run();
                    rows.batch(() -> timeline.apply(load, pages));
                    prepared.clear();
                    tryJump();
                    error.set("");
                    phase.set(Phase.IDLE);
                },
                failure -> {
                    jobs.remove(handle);
                    always.run();
                    fail(failure);
                });
    }

    private void fail(Exception failure) {
        if (!(failure instanceof ApiException api)) {
            error.set(failure.toString());
            return;
        }
        if (api instanceof ApiException.Unauthorized) {
            onUnauthorized.accept(api);
        }
        String message = errors.describe(api);
        if (phase.get() == Phase.LOADING) {
            error.set(message);
            phase.set(Phase.FAILED);
        } else {
            // Posts are on screen: keep them, say what failed in a quiet line above them.
            notice.set(message);
        }
    }

    /** Parses every status of the pages into items; runs on a background thread. */
    private void prepare(List<Page<Status>> pages) {
        for (Page<Status> page : pages) {
            for (Status status : page.items()) {
                prepared.computeIfAbsent(status.id(), id -> items.create(status));
            }
        }
    }

    private TimelineRow rowOf(TimelineEntry entry) {
        return switch (entry) {
            case StatusEntry post -> new TimelineRow.Post(post.key(), itemOf(post.status()));
            case GapEntry gap -> new TimelineRow.Gap(gap.key(), gap, false);
        };
    }

    private StatusItem itemOf(Status status) {
        StatusItem ready = prepared.get(status.id());
        // Rare (an edit or refresh of a shown post): parse here rather than show nothing.
        return ready != null && ready.status() == status ? ready : items.create(status);
    }

    /** Where the row with this key is, or -1. */
    int indexOfKey(String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps {@link #rows} equal to the timeline's entries, edit by edit. */
    private final class Mirror implements TimelineListener {
        @Override
        public void inserted(int from, List<TimelineEntry> entries) {
            rows.addAll(
                    from, entries.stream().map(TimelineViewModel.this::rowOf).toList());
        }

        @Override
        public void removed(int from, int count) {
            rows.remove(from, from + count);
        }

        @Override
        public void replaced(int index, TimelineEntry entry) {
            TimelineRow previous = rows.get(index);
            TimelineRow next = rowOf(entry);
            if (previous instanceof TimelineRow.Post old && next instanceof TimelineRow.Post fresh) {
                fresh.item().copyStateFrom(old.item());
            }
            rows.set(index, next);
        }

        @Override
        public void newAboveAnchorChanged(int count) {
            if (!countingNewPosts) {
                newPosts.set(count);
            }
        }
    }

    public ObservableList<TimelineRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A quiet message above posts already shown (a refresh failed), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows {@code message} in the quiet line above the posts (e.g. "live updates unavailable"). */
    public void inform(String message) {
        notice.set(message);
    }

    public void dismissNotice() {
        notice.set("");
    }

    /**
     * How many posts have arrived by streaming, including those the timeline dropped at once to
     * stay within its cap (diagnostics; the soak benchmark counts intake with it).
     */
    public ReadOnlyLongProperty streamedCountProperty() {
        return streamedCount.getReadOnlyProperty();
    }

    /** "N new posts" above the reading position. */
    public ReadOnlyIntegerProperty newPostsProperty() {
        return newPosts.getReadOnlyProperty();
    }
}
