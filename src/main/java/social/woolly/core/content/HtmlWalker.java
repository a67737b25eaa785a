package social.woolly.core.content;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Walks a parsed status element by element (jsoup's traversal is iterative, so depth cannot overflow
 * the stack) and feeds a {@link BlockAssembler}: block elements end blocks, inline elements set styles,
 * anchors become links, mentions or hashtags, everything unknown gives its text, and a few elements
 * give nothing at all (see {@link Tags#isDropped}).
 */
final class HtmlWalker implements NodeFilter {

    private final ContentContext context;
    private final AnchorResolver anchors;
    private final Map<String, Inline.Emoji> emojis;
    private final BlockContext blocks = new BlockContext();
    private final BlockAssembler out;
    private final boolean newlineBreaks;
    private final int[] styleDepth = new int[5];
    private @Nullable Capture anchor;

    /** An open anchor whose text is being collected. */
    private record Capture(Element element, AnchorResolver.Anchor anchor, StringBuilder text) {}

    /**
     * @param newlineBreaks true for content without markup (Misskey-style plain text), where a newline
     *     is meant as a line break
     */
    HtmlWalker(ContentContext context, Map<String, Inline.Emoji> emojis, int limit, boolean newlineBreaks) {
        this.context = context;
        this.anchors = new AnchorResolver(context);
        this.emojis = emojis;
        this.newlineBreaks = newlineBreaks;
        this.out = new BlockAssembler(blocks, emojis, limit);
    }

    RichText finish(boolean inputCut) {
        return out.finish(inputCut);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (out.isFull()) {
            return FilterResult.STOP;
        }
        if (node instanceof TextNode textNode) {
            onText(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
        }
        String name = element.normalName();
        if (Tags.isDropped(name)
                || element.hasClass("invisible")
                || (context.quoteShownNatively() && element.hasClass("quote-inline"))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Capture open = anchor;
        if (open != null) {
            inAnchor(name, open);
        } else if (name.equals("a")) {
            openAnchor(element);
        } else if (name.equals("br")) {
            onBreak();
        } else if (name.equals("img")) {
            onImage(element);
        } else {
            openElement(name, element);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        String name = element.normalName();
        Capture open = anchor;
        if (open != null) {
            if (open.element() == element) {
                closeAnchor(open);
            } else if (element.hasClass("ellipsis")) {
                open.text().append('…'); // Mastodon's shortened link text: the rest of the URL is hidden
            } else {
                inAnchor(name, open);
            }
        } else if (name.equals("span") && element.hasClass("ellipsis")) {
            out.text("…", style(), false);
        } else {
            closeElement(name);
        }
        return out.isFull() ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private void onText(String text) {
        Capture open = anchor;
        if (open != null) {
            open.text().append(text);
        } else if (blocks.inPre()) {
            out.preformatted(text, style());
        } else {
            out.text(text, style(), newlineBreaks);
        }
    }

    private void onBreak() {
        if (blocks.inPre()) {
            out.preformatted("\n", style());
        } else {
            out.lineBreak();
        }
    }

    /** Images are dropped, except a custom emoji some servers send as {@code <img alt=":code:">}. */
    private void onImage(Element image) {
        String alt = image.attr("alt");
        if (alt.length() > 2 && alt.startsWith(":") && alt.endsWith(":")) {
            Inline.Emoji emoji = emojis.get(alt.substring(1, alt.length() - 1));
            if (emoji != null && out.room() > 0) {
                out.inline(emoji);
            }
        }
    }

    /** Inside a link, structure is flattened: breaks and block edges become spaces in its text. */
    private static void inAnchor(String name, Capture open) {
        if (name.equals("br") || name.equals("li") || Tags.isBlock(name) || Tags.isHeading(name)) {
            open.text().append(' ');
        }
    }

    private void openAnchor(Element element) {
        String href = LinkText.safeHref(element.attr("href"));
        if (href == null) {
            return; // javascript:, data:, relative, mailto …: its text flows as plain text
        }
        AnchorResolver.Anchor signals = new AnchorResolver.Anchor(
                href,
                element.hasClass("mention"),
                element.hasClass("hashtag"),
                Chars.hasToken(element.attr("rel"), "tag"),
                style());
        anchor = new Capture(element, signals, new StringBuilder());
    }

    private void closeAnchor(Capture open) {
        anchor = null;
        StringBuilder raw = open.text();
        Style style = open.anchor().style();
        if (!raw.isEmpty() && Chars.isCollapsible(raw.charAt(0))) {
            out.space(style);
        }
        String display = LinkText.display(raw);
        if (display.isEmpty()) {
            return; // nothing to click, as in a browser: an image link whose image was dropped
        }
        int room = out.room();
        if (room <= 0) {
            return;
        }
        if (display.length() > room) {
            display = LinkText.cut(display, room);
            out.markTruncated();
        }
        out.inline(anchors.resolve(open.anchor(), display));
        if (!raw.isEmpty() && Chars.isCollapsible(raw.charAt(raw.length() - 1))) {
            out.space(style);
        }
    }

    private void openElement(String name, Element element) {
        int bit = Tags.styleBit(name);
        if (bit != 0) {
            styleDepth[Integer.numberOfTrailingZeros(bit)]++;
        } else if (Tags.isBlock(name)) {
            out.endBlock();
        } else if (Tags.isHeading(name)) {
            out.endBlock();
            styleDepth[0]++;
        } else if (Tags.isList(name)) {
            out.endBlock();
            blocks.openList(name.equals("ol"), element.attr("start"));
        } else {
            switch (name) {
                case "li" -> {
                    out.endBlock();
                    blocks.openItem();
                }
                case "blockquote" -> {
                    out.endBlock();
                    blocks.enterQuote();
                }
                case "pre" -> {
                    out.endBlock();
                    blocks.enterPre();
                }
                case "td", "th" -> out.space(style());
                default -> {
                    // span, small, sup, abbr, unknown tags …: their text flows in the current block
                }
            }
        }
    }

    private void closeElement(String name) {
        int bit = Tags.styleBit(name);
        if (bit != 0) {
            styleDepth[Integer.numberOfTrailingZeros(bit)]--;
        } else if (Tags.isBlock(name)) {
            out.endBlock();
        } else if (Tags.isHeading(name)) {
            out.endBlock();
            styleDepth[0]--;
        } else if (Tags.isList(name)) {
            out.endBlock();
            blocks.closeList();
        } else {
            switch (name) {
                case "li" -> {
                    out.endBlock();
                    blocks.closeItem();
                }
                case "blockquote" -> {
                    out.endBlock();
                    blocks.leaveQuote();
                }
                case "pre" -> {
                    out.endBlock();
                    blocks.leavePre();
                }
                default -> {
                    // inline or unknown: nothing to undo
                }
            }
        }
    }

    private Style style() {
        int bits = 0;
        for (int i = 0; i < styleDepth.length; i++) {
            if (styleDepth[i] > 0) {
                bits |= 1 << i;
            }
        }
        return Style.of(blocks.inPre() ? bits | Style.CODE : bits);
    }
}
