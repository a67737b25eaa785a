package social.woolly.ui;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.AppStyles;

/**
 * Woolly's main window: the stage's title, icons, size and stylesheet, and the screen it shows.
 * Navigation between screens replaces {@link #show(Parent)}'s content.
 */
public final class MainWindow {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 680;

    private final Stage stage;
    private final BorderPane content = new BorderPane();

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
    }

    /** Makes {@code screen} the window's content and shows the window if it is not showing yet. */
    public void show(Parent screen) {
        content.setCenter(screen);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    /** The window's stage, e.g. as the owner of dialogs. */
    public Stage stage() {
        return stage;
    }
}
