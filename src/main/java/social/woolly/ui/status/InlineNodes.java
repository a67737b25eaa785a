package social.woolly.ui.status;

import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
        return switch (run) {
            case Inline.Text text -> styled(new Text(text.text()), text.style());
            case Inline.Link link ->
                link(styled(new Text(link.text()), link.style()), link.tooltip(), () -> links.openUrl(link.href()));
            case Inline.Mention mention ->
                link(
                        styled(new Text(mention.text()), mention.style()),
                        mention.href(),
                        () -> links.openProfile(
                                new LinkHandler.Profile(mention.accountId(), mention.acct(), mention.href())));
            case Inline.Hashtag tag ->
                link(styled(new Text(tag.text()), tag.style()), tag.href(), () -> links.openTag(tag.name()));
            case Inline.Emoji custom ->
                emoji.create(custom, emojiSize, () -> styled(new Text(custom.text()), Style.PLAIN), failed -> {
                    int at = flow.getChildren().indexOf(failed);
                    if (at >= 0) {
                        flow.getChildren().set(at, styled(new Text(custom.text()), Style.PLAIN));
                    }
                });
            case Inline.LineBreak _ -> new Text("\n");
        };
    }

    private static Text styled(Text text, Style style) {
        text.getStyleClass().add("status-text");
        if (style.bold()) {
            text.getStyleClass().add("status-bold");
        }
        if (style.italic()) {
            text.getStyleClass().add("status-italic");
        }
        if (style.code()) {
            text.getStyleClass().add("status-code");
        }
        if (style.strikethrough()) {
            text.getStyleClass().add("status-strike");
        }
        if (style.underline()) {
            text.getStyleClass().add("status-underline");
        }
        return text;
    }

    /** Makes {@code text} act as a link: hand cursor, full URL as tooltip, click runs {@code open}. */
    private static Text link(Text text, String url, Runnable open) {
        text.getStyleClass().add("status-link");
        text.setCursor(Cursor.HAND);
        text.setAccessibleRole(AccessibleRole.HYPERLINK);
        text.setAccessibleText(text.getText());
        // Made on first hover: most links are never hovered, and a Tooltip is not free.
        text.addEventHandler(MouseEvent.MOUSE_ENTERED, _ -> {
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
