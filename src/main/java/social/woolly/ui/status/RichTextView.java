package social.woolly.ui.status;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import social.woolly.core.content.Block;
import social.woolly.core.content.Direction;
import social.woolly.core.content.Inline;
import social.woolly.core.content.RichText;

/**
 * Shows a {@link RichText}: one {@link TextFlow} per block, with space between paragraphs, quote bars
 * by depth, list markers, code blocks and right-to-left blocks laid out from the right. The node is
 * kept when other text is shown; only its children are replaced.
 */
final class RichTextView extends VBox {

    private static final double INDENT = 18;
    private static final Insets LIST_ITEM_PULL = new Insets(-6, 0, 0, 0);

    private final InlineNodes inlines;
    private final EmojiImages emoji;

    RichTextView(StatusViewContext context, double emojiSize) {
        this.emoji = new EmojiImages(context.images());
        this.inlines = new InlineNodes(context.links(), emoji, emojiSize);
        getStyleClass().add("status-rich-text");
        setMinWidth(0);
    }

    void show(RichText text) {
        emoji.cancelAll();
        getChildren().clear();
        List<Block> blocks = text.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextFlow flow = flowOf(blocks.get(i));
            if (text.truncated() && i == blocks.size() - 1) {
                Text more = new Text("…");
                more.getStyleClass().add("status-text");
                flow.getChildren().add(more);
            }
            Node node = decorate(blocks.get(i), flow);
            if (i > 0 && blocks.get(i) instanceof Block.ListItem && blocks.get(i - 1) instanceof Block.ListItem) {
                // Items of one list sit closer together than paragraphs.
                VBox.setMargin(node, LIST_ITEM_PULL);
            }
            getChildren().add(node);
        }
    }

    void clear() {
        emoji.cancelAll();
        getChildren().clear();
    }

    private TextFlow flowOf(Block block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(block instanceof Block.CodeBlock ? "status-code-block" : "status-paragraph");
        flow.setMinWidth(0);
        if (block.direction() == Direction.RTL) {
            flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        for (Inline run : block.inlines()) {
            flow.getChildren().add(inlines.nodeOf(run, flow));
        }
        return flow;
    }

    /** The block's flow with its list marker and quote bars around it, when it has them. */
    private static Node decorate(Block block, TextFlow flow) {
        Node node = flow;
        if (block instanceof Block.ListItem item) {
            Label marker = new Label(item.marker());
            marker.getStyleClass().add("status-list-marker");
            marker.setMinWidth(INDENT);
            marker.setPrefWidth(INDENT);
            HBox row = new HBox(marker, flow);
            row.setPadding(new Insets(0, 0, 0, (item.depth() - 1) * INDENT));
            node = row;
        }
        if (block.quoteDepth() > 0) {
            HBox quoted = new HBox();
            quoted.getStyleClass().add("status-quote");
            for (int depth = Math.min(block.quoteDepth(), 5); depth > 0; depth--) {
                Region bar = new Region();
                bar.getStyleClass().add("status-quote-bar");
                quoted.getChildren().add(bar);
            }
            quoted.getChildren().add(node);
            node = quoted;
        }
        if (node instanceof HBox row) {
            HBox.setHgrow(flow, Priority.ALWAYS);
            row.setMinWidth(0);
            if (block.direction() == Direction.RTL) {
                row.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            }
        }
        return node;
    }
}
