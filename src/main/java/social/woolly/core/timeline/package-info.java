/**
 * Timelines as the person sees them: a {@link social.woolly.core.timeline.TimelineSource} to page
 * through, and a {@link social.woolly.core.timeline.Timeline} of statuses and gaps.
 *
 * <p>How it keeps order without comparing ids: every fetch is aimed at a place in the list (above
 * the top, below the bottom, at a gap's edge) and its page is merged there in the server's order.
 * A page that contains a status already shown (same id or uri) has met the list, so what lies
 * between is closed; a refresh that walks its pages down from the newest without meeting the list
 * leaves a {@link social.woolly.core.timeline.GapEntry} with the cursors to fill it from either
 * side. Cursors come from the server's pages ({@code Link} headers, or status ids where those are
 * cursors), never from ordering ids.
 *
 * <p>The model blocks on nothing: it hands out {@link social.woolly.core.timeline.TimelineLoad}s,
 * the caller runs them off the UI thread and hands the pages back.
 */
@NullMarked
package social.woolly.core.timeline;

import org.jspecify.annotations.NullMarked;
