/** The composer: writing a post or reply, with drafts that survive anything. */
@NullMarked
package social.woolly.ui.compose;

import org.jspecify.annotations.NullMarked;
