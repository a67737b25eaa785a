package social.woolly.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects runs into blocks the way a browser lays out text: whitespace collapses to one space and
 * disappears at line and block edges, two or more {@code <br>} in a paragraph start a new paragraph,
 * blocks without a visible character are dropped. Counts what it keeps and stops at the limit.
 */
final class BlockAssembler {

    enum Kind {
        PARAGRAPH,
        LIST_ITEM,
        CODE
    }

    /** The kind and place of a block, asked for when a block gets its first character. */
    record Shape(Kind kind, int quoteDepth, int depth, int ordinal) {}

    interface Shapes {
        Shape open();
    }

    private final Shapes shapes;
    private final Map<String, Inline.Emoji> emojis;
    private final int limit;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Inline> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Style textStyle = Style.PLAIN;
    private @Nullable Shape shape;
    private boolean lineHasContent;
    private boolean pendingSpace;
    private Style pendingSpaceStyle = Style.PLAIN;
    private int pendingBreaks;
    private int used;
    private boolean truncated;

    BlockAssembler(Shapes shapes, Map<String, Inline.Emoji> emojis, int limit) {
        this.shapes = shapes;
        this.emojis = emojis;
        this.limit = limit;
    }

    boolean isFull() {
        return truncated;
    }

    /** How many more characters fit; when none, the content is marked as cut. */
    int room() {
        int room = limit - used - pendingCost();
        if (room <= 0) {
            truncated = true;
        }
        return room;
    }

    void markTruncated() {
        truncated = true;
    }

    /** Normal text: whitespace collapses; with {@code newlineBreaks} a newline is a line break. */
    void text(String chunk, Style style, boolean newlineBreaks) {
        int length = chunk.length();
        for (int i = 0; i < length && !truncated; i++) {
            char c = chunk.charAt(i);
            if (c == '\n' && newlineBreaks) {
                lineBreak();
            } else if (Chars.isCollapsible(c)) {
                space(style);
            } else if (!Chars.isStripped(c)) {
                i += put(chunk, i, style);
            }
        }
    }

    /** Text inside {@code <pre>}: spaces, tabs and newlines kept, except newlines at the block's start. */
    void preformatted(String chunk, Style style) {
        int length = chunk.length();
        for (int i = 0; i < length && !truncated; i++) {
            char c = chunk.charAt(i);
            boolean layout = c == '\n' || c == '\t' || c == ' ';
            if (layout ? c != '\n' || shape != null : !Chars.isStripped(c) && !Chars.isCollapsible(c)) {
                i += put(chunk, i, style);
            }
        }
    }

    /** A collapsible space, e.g. around a link's text. */
    void space(Style style) {
        if (lineHasContent && !pendingSpace) {
            pendingSpace = true;
            pendingSpaceStyle = style;
        }
    }

    void lineBreak() {
        if (shape != null) {
            pendingBreaks++;
            pendingSpace = false;
            lineHasContent = false;
        }
    }

    /** A link, mention, hashtag or emoji; the caller has cut its text to {@link #room()}. */
    void inline(Inline run) {
        beforeContent();
        flushText();
        runs.add(run);
        used += run.text().length();
        lineHasContent = true;
    }

    void endBlock() {
        if (shape != null) {
            finishBlock();
        }
        pendingSpace = false;
        pendingBreaks = 0;
        lineHasContent = false;
    }

    RichText finish(boolean inputCut) {
        endBlock();
        return new RichText(blocks, truncated || inputCut);
    }

    /** Appends the char at {@code i} (and its low surrogate); returns how many extra chars it took. */
    private int put(String chunk, int i, Style style) {
        char c = chunk.charAt(i);
        int size = Character.isHighSurrogate(c) && i + 1 < chunk.length() ? 2 : 1;
        if (used + pendingCost() + size > limit) {
            truncated = true;
            return 0;
        }
        beforeContent();
        append(style, c);
        if (size == 2) {
            text.append(chunk.charAt(i + 1));
        }
        used += size;
        lineHasContent = true;
        return size - 1;
    }

    /** The characters that the next content brings along: a collapsed space or line breaks. */
    private int pendingCost() {
        return (pendingSpace ? 1 : 0) + Math.min(pendingBreaks, 2);
    }

    private void beforeContent() {
        if (shape == null) {
            shape = shapes.open();
        }
        if (pendingBreaks > 0) {
            if (pendingBreaks > 1 && shape.kind() == Kind.PARAGRAPH) {
                finishBlock();
                shape = shapes.open();
            } else {
                flushText();
                for (int n = Math.min(pendingBreaks, 2); n > 0; n--) {
                    runs.add(Inline.LineBreak.INSTANCE);
                    used++;
                }
            }
            pendingBreaks = 0;
        }
        if (pendingSpace) {
            pendingSpace = false;
            append(pendingSpaceStyle, ' ');
            used++;
        }
    }

    private void append(Style style, char c) {
        if (style != textStyle && text.length() > 0) {
            flushText();
        }
        textStyle = style;
        text.append(c);
    }

    private void flushText() {
        if (text.length() > 0) {
            runs.add(new Inline.Text(text.toString(), textStyle));
            text.setLength(0);
        }
    }

    private void finishBlock() {
        flushText();
        Shape done = shape;
        shape = null;
        if (done == null || !hasVisible(runs)) {
            runs.clear();
            return;
        }
        List<Inline> inlines = new ArrayList<>(runs.size() + 2);
        for (Inline run : runs) {
            if (run instanceof Inline.Text t
                    && done.kind() != Kind.CODE
                    && !t.style().code()) {
                EmojiSplitter.split(t.text(), t.style(), emojis, inlines);
            } else {
                inlines.add(run);
            }
        }
        runs.clear();
        if (done.kind() == Kind.CODE) {
            trimTrailingWhitespace(inlines);
        }
        Direction direction = Direction.of(inlines);
        blocks.add(
                switch (done.kind()) {
                    case PARAGRAPH -> new Block.Paragraph(inlines, direction, done.quoteDepth());
                    case LIST_ITEM ->
                        new Block.ListItem(inlines, direction, done.quoteDepth(), done.depth(), done.ordinal());
                    case CODE -> new Block.CodeBlock(inlines, direction, done.quoteDepth());
                });
    }

    private static boolean hasVisible(List<Inline> runs) {
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                if (Chars.hasVisible(t.text())) {
                    return true;
                }
            } else if (!(run instanceof Inline.LineBreak)) {
                return true;
            }
        }
        return false;
    }

    private static void trimTrailingWhitespace(List<Inline> inlines) {
        int last = inlines.size() - 1;
        if (inlines.get(last) instanceof Inline.Text t) {
            String trimmed = t.text().stripTrailing();
            if (trimmed.isEmpty()) {
                inlines.remove(last);
            } else {
                inlines.set(last, new Inline.Text(trimmed, t.style()));
            }
        }
    }
}
