/**
 * How one status looks in a list: {@link social.woolly.ui.status.StatusItem} (a status with its
 * pre-parsed text and UI-only state), {@link social.woolly.ui.status.StatusCell} and the {@link
 * social.woolly.ui.status.StatusView} it reuses, and the interfaces through which a post's links and
 * buttons reach the rest of the app ({@link social.woolly.ui.status.LinkHandler}, {@link
 * social.woolly.ui.status.StatusActions}).
 */
@NullMarked
package social.woolly.ui.status;

import org.jspecify.annotations.NullMarked;
