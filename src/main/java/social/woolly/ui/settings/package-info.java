/** The Settings window (Ctrl+,): appearance, accounts. */
@NullMarked
package social.woolly.ui.settings;

import org.jspecify.annotations.NullMarked;
