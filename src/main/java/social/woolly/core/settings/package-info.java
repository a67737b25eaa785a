/** The person's preferences and the window's remembered layout. */
@NullMarked
package social.woolly.core.settings;

import org.jspecify.annotations.NullMarked;
