/**
 * The composer's attachments: adding files (button, drag and drop, paste), checking them against
 * the server's rules at once, thumbnails with upload steps, alt text and focal points.
 */
@NullMarked
package social.woolly.ui.compose.media;

import org.jspecify.annotations.NullMarked;
