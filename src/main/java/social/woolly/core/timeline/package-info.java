/**
 * Timelines as the UI shows them: a {@link social.woolly.core.timeline.TimelineSource} to page
 * through, and a {@link social.woolly.core.timeline.Timeline} of statuses and gaps that merges
 * pages, streamed events and the cache without duplicates, never ordering by id.
 */
@NullMarked
package social.woolly.core.timeline;

import org.jspecify.annotations.NullMarked;
