package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Technical facts about a {@link MediaAttachment}; every part may be absent.
 *
 * @param original the uploaded file's dimensions (and for video/audio, duration, frame rate,
 *     bitrate)
 * @param small the preview's dimensions
 * @param focus where to centre a cropped thumbnail
 * @param duration length in seconds, for video and audio
 */
public record MediaMeta(
        @Nullable Size original,
        @Nullable Size small,
        @Nullable Focus focus,
        @Nullable Double duration) {

    /**
     * Dimensions of one version of a file.
     *
     * @param size {@code "WIDTHxHEIGHT"}, as Mastodon sends it
     * @param aspect width over height
     */
    public record Size(
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable String size,
            @Nullable Double aspect,
            @Nullable Double duration,
            @Nullable String frameRate,
            @Nullable Long bitrate) {

        /** {@code aspect}, or width over height when only those were sent. */
        public @Nullable Double aspectRatio() {
            if (aspect != null) {
                return aspect;
            }
            return width != null && height != null && height > 0 ? width / (double) height : null;
        }
    }

    /**
     * A focal point: x from -1 (left) to 1 (right), y from -1 (bottom) to 1 (top).
     *
     * @see <a href="https://docs.joinmastodon.org/api/guidelines/#focal-points">Focal points</a>
     */
    public record Focus(double x, double y) {}
}
