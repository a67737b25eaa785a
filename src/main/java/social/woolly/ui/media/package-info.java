/**
 * Images on screen: the shared {@link social.woolly.ui.media.ImageLoader} (memory cache with a byte
 * budget, decoding off the FX thread at display size), blurhash placeholders and image nodes that
 * crop to fill their box.
 */
@NullMarked
package social.woolly.ui.media;

import org.jspecify.annotations.NullMarked;
