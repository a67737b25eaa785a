package social.woolly.ui.status;

import java.util.Locale;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Account;
import social.woolly.ui.media.CoverImage;
import social.woolly.ui.media.ImageSlot;

/**
 * An account's picture with rounded corners. Until it loads, or when it is missing or broken, the
 * first letter of the name shows on a quiet square instead.
 */
final class Avatar extends StackPane {

    private final double size;
    private final Label initial = new Label();
    private final CoverImage picture = new CoverImage();
    private final ImageSlot slot;

    Avatar(StatusViewContext context, double size) {
        this.size = size;
        getStyleClass().add("status-avatar");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        initial.getStyleClass().add("status-avatar-initial");
        initial.setStyle("-fx-font-size: " + Math.round(size * 0.42) + "px;");
        picture.setCornerRadius(Math.max(4, size / 6));
        picture.setMouseTransparent(true);
        getChildren().addAll(initial, picture);
        slot = new ImageSlot(
                context.images(),
                image -> {
                    picture.setImage(image);
                    initial.setVisible(image == null);
                },
                () -> initial.setVisible(true));
    }

    void show(Account account, String name) {
        initial.setText(initialOf(name.isBlank() ? account.username() : name));
        // The static image: animated avatars in a scrolling list cost more than they give.
        String url = account.avatarStatic() != null ? account.avatarStatic() : account.avatar();
        slot.load(url, size, size);
    }

    void clear() {
        slot.clear();
    }

    private static String initialOf(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        // The first letter or digit: "<b>Bob</b>" gives "B", not "<".
        OptionalInt first = name.codePoints().filter(Character::isLetterOrDigit).findFirst();
        return first.isEmpty() ? "?" : new String(Character.toChars(first.getAsInt())).toUpperCase(Locale.ROOT);
    }
}
