package social.woolly.ui.status;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
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

    void show(RichText text) {
        emoji.cancelAll();
        getChildren().clear();
        if (text.isEmpty()) {
            return;
        }
        for (Inline run : text.blocks().getFirst().inlines()) {
            if (run instanceof Inline.Emoji custom) {
                getChildren().add(emoji.create(custom, emojiSize, () -> label(custom.text()), failed -> {
                    int at = getChildren().indexOf(failed);
                    if (at >= 0) {
                        getChildren().set(at, label(custom.text()));
                    }
                }));
            } else if (!(run instanceof Inline.LineBreak)) {
                getChildren().add(label(run.text()));
            }
        }
        // Emoji sit on the line's centre here, not on a text baseline.
        for (Node child : getChildren()) {
            child.setTranslateY(0);
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

    private static Label label(String text) {
        Label label = new Label(text);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        return label;
    }
}
