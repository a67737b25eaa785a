/** The composer's poll: choices, duration and options, within the server's poll limits. */
@NullMarked
package social.woolly.ui.compose.poll;

import org.jspecify.annotations.NullMarked;
