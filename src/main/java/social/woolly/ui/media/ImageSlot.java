package social.woolly.ui.media;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.concurrent.Cancellable;

/**
 * One place on screen that shows a remote image, such as an avatar in a reused list cell: asking
 * for another URL cancels the load still running for the previous one, so a late image never lands
 * in a cell that shows another post by now. Use it on the FX thread.
 */
public final class ImageSlot {

    private final ImageLoader loader;
    private final Consumer<@Nullable Image> onImage;
    private final Runnable onFailed;
    private Cancellable inFlight = Cancellable.NONE;
    private @Nullable String url;
    private double width;
    private double height;
    // True from the start of a load until clear() or another URL: the request is in flight, shown
    // or failed, and asking again (every layout pass asks) must not restart it.
    private boolean requested;

    /**
     * @param onImage gets the image once loaded, or null when the slot is cleared or starts loading
     *     another one (show a placeholder then)
     * @param onFailed called when the image cannot be had (no URL, not http(s), fetch or decode failed)
     */
    public ImageSlot(ImageLoader loader, Consumer<@Nullable Image> onImage, Runnable onFailed) {
        this.loader = loader;
        this.onImage = onImage;
        this.onFailed = onFailed;
    }

    /**
     * Shows {@code url} decoded for a {@code width × height} box; a no-op if that is what it shows,
     * is loading or failed to load already.
     */
    public void load(@Nullable String url, double width, double height) {
        if (requested && Objects.equals(url, this.url) && width == this.width && height == this.height) {
            return;
        }
        inFlight.cancel();
        this.url = url;
        this.width = width;
        this.height = height;
        requested = true;
        onImage.accept(null);
        inFlight = loader.load(url, width, height, onImage::accept, onFailed);
    }

    /** Stops any load and shows nothing. */
    public void clear() {
        inFlight.cancel();
        inFlight = Cancellable.NONE;
        url = null;
        requested = false;
        onImage.accept(null);
    }
}
