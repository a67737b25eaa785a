/** One account's workspace: the navigation column and its timelines, live. */
@NullMarked
package social.woolly.ui.home;

import org.jspecify.annotations.NullMarked;
