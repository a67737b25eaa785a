/** The language a post is written in. */
@NullMarked
package social.woolly.ui.compose.language;

import org.jspecify.annotations.NullMarked;
