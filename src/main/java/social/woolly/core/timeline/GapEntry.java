package social.woolly.core.timeline;

import org.jspecify.annotations.Nullable;
import social.woolly.core.api.PageCursor;

/**
 * Statuses known to be missing between the entries above and below ("Load missing posts"). Fill
 * it with {@link Timeline#fillGap(GapEntry, GapEdge)} from either edge.
 *
 * @param fromAbove the statuses just older than the newer side ({@code max_id}); {@code null} if
 *     it cannot be filled from there
 * @param fromBelow the statuses just newer than the older side ({@code min_id}); {@code null} if
 *     it cannot be filled from there
 */
public record GapEntry(
        String key,
        @Nullable PageCursor fromAbove,
        @Nullable PageCursor fromBelow) implements TimelineEntry {

    /** The cursor to fill from this edge, or {@code null}. */
    public @Nullable PageCursor cursor(GapEdge edge) {
        return edge == GapEdge.TOP ? fromAbove : fromBelow;
    }
}
