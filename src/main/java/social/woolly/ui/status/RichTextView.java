package social.woolly.ui.status;

import java.util.List;
import javafx.collections.ObservableList;
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
import social.woolly.core.content.Style;

/**
 * Shows a {@link RichText}: one {@link TextFlow} per block, with space between paragraphs, quote bars
 * by depth, list markers, code blocks and right-to-left blocks laid out from the right. The node is
 * kept when other text is shown, and so are its plain paragraphs and their text nodes.
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

    /**
     * Shows {@code text}. A plain paragraph goes into the flow already at its place, over the text
     * nodes already there: a list cell shows post after post in one view, and new nodes would each
     * cost a match against the style sheets (most of a scrolled post's cost before this).
     */
    void show(RichText text) {
        emoji.cancelAll();
        List<Block> blocks = text.blocks();
        ObservableList<Node> children = getChildren();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean more = text.truncated() && i == blocks.size() - 1;
            Node old = i < children.size() ? children.get(i) : null;
            if (isPlain(block)
                    && old instanceof TextFlow flow
                    && flow.getStyleClass().equals(List.of(kindOf(block)))) {
                orient(flow, block);
                fill(flow, block, more);
                continue;
            }
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add(kindOf(block));
            flow.setMinWidth(0);
            orient(flow, block);
            fill(flow, block, more);
            Node node = decorate(block, flow);
            if (i > 0 && block instanceof Block.ListItem && blocks.get(i - 1) instanceof Block.ListItem) {
                // Items of one list sit closer together than paragraphs.
                VBox.setMargin(node, LIST_ITEM_PULL);
            }
            if (old != null) {
                children.set(i, node);
            } else {
                children.add(node);
            }
        }
        if (children.size() > blocks.size()) {
            children.remove(blocks.size(), children.size());
        }
    }

    void clear() {
        emoji.cancelAll();
        getChildren().clear();
    }

    private static boolean isPlain(Block block) {
        return !(block instanceof Block.ListItem) && block.quoteDepth() == 0;
    }

    private static String kindOf(Block block) {
        return block instanceof Block.CodeBlock ? "status-code-block" : "status-paragraph";
    }

    private static void orient(TextFlow flow, Block block) {
        NodeOrientation orientation =
                block.direction() == Direction.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT;
        if (flow.getNodeOrientation() != orientation) {
            flow.setNodeOrientation(orientation);
        }
    }

    /** Puts the block's runs into {@code flow}, making over the text nodes it has at each place. */
    private void fill(TextFlow flow, Block block, boolean more) {
        ObservableList<Node> runs = flow.getChildren();
        int at = 0;
        for (Inline run : block.inlines()) {
            Node old = at < runs.size() ? runs.get(at) : null;
            place(runs, at, inlines.nodeOf(run, old, flow));
            at++;
        }
        if (more) {
            Node old = at < runs.size() ? runs.get(at) : null;
            place(runs, at++, InlineNodes.styled(old instanceof Text t ? t : null, "…", Style.PLAIN, false));
        }
        if (runs.size() > at) {
            runs.remove(at, runs.size());
        }
    }

    private static void place(ObservableList<Node> runs, int at, Node node) {
        if (at >= runs.size()) {
            runs.add(node);
        } else if (runs.get(at) != node) {
            runs.set(at, node);
        }
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
