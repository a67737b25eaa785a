package social.woolly.core.content;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the walker stands in the block structure (blockquotes, lists, items, {@code <pre>}), and so
 * which {@link BlockAssembler.Shape} the next block gets.
 */
final class BlockContext implements BlockAssembler.Shapes {

    private static final int MAX_ORDINAL = 999_999;

    private final Deque<ListFrame> lists = new ArrayDeque<>();
    private final Deque<ItemFrame> items = new ArrayDeque<>();
    private int quoteDepth;
    private int preDepth;

    private static final class ListFrame {
        final boolean ordered;
        int next;

        ListFrame(boolean ordered, int start) {
            this.ordered = ordered;
            this.next = start;
        }
    }

    private static final class ItemFrame {
        final int depth;
        final int ordinal;
        boolean markerShown;

        ItemFrame(int depth, int ordinal) {
            this.depth = depth;
            this.ordinal = ordinal;
        }
    }

    @Override
    public BlockAssembler.Shape open() {
        if (preDepth > 0) {
            return new BlockAssembler.Shape(BlockAssembler.Kind.CODE, quoteDepth, 0, 0);
        }
        ItemFrame item = items.peek();
        if (item == null) {
            return new BlockAssembler.Shape(BlockAssembler.Kind.PARAGRAPH, quoteDepth, 0, 0);
        }
        // Text of an item after its nested list is a new block, drawn without a second marker.
        int ordinal = item.markerShown ? Block.ListItem.CONTINUATION : item.ordinal;
        item.markerShown = true;
        return new BlockAssembler.Shape(BlockAssembler.Kind.LIST_ITEM, quoteDepth, item.depth, ordinal);
    }

    boolean inPre() {
        return preDepth > 0;
    }

    void enterPre() {
        preDepth++;
    }

    void leavePre() {
        preDepth--;
    }

    void enterQuote() {
        quoteDepth++;
    }

    void leaveQuote() {
        quoteDepth--;
    }

    /** @param start the {@code start} attribute of an {@code <ol>}, or the empty string */
    void openList(boolean ordered, String start) {
        lists.push(new ListFrame(ordered, parseStart(start.strip())));
    }

    void closeList() {
        lists.pop();
    }

    void openItem() {
        ListFrame list = lists.peek();
        int ordinal = Block.ListItem.BULLET;
        if (list != null && list.ordered) {
            ordinal = list.next;
            list.next = Math.min(list.next + 1, MAX_ORDINAL);
        }
        items.push(new ItemFrame(Math.max(1, lists.size()), ordinal));
    }

    void closeItem() {
        items.pop();
    }

    private static int parseStart(String start) {
        if (start.isEmpty() || start.length() > 7) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(start), 1, MAX_ORDINAL);
        } catch (NumberFormatException e) {
            return 1; // not a number: count from 1, as browsers do
        }
    }
}
