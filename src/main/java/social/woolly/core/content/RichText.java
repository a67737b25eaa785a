package social.woolly.core.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A status's content as blocks of runs, ready to be shown by any toolkit. Immutable, so one instance
 * may be built on a background thread and read on the UI thread.
 *
 * @param truncated true when the content was longer than the parser's limit and was cut: show "…" or
 *     a "show more" hint
 */
public record RichText(List<Block> blocks, boolean truncated) {

    public static final RichText EMPTY = new RichText(List.of(), false);

    public RichText {
        blocks = List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The content as plain text, for notifications, accessibility and copying: blocks separated by a
     * blank line, list items by a newline with their marker and two spaces per level, quoted blocks
     * without a marker, links as shown (shortened form included), custom emoji as {@code :shortcode:}.
     */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        @Nullable Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean sameList = previous instanceof Block.ListItem && block instanceof Block.ListItem;
                text.append(sameList ? "\n" : "\n\n");
            }
            if (block instanceof Block.ListItem item) {
                text.repeat("  ", item.depth() - 1);
                text.append(item.ordinal() == Block.ListItem.CONTINUATION ? "  " : item.marker() + " ");
            }
            text.append(block.text());
            previous = block;
        }
        return text.toString();
    }
}
