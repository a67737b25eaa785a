/** A post's thread: what it replies to above it, the replies below it, opened in place of a timeline. */
@NullMarked
package social.woolly.ui.thread;

import org.jspecify.annotations.NullMarked;
