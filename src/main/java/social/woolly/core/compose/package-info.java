/**
 * Writing a status: the {@link social.woolly.core.compose.Draft} being written, counting its
 * characters as the server will ({@link social.woolly.core.compose.CharacterCounter}), checking
 * it against the server's limits ({@link social.woolly.core.compose.ComposeRules}) and sending
 * it ({@link social.woolly.core.compose.Publisher}). Toolkit-free; drafts are kept by {@code
 * core.store.DraftStore}.
 */
@NullMarked
package social.woolly.core.compose;

import org.jspecify.annotations.NullMarked;
