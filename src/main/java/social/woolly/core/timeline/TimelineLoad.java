package social.woolly.core.timeline;

import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * A fetch a {@link Timeline} asked for: run {@link #call()} off the UI thread, then hand its pages
 * back with {@link Timeline#apply(TimelineLoad, List)} on the timeline's thread. A load whose
 * target went away meanwhile (the gap was filled, the timeline restored) is ignored then.
 */
public final class TimelineLoad {

    /** What the load is for. */
    public enum Kind {
        /** The newest statuses, down to where they meet the ones shown (or a gap). */
        REFRESH,
        /** The next page below the last entry. */
        OLDER,
        /** A gap, from its top edge. */
        FILL_TOP,
        /** A gap, from its bottom edge. */
        FILL_BOTTOM
    }

    private final Kind kind;
    private final long generation;
    private final @Nullable String targetKey;
    private final @Nullable PageCursor cursor;
    private final ApiCall<List<Page<Status>>> call;

    TimelineLoad(
            Kind kind,
            long generation,
            @Nullable String targetKey,
            @Nullable PageCursor cursor,
            ApiCall<List<Page<Status>>> call) {
        this.kind = kind;
        this.generation = generation;
        this.targetKey = targetKey;
        this.cursor = cursor;
        this.call = call;
    }

    public Kind kind() {
        return kind;
    }

    /** The blocking fetch: one page, or for a refresh up to a few, newest first. */
    public ApiCall<List<Page<Status>>> call() {
        return call;
    }

    long generation() {
        return generation;
    }

    /** The gap to fill, or the entry that was on top when a refresh was asked for. */
    @Nullable
    String targetKey() {
        return targetKey;
    }

    /** The cursor of an older load, to tell whether another one got there first. */
    @Nullable
    PageCursor cursor() {
        return cursor;
    }

    @Override
    public String toString() {
        return "TimelineLoad[" + kind + "]";
    }
}
