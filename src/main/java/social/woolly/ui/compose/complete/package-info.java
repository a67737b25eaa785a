/**
 * Autocomplete in the composer ({@code @} accounts, {@code #} hashtags, {@code :} custom emoji)
 * and the emoji picker: view-models that ask the server and the bundled emoji list, and the popups
 * that show them under the caret or above the picker's button.
 */
@NullMarked
package social.woolly.ui.compose.complete;

import org.jspecify.annotations.NullMarked;
