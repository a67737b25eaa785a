package social.woolly.ui.home;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.AppStyles;

/**
 * Where the composer shows: on the right of the account's home, or, with the setting "Open the
 * composer in its own window", in a window of its own owned by the main window. The window keeps
 * its size between openings; closing it (Esc, or the window's close box) keeps the draft.
 */
final class ComposerPlacement {
    static final double WIDTH = 460;
    static final double HEIGHT = 420;

    private final BorderPane host;
    private final ObservableBooleanValue ownWindow;
    private final String title;
    private final Runnable closed;
    private final StackPane frame = new StackPane();
    private @Nullable Stage stage;
    private double width = WIDTH;
    private double height = HEIGHT;

    /** @param closed told when the person closes the window with its close box */
    ComposerPlacement(BorderPane host, ObservableBooleanValue ownWindow, String title, Runnable closed) {
        this.host = host;
        this.ownWindow = ownWindow;
        this.title = title;
        this.closed = closed;
    }

    boolean isShowing(Region view) {
        return host.getRight() == view || (stage != null && stage.isShowing());
    }

    void show(Region view) {
        if (ownWindow.get()) {
            if (host.getRight() == view) {
                host.setRight(null);
            }
            Stage window = stage();
            if (host.getScene() != null) {
                // The main window's text size (Settings) sits on its root's style.
                frame.setStyle(host.getScene().getRoot().getStyle());
            }
            frame.getChildren().setAll(view);
            window.show();
            window.toFront();
        } else {
            hideWindow();
            // A node lives in one scene at a time: take it back from the window's.
            frame.getChildren().clear();
            host.setRight(view);
        }
    }

    void hide() {
        host.setRight(null);
        hideWindow();
    }

    /** The composer's own window, once it has been opened (for tests). */
    @Nullable
    Stage window() {
        return stage;
    }

    private void hideWindow() {
        Stage window = stage;
        if (window != null && window.isShowing()) {
            width = window.getWidth();
            height = window.getHeight();
            window.hide();
        }
    }

    private Stage stage() {
        Stage window = stage;
        if (window == null) {
            window = new Stage();
            Window owner = host.getScene() == null ? null : host.getScene().getWindow();
            if (owner != null) {
                window.initOwner(owner);
            }
            frame.getStyleClass().add("composer-window");
            Scene scene = new Scene(frame, width, height);
            scene.getStylesheets().add(AppStyles.APP_CSS);
            window.setScene(scene);
            window.setTitle(title);
            window.getIcons().setAll(AppGlyph.windowIcons());
            window.setOnCloseRequest(e -> {
                e.consume();
                closed.run();
            });
            stage = window;
        }
        window.setWidth(width);
        window.setHeight(height);
        return window;
    }
}
