package social.woolly.ui.compose.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import social.woolly.core.compose.DraftMedia;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * Decodes local pictures for the composer, off the FX thread and no larger than they are shown
 * (a 4000 px photo for a 72 px tile is decoded at about twice the tile, for sharp HiDPI screens).
 */
final class Thumbnails {
    // Decode at twice the layout size, so HiDPI screens show it sharp.
    private static final double SHARPNESS = 2;

    private final BackgroundRunner runner;

    Thumbnails(BackgroundRunner runner) {
        this.runner = runner;
    }

    /**
     * Loads {@code media}'s picture to fit {@code width × height}, delivering it on the FX thread;
     * does nothing for media without a local picture (video, audio, files on the server), or for a
     * file that cannot be read (the tile keeps its icon).
     */
    Cancellable load(DraftMedia media, double width, double height, Consumer<Image> onImage) {
        Path file = media.file();
        if (file == null || media.kind() != DraftMedia.Kind.IMAGE) {
            return Cancellable.NONE;
        }
        return runner.runBlocking(() -> decode(file, width * SHARPNESS, height * SHARPNESS), onImage, failed -> {});
    }

    private static Image decode(Path file, double width, double height) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in, width, height, true, true);
            if (image.isError()) {
                throw new IOException("cannot decode " + file.getFileName(), image.getException());
            }
            return image;
        }
    }
}
