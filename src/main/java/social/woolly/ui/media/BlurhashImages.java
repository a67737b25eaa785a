package social.woolly.ui.media;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jspecify.annotations.Nullable;
import social.woolly.core.media.Blurhash;

/** Turns pixels decoded by {@link Blurhash} into a small JavaFX image, to be scaled up on screen. */
public final class BlurhashImages {

    private BlurhashImages() {}

    /**
     * A {@link Blurhash#DEFAULT_SIZE}-square image of {@code pixels}, or null when there are none
     * (the hash was missing or malformed). Cheap enough for the FX thread: the decoding is done.
     */
    public static @Nullable Image of(int[] pixels) {
        int side = Blurhash.DEFAULT_SIZE;
        if (pixels.length != side * side) {
            return null;
        }
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
        return image;
    }
}
