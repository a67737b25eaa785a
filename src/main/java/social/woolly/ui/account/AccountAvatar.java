package social.woolly.ui.account;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.Icons;

/** An account's picture with rounded corners, its initial until it loads, and a signed-out flag. */
public final class AccountAvatar {
    private AccountAvatar() {}

    /** The avatar of {@code item}, {@code size} pixels square. */
    public static Node of(AccountItem item, double size) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("account-avatar");
        frame.setMinSize(size, size);
        frame.setPrefSize(size, size);
        frame.setMaxSize(size, size);
        Label initial = new Label(initialOf(item.displayName()));
        initial.getStyleClass().add("account-avatar-initial");
        frame.getChildren().add(initial);
        Image image = load(item.avatarUrl(), size);
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(false);
            Rectangle clip = new Rectangle(size, size);
            clip.setArcWidth(size * 0.3);
            clip.setArcHeight(size * 0.3);
            view.setClip(clip);
            // The initial shows until the picture has loaded, and stays if it fails.
            view.visibleProperty()
                    .bind(image.progressProperty()
                            .greaterThanOrEqualTo(1.0)
                            .and(image.errorProperty().not()));
            frame.getChildren().add(view);
        }
        if (item.signedOut()) {
            Node flag = Icons.signedOut();
            flag.getStyleClass().add("account-signed-out-flag");
            StackPane.setAlignment(flag, Pos.BOTTOM_RIGHT);
            frame.getChildren().add(flag);
        }
        return frame;
    }

    private static @Nullable Image load(@Nullable String url, double size) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return null;
        }
        // Background loading: decoding happens off the FX thread, at the size shown.
        return new Image(url, size * 2, size * 2, true, true, true);
    }

    private static String initialOf(String name) {
        String trimmed = name.strip();
        return trimmed.isEmpty()
                ? "?"
                : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
    }
}
