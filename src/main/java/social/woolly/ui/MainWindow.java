package social.woolly.ui;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import social.woolly.core.settings.WindowLayout;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.AppStyles;

/**
 * Woolly's main window: the stage's title, icons, size and stylesheet, and the screen it shows.
 * Navigation between screens replaces {@link #show(Parent)}'s content.
 */
public final class MainWindow {

    private static final double BASE_FONT_PX = 14;
    private static final double WIDTH = 960;
    private static final double HEIGHT = 680;

    private final Stage stage;
    private final BorderPane content = new BorderPane();
    private double normalX;
    private double normalY;
    private double normalWidth = WIDTH;
    private double normalHeight = HEIGHT;

    /** Sets up {@code stage} (not yet shown) as Woolly's main window. */
    public MainWindow(Stage stage, ResourceBundle text) {
        this.stage = stage;
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.setTitle(text.getString("app.title"));
        stage.getIcons().setAll(AppGlyph.windowIcons());
        stage.setMinWidth(480);
        stage.setMinHeight(520);
        trackNormalBounds();
    }

    /** Makes {@code screen} the window's content and shows the window if it is not showing yet. */
    public void show(Parent screen) {
        content.setCenter(screen);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    /** Puts the window where it was last time; a layout off every screen is ignored. */
    public void restore(WindowLayout layout) {
        boolean visible =
                javafx.stage.Screen.getScreensForRectangle(layout.x(), layout.y(), layout.width(), layout.height())
                        .stream()
                        .findAny()
                        .isPresent();
        stage.setWidth(layout.width());
        stage.setHeight(layout.height());
        if (visible) {
            stage.setX(layout.x());
            stage.setY(layout.y());
        }
        stage.setMaximized(layout.maximized());
    }

    /** Where the window is now (its size before maximizing, if maximized). */
    public WindowLayout layout(java.util.List<Double> dividers) {
        return new WindowLayout(normalX, normalY, normalWidth, normalHeight, stage.isMaximized(), dividers);
    }

    private void trackNormalBounds() {
        // While maximized the stage reports the screen's size: remember the size to go back to.
        stage.xProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                normalX = now.doubleValue();
            }
        });
        stage.yProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                normalY = now.doubleValue();
            }
        });
        stage.widthProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                normalWidth = now.doubleValue();
            }
        });
        stage.heightProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                normalHeight = now.doubleValue();
            }
        });
    }

    /** Scales every text in the window: AtlantaFX sizes text from the root's font size. */
    public static void scaleFonts(Scene scene, int percent) {
        scene.getRoot().setStyle("-fx-font-size: " + (BASE_FONT_PX * percent / 100.0) + "px;");
    }

    /** The window's stage, e.g. as the owner of dialogs. */
    public Stage stage() {
        return stage;
    }
}
