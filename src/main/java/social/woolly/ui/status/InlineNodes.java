package social.woolly.ui.status;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.Inline;
import social.woolly.core.content.Style;

/** Makes the node for one run of rich text: styled text, a clickable link, mention or hashtag, an emoji. */
final class InlineNodes {

    private final LinkHandler links;
    private final EmojiImages emoji;
    private final double emojiSize;

    InlineNodes(LinkHandler links, EmojiImages emoji, double emojiSize) {
        this.links = links;
        this.emoji = emoji;
        this.emojiSize = emojiSize;
    }

    /** @param flow the flow the node goes into, where a failed emoji is swapped for its shortcode */
    Node nodeOf(Inline run, TextFlow flow) {
        return nodeOf(run, null, flow);
    }

    /**
     * The node for {@code run}: {@code old} itself, made over, when it is a text node (it stays in
     * its flow, so it keeps its styles and costs no new CSS pass), else a new node.
     *
     * @param old the node at this place in {@code flow} until now, or null
     */
    Node nodeOf(Inline run, @Nullable Node old, TextFlow flow) {
        Text reused = old instanceof Text text ? text : null;
        return switch (run) {
            case Inline.Text text -> styled(reused, text.text(), text.style(), false);
            case Inline.Link link ->
                link(styled(reused, link.text(), link.style(), true), link.tooltip(), () -> links.openUrl(link.href()));
            case Inline.Mention mention ->
                link(
                        styled(reused, mention.text(), mention.style(), true),
                        mention.href(),
                        () -> links.openProfile(
                                new LinkHandler.Profile(mention.accountId(), mention.acct(), mention.href())));
            case Inline.Hashtag tag ->
                link(styled(reused, tag.text(), tag.style(), true), tag.href(), () -> links.openTag(tag.name()));
            case Inline.Emoji custom ->
                emoji.create(custom, emojiSize, () -> styled(null, custom.text(), Style.PLAIN, false), failed -> {
                    int at = flow.getChildren().indexOf(failed);
                    if (at >= 0) {
                        flow.getChildren().set(at, styled(null, custom.text(), Style.PLAIN, false));
                    }
                });
            case Inline.LineBreak _ -> plain(reused, "\n", List.of());
        };
    }

    /** A text node showing {@code content} with the style classes of {@code style}. */
    static Text styled(@Nullable Text reused, String content, Style style, boolean link) {
        List<String> classes = new ArrayList<>(3);
        classes.add("status-text");
        if (style.bold()) {
            classes.add("status-bold");
        }
        if (style.italic()) {
            classes.add("status-italic");
        }
        if (style.code()) {
            classes.add("status-code");
        }
        if (style.strikethrough()) {
            classes.add("status-strike");
        }
        if (style.underline()) {
            classes.add("status-underline");
        }
        if (link) {
            classes.add("status-link");
        }
        return plain(reused, content, classes);
    }

    /**
     * {@code reused} (or a new node) showing {@code content}, with exactly {@code classes} and nothing
     * left of a link it was before. Style classes are only touched when they differ: a change makes
     * JavaFX match the node against the style sheets again.
     */
    private static Text plain(@Nullable Text reused, String content, List<String> classes) {
        if (reused == null) {
            Text text = new Text(content);
            text.getStyleClass().setAll(classes);
            return text;
        }
        reused.setText(content);
        if (!reused.getStyleClass().equals(classes)) {
            reused.getStyleClass().setAll(classes);
        }
        if (reused.getProperties().remove(Tooltip.class) instanceof Tooltip tip) {
            Tooltip.uninstall(reused, tip);
        }
        reused.setOnMouseEntered(null);
        reused.setOnMouseClicked(null);
        reused.setCursor(null);
        reused.setAccessibleRole(AccessibleRole.TEXT);
        reused.setAccessibleText(null);
        return reused;
    }

    /** Makes {@code text} act as a link: hand cursor, full URL as tooltip, click runs {@code open}. */
    private static Text link(Text text, String url, Runnable open) {
        text.setCursor(Cursor.HAND);
        text.setAccessibleRole(AccessibleRole.HYPERLINK);
        text.setAccessibleText(text.getText());
        // Made on first hover: most links are never hovered, and a Tooltip is not free.
        text.setOnMouseEntered(_ -> {
            if (text.getProperties().get(Tooltip.class) == null) {
                Tooltip tip = new Tooltip(url);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                Tooltip.install(text, tip);
                text.getProperties().put(Tooltip.class, tip);
            }
        });
        text.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                event.consume();
                open.run();
            }
        });
        return text;
    }
}
