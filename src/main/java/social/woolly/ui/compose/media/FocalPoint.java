package social.woolly.ui.compose.media;

import social.woolly.core.model.MediaMeta;

/**
 * Between a point on a shown picture (pixels from its top-left corner) and Mastodon's focal point:
 * x from -1 (left edge) to 1 (right edge), y from -1 (bottom edge) to 1 (top edge). The y axis
 * points up, unlike the screen's.
 *
 * @see <a href="https://docs.joinmastodon.org/api/guidelines/#focal-points">Focal points</a>
 */
public final class FocalPoint {
    private FocalPoint() {}

    /**
     * The focal point at pixel ({@code x}, {@code y}) of a picture shown {@code width} × {@code
     * height}; clamped to the picture, rounded to two decimals (as Mastodon's web UI sends it).
     */
    public static MediaMeta.Focus at(double x, double y, double width, double height) {
        if (width <= 0 || height <= 0) {
            return new MediaMeta.Focus(0, 0);
        }
        double fx = clamp(x / width * 2 - 1);
        double fy = clamp(1 - y / height * 2);
        return new MediaMeta.Focus(round(fx), round(fy));
    }

    /** The horizontal pixel of {@code focus} on a picture {@code width} wide. */
    public static double pixelX(MediaMeta.Focus focus, double width) {
        return (clamp(focus.x()) + 1) / 2 * width;
    }

    /** The vertical pixel (down from the top) of {@code focus} on a picture {@code height} high. */
    public static double pixelY(MediaMeta.Focus focus, double height) {
        return (1 - clamp(focus.y())) / 2 * height;
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }

    private static double round(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        // No "-0.0" on the wire.
        return rounded == 0 ? 0 : rounded;
    }
}
