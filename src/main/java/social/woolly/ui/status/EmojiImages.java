package social.woolly.ui.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import social.woolly.core.content.Inline;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.media.ImageLoader;

/**
 * Custom emoji as small image nodes sized to the line, for one piece of text. Keeps the loads it
 * started so that showing other text cancels them all. The still image is used: animated emoji in a
 * scrolling list cost more than they give.
 */
final class EmojiImages {

    // Sits a little below the baseline, as emoji in text do (TextFlow puts a node's bottom on it).
    private static final double DROP = 0.22;

    private final ImageLoader loader;
    private final List<Cancellable> loads = new ArrayList<>();

    EmojiImages(ImageLoader loader) {
        this.loader = loader;
    }

    /**
     * An image node of {@code size} for {@code emoji}. Until it loads the space stays empty. If it is
     * known not to load, {@code fallback} (the shortcode as text) is returned instead; if it fails
     * later, {@code onFailed} gets the image node so the caller can swap in the fallback.
     */
    Node create(Inline.Emoji emoji, double size, Supplier<Node> fallback, Consumer<Node> onFailed) {
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setTranslateY(size * DROP);
        view.getStyleClass().add("status-emoji");
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        view.setAccessibleText(emoji.text());
        // Made on first hover, as for links: a Tooltip is a popup scene with its own CSS, and this
        // runs on every bind of a post with custom emoji (thousands a minute in issue #4's soak).
        view.addEventHandler(MouseEvent.MOUSE_ENTERED, _ -> {
            if (view.getProperties().get(Tooltip.class) == null) {
                Tooltip tip = new Tooltip(emoji.text());
                Tooltip.install(view, tip);
                view.getProperties().put(Tooltip.class, tip);
            }
        });
        boolean[] added = {false};
        boolean[] failedAtOnce = {false};
        loads.add(loader.load(emoji.staticUrl(), size, size, view::setImage, () -> {
            if (added[0]) {
                onFailed.accept(view);
            } else {
                failedAtOnce[0] = true;
            }
        }));
        added[0] = true;
        return failedAtOnce[0] ? fallback.get() : view;
    }

    /** Cancels every load started since the last call. */
    void cancelAll() {
        for (Cancellable load : loads) {
            load.cancel();
        }
        loads.clear();
    }
}
