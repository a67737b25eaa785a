/**
 * Images without a toolkit: {@link social.woolly.core.media.Blurhash} placeholders decoded to ARGB
 * pixels, the on-disk {@link social.woolly.core.media.DiskImageCache}, and the {@link
 * social.woolly.core.media.ImageFetcher} contract through which the UI gets image bytes.
 */
@NullMarked
package social.woolly.core.media;

import org.jspecify.annotations.NullMarked;
