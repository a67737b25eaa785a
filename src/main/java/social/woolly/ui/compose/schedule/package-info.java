/** Scheduling a post for later, and the list of posts scheduled on the server. */
@NullMarked
package social.woolly.ui.compose.schedule;

import org.jspecify.annotations.NullMarked;
