package social.woolly.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * Woolly's mammoth, rendered from {@code icons/woolly.svg} (and {@code woolly-small.svg} for the
 * smallest sizes) into PNGs by {@code icons/render.sh}; these are the copies on the classpath.
 */
public final class AppGlyph {

    /** The sizes available as window icons, in pixels. */
    public static final List<Integer> WINDOW_ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private AppGlyph() {}

    /** One image per size in {@link #WINDOW_ICON_SIZES}, for {@code Stage.getIcons()}. */
    public static List<Image> windowIcons() {
        return WINDOW_ICON_SIZES.stream().map(AppGlyph::ofSize).toList();
    }

    /** The glyph at one of the {@link #WINDOW_ICON_SIZES}. */
    public static Image ofSize(int pixels) {
        if (!WINDOW_ICON_SIZES.contains(pixels)) {
            throw new IllegalArgumentException("no " + pixels + " px render; sizes: " + WINDOW_ICON_SIZES);
        }
        String path = "/social/woolly/ui/icons/woolly-" + pixels + ".png";
        try (InputStream in =
                Objects.requireNonNull(AppGlyph.class.getResourceAsStream(path), () -> "missing resource " + path)) {
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
