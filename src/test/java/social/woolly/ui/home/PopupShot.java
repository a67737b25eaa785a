package social.woolly.ui.home;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A test stage with a popup (menu, list) drawn over it where it shows, saved as a PNG to look at. */
final class PopupShot {
    private PopupShot() {}

    static void save(Stage stage, Window popup, Path file) throws Exception {
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> {
                    BufferedImage main =
                            SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
                    BufferedImage over =
                            SwingFXUtils.fromFXImage(popup.getScene().getRoot().snapshot(null, null), null);
                    var g = main.createGraphics();
                    g.drawImage(
                            over,
                            (int) (popup.getX()
                                    - stage.getX()
                                    - stage.getScene().getX()),
                            (int) (popup.getY()
                                    - stage.getY()
                                    - stage.getScene().getY()),
                            null);
                    g.dispose();
                    return main;
                })
                .get(5, TimeUnit.SECONDS);
        ImageIO.write(image, "png", file.toFile());
    }
}
