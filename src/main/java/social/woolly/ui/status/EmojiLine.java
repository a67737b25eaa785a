package social.woolly.ui.status;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.Inline;
import social.woolly.core.content.RichText;

/**
 * One line of text with custom emoji, such as a display name: labels that shorten with an ellipsis
 * when space runs out, and emoji images between them.
 */
final class EmojiLine extends HBox {

    private final EmojiImages emoji;
    private final double emojiSize;

    EmojiLine(StatusViewContext context, double emojiSize) {
        this.emoji = new EmojiImages(context.images());
        this.emojiSize = emojiSize;
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        getStyleClass().add("status-emoji-line");
    }

    /** Shows {@code text}, making over the labels already here (new ones would each cost a CSS pass). */
    void show(RichText text) {
        emoji.cancelAll();
        ObservableList<Node> children = getChildren();
        int at = 0;
        if (!text.isEmpty()) {
            for (Inline run : text.blocks().getFirst().inlines()) {
                Node old = at < children.size() ? children.get(at) : null;
                Node node;
                if (run instanceof Inline.Emoji custom) {
                    node = emoji.create(custom, emojiSize, () -> label(null, custom.text()), failed -> {
                        int index = getChildren().indexOf(failed);
                        if (index >= 0) {
                            getChildren().set(index, label(null, custom.text()));
                        }
                    });
                } else if (!(run instanceof Inline.LineBreak)) {
                    node = label(old instanceof Label label ? label : null, run.text());
                } else {
                    continue;
                }
                // Emoji sit on the line's centre here, not on a text baseline.
                node.setTranslateY(0);
                if (old == null) {
                    children.add(node);
                } else if (old != node) {
                    children.set(at, node);
                }
                at++;
            }
        }
        if (children.size() > at) {
            children.remove(at, children.size());
        }
    }

    void clear() {
        emoji.cancelAll();
        getChildren().clear();
    }

    /** The line as plain text, for accessibility. */
    String plainText() {
        StringBuilder text = new StringBuilder();
        for (Node child : getChildren()) {
            if (child instanceof Label label) {
                text.append(label.getText());
            }
        }
        return text.toString();
    }

    private static Label label(@Nullable Label reused, String text) {
        if (reused != null) {
            reused.setText(text);
            return reused;
        }
        Label label = new Label(text);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        return label;
    }
}
