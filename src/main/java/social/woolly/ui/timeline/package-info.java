/** Timelines on screen: the list of posts, gaps, the new-posts pill, live updates. */
@NullMarked
package social.woolly.ui.timeline;

import org.jspecify.annotations.NullMarked;
