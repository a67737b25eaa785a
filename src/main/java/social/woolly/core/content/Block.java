package social.woolly.core.content;

import java.util.List;

/**
 * One block of a {@link RichText}: a paragraph, a list item or a code block, holding its runs. There is
 * no blockquote block: every block inside {@code <blockquote>} has {@link #quoteDepth()} ≥ 1 (one bar
 * per level), so a list or code inside a quote keeps its own kind.
 */
public sealed interface Block {

    /** The runs, never empty; a block has at least one visible character. */
    List<Inline> inlines();

    /** From the block's first strong character; mentions and links count only when nothing else does. */
    Direction direction();

    /** How many blockquotes enclose this block; 0 when none. */
    int quoteDepth();

    /** The runs' text joined: what a screen reader or the clipboard gets for this block. */
    default String text() {
        StringBuilder text = new StringBuilder();
        for (Inline run : inlines()) {
            text.append(run.text());
        }
        return text.toString();
    }

    /** Ordinary text; headings become paragraphs whose runs are bold. */
    record Paragraph(List<Inline> inlines, Direction direction, int quoteDepth) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /**
     * An item of a bulleted or numbered list.
     *
     * @param depth 1 for a top-level list, 2 for a list inside it, …
     * @param ordinal the item's number in an {@code <ol>}, {@link #BULLET} in a {@code <ul>}, or {@link
     *     #CONTINUATION} for text of an item that goes on after a nested list (no marker drawn)
     */
    record ListItem(List<Inline> inlines, Direction direction, int quoteDepth, int depth, int ordinal)
            implements Block {

        public static final int BULLET = 0;
        public static final int CONTINUATION = -1;

        public ListItem {
            inlines = List.copyOf(inlines);
        }

        /** {@code •}, {@code 3.}, or the empty string for a continuation. */
        public String marker() {
            return switch (ordinal) {
                case BULLET -> "•";
                case CONTINUATION -> "";
                default -> ordinal + ".";
            };
        }
    }

    /** Preformatted text ({@code <pre>}): whitespace and newlines kept, runs in {@link Style#code()}. */
    record CodeBlock(List<Inline> inlines, Direction direction, int quoteDepth) implements Block {
        public CodeBlock {
            inlines = List.copyOf(inlines);
        }
    }
}
