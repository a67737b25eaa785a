package social.woolly.ui.status;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import social.woolly.core.content.Block;
import social.woolly.core.content.Direction;
import social.woolly.core.content.Inline;
import social.woolly.core.content.RichText;
import social.woolly.core.content.Style;

/**
 * A line that stands in for hidden content: a content warning with Show more / Show less, or a
 * filter's "Filtered: …" with Show anyway. The button is the only way in, so it is a real button
 * (keyboard and screen readers reach it).
 */
final class WarningBar extends HBox {

    private final RichTextView text;
    private final Button toggle = new Button();

    WarningBar(StatusViewContext context, Supplier<Node> icon, String styleClass) {
        this.text = new RichTextView(context, 18);
        getStyleClass().addAll("status-warning", styleClass);
        setAlignment(Pos.CENTER_LEFT);
        // Text centred on the button, not stretched to its height and drawn at the top.
        setFillHeight(false);
        setMinWidth(0);
        Label glyph = new Label(null, icon.get());
        glyph.getStyleClass().add("status-warning-icon");
        glyph.setMinWidth(Label.USE_PREF_SIZE);
        toggle.getStyleClass().addAll("status-warning-toggle", "small");
        toggle.setMinWidth(Button.USE_PREF_SIZE);
        toggle.setFocusTraversable(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(glyph, text, toggle);
    }

    void show(RichText warning, String buttonText, Runnable onToggle) {
        text.show(warning);
        toggle.setText(buttonText);
        toggle.setOnAction(_ -> onToggle.run());
    }

    void clear() {
        text.clear();
        toggle.setOnAction(null);
    }

    Button toggle() {
        return toggle;
    }

    /** Plain text as one paragraph, for warnings that are not the post's own text. */
    static RichText plain(String text) {
        List<Inline> runs = List.of(new Inline.Text(text, Style.PLAIN));
        return new RichText(List.of(new Block.Paragraph(runs, Direction.of(text), 0)), false);
    }
}
