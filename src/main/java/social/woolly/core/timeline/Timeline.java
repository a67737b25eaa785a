package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * One timeline as the person sees it: statuses, newest first, with gaps where statuses are known
 * to be missing. It merges pages, streamed events and the cache without ever showing a status
 * twice (same id or same uri) and without ordering by id: order comes from the server's pages and
 * from where each page attaches.
 *
 * <p><b>Threading:</b> not thread-safe and never blocks. One thread (the UI's) drives it: it asks
 * for a {@link TimelineLoad}, runs its {@link TimelineLoad#call() call} elsewhere, and hands the
 * result back with {@link #apply}. Every change is reported, on that thread, to the {@link
 * TimelineListener} as list edits.
 *
 * <p><b>Memory:</b> at most {@code maxStatuses} statuses are kept; past that, entries far from the
 * {@linkplain #setAnchor anchor} are dropped, and a cursor (the older load, or a gap on top) is
 * left so that part loads again.
 */
public final class Timeline {
    /** How many statuses a timeline keeps by default. */
    public static final int DEFAULT_MAX_STATUSES = 600;

    /** How many pages a refresh fetches at most before it leaves a gap. */
    public static final int DEFAULT_REFRESH_PAGES = 5;

    private final TimelineState state;
    private final EntryList list;
    private final Merger merger;
    private final Eviction eviction;
    private final int refreshPages;

    public Timeline(TimelineSource source) {
        this(source, DEFAULT_MAX_STATUSES, DEFAULT_REFRESH_PAGES);
    }

    /**
     * @param maxStatuses statuses kept in memory; at least two pages' worth is sensible
     * @param refreshPages pages a refresh may fetch to catch up before it leaves a gap
     */
    public Timeline(TimelineSource source, int maxStatuses, int refreshPages) {
        if (maxStatuses < 1 || refreshPages < 1) {
            throw new IllegalArgumentException("maxStatuses and refreshPages must be positive");
        }
        this.state = new TimelineState(source);
        this.list = state.list;
        this.merger = new Merger(state);
        this.eviction = new Eviction(state, maxStatuses);
        this.refreshPages = refreshPages;
    }

    public TimelineSource source() {
        return state.source;
    }

    public void setListener(TimelineListener listener) {
        list.setListener(listener);
    }

    /** The entries, newest first: a live, read-only view. */
    public List<TimelineEntry> entries() {
        return list.view();
    }

    /** Where the status with this id is shown (for a reblog, the reblog's own id), or -1. */
    public int indexOfStatus(String statusId) {
        return list.indexOfKey(StatusEntry.keyOf(statusId));
    }

    /**
     * Fetches the newest statuses: a first page when nothing is shown, else pages down from the
     * newest until they meet what is shown (at most {@code refreshPages}; then a gap marks what is
     * still missing). Meeting a known status, not counting or comparing ids, proves the join.
     */
    public TimelineLoad refresh() {
        int pages = list.statusCount() == 0 ? 1 : refreshPages;
        String top = list.size() == 0 ? null : list.get(0).key();
        return load(
                TimelineLoad.Kind.REFRESH,
                top,
                null,
                PageWalk.of(state.source, PageCursor.newest(), true, pages, list.knownIdsAndUris()));
    }

    /** Whether there is more below the last entry. */
    public boolean hasOlder() {
        return state.olderCursor != null;
    }

    /** The next page below the last entry; empty at the end of the timeline. */
    public Optional<TimelineLoad> loadOlder() {
        PageCursor cursor = state.olderCursor;
        if (cursor == null) {
            return Optional.empty();
        }
        return Optional.of(load(TimelineLoad.Kind.OLDER, null, cursor, walk(cursor, true)));
    }

    /**
     * One page into a gap from one edge (the gap as it is now, if {@code gap} is an older copy);
     * empty if it is gone or cannot be filled from there.
     */
    public Optional<TimelineLoad> fillGap(GapEntry gap, GapEdge edge) {
        int at = list.indexOfKey(gap.key());
        PageCursor cursor = at >= 0 && list.get(at) instanceof GapEntry current ? current.cursor(edge) : null;
        if (cursor == null) {
            return Optional.empty();
        }
        boolean top = edge == GapEdge.TOP;
        var kind = top ? TimelineLoad.Kind.FILL_TOP : TimelineLoad.Kind.FILL_BOTTOM;
        return Optional.of(load(kind, gap.key(), cursor, walk(cursor, top)));
    }

    /**
     * Applies what a load fetched.
     *
     * @return {@code false} if the load no longer fits (its gap is gone, another older load came
     *     first, the timeline was restored) and was ignored
     */
    public boolean apply(TimelineLoad load, List<Page<Status>> pages) {
        if (load.generation() != state.generation || pages.isEmpty()) {
            return false;
        }
        boolean applied = switch (load.kind()) {
            case REFRESH -> {
                merger.refresh(load.targetKey(), pages);
                yield true;
            }
            case OLDER -> applyOlder(load, pages);
            case FILL_TOP, FILL_BOTTOM -> applyFill(load, pages);
        };
        if (applied) {
            pages.forEach(page -> state.cursors.remember(page, list));
            state.normalizeGaps();
            eviction.enforce();
        }
        return applied;
    }

    private boolean applyOlder(TimelineLoad load, List<Page<Status>> pages) {
        if (!Objects.equals(load.cursor(), state.olderCursor)) {
            return false;
        }
        merger.older(pages);
        return true;
    }

    private boolean applyFill(TimelineLoad load, List<Page<Status>> pages) {
        int at = load.targetKey() == null ? -1 : list.indexOfKey(load.targetKey());
        if (at < 0
                || !(list.get(at) instanceof GapEntry gap)
                || !Objects.equals(gap.cursor(edgeOf(load)), load.cursor())) {
            return false;
        }
        if (load.kind() == TimelineLoad.Kind.FILL_TOP) {
            merger.fillTop(gap, pages);
        } else {
            merger.fillBottom(gap, pages);
        }
        return true;
    }

    private static GapEdge edgeOf(TimelineLoad load) {
        return load.kind() == TimelineLoad.Kind.FILL_TOP ? GapEdge.TOP : GapEdge.BOTTOM;
    }

    /** A status the streaming API delivered: on top, or refreshed in place if already shown. */
    public void onStreamedUpdate(Status status) {
        if (Statuses.isHidden(status)) {
            return;
        }
        int at = list.indexOfStatus(status);
        if (at >= 0) {
            merger.refreshAt(at, status);
            return;
        }
        list.insert(0, List.of(new StatusEntry(status)));
        eviction.enforce();
    }

    /** A status was edited (or changed): replaced where shown, on its own or inside reblogs. */
    public void onStreamedEdit(Status status) {
        InPlaceChanges.edit(list, status);
        state.normalizeGaps();
    }

    /** A status was deleted: removed, and every reblog of it. */
    public void onStreamedDelete(String statusId) {
        InPlaceChanges.delete(list, statusId);
        state.normalizeGaps();
    }

    /** The stream was down for a while: catch up (this may leave a gap). Run the returned load. */
    public TimelineLoad onResumedAfterGap() {
        return refresh();
    }

    /** The entry now at the top of the viewport; what is at or below it counts as seen. */
    public void setAnchor(String entryKey) {
        state.anchor.moveTo(entryKey);
    }

    public Optional<String> anchor() {
        return state.anchor.key();
    }

    /** How many statuses came in above the anchor and have not been seen ("N new posts"). */
    public int newAboveAnchor() {
        return state.anchor.newAbove();
    }

    /**
     * Replaces everything with a cached page (instant start); a {@link #refresh()} then joins it
     * to the newest statuses. Loads asked for before are ignored when applied.
     */
    public void restore(Page<Status> cached) {
        state.generation++;
        list.clear();
        state.anchor.reset();
        merger.insertInOrder(TimelineState.shown(List.of(cached)), 0);
        state.olderCursor = cached.items().isEmpty() ? null : cached.older();
        state.cursors.remember(cached, list);
    }

    /**
     * The newest statuses down to the first gap, at most {@code max}, with their cursors: what to
     * cache. Cut where a cursor to continue is known; empty if the top is a gap.
     */
    public Page<Status> newestPage(int max) {
        List<Status> run = new ArrayList<>();
        for (int i = 0; i < list.size() && run.size() < max && list.get(i) instanceof StatusEntry(Status s); i++) {
            run.add(s);
        }
        if (run.size() == list.size()) {
            return cachePage(run, state.olderCursor);
        }
        while (!run.isEmpty() && olderAfter(run.getLast()) == null) {
            run.removeLast();
        }
        return run.isEmpty() ? new Page<>(List.of(), null, null) : cachePage(run, olderAfter(run.getLast()));
    }

    private Page<Status> cachePage(List<Status> run, @Nullable PageCursor older) {
        PageCursor newer = run.isEmpty() ? null : state.cursors.newerBefore(new StatusEntry(run.getFirst()));
        return new Page<>(run, older, newer);
    }

    private @Nullable PageCursor olderAfter(Status status) {
        return state.cursors.olderAfter(new StatusEntry(status));
    }

    private ApiCall<List<Page<Status>>> walk(PageCursor cursor, boolean towardsOlder) {
        return PageWalk.of(state.source, cursor, towardsOlder, 1, list.knownIdsAndUris());
    }

    private TimelineLoad load(
            TimelineLoad.Kind kind,
            @Nullable String target,
            @Nullable PageCursor cursor,
            ApiCall<List<Page<Status>>> walk) {
        return new TimelineLoad(kind, state.generation, target, cursor, walk);
    }
}
