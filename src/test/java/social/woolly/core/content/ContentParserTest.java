package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.content.Block.CodeBlock;
import social.woolly.core.content.Block.ListItem;
import social.woolly.core.content.Block.Paragraph;
import social.woolly.core.content.ContentContext.CustomEmoji;
import social.woolly.core.content.Inline.Text;

/** The shape of the model: blocks, styles, directions and the edge cases of links and emoji. */
class ContentParserTest {

    private static final CustomEmoji BLOBCAT =
            new CustomEmoji("blobcat", "https://cdn.example/blobcat.gif", "https://cdn.example/blobcat.png");
    private static final ContentContext WITH_BLOBCAT =
            new ContentContext(List.of(), List.of(), List.of(BLOBCAT), null, false);

    private final ContentParser parser = new ContentParser();

    @Test
    void parse_nestedFormatting_givesOneRunPerStyle() {
        RichText text = parser.parse("<p><b>b <i>bi</i></b> <s>s</s><u>u</u><code>c</code></p>", ContentContext.NONE);

        assertThat(Runs.all(text))
                .containsExactly(
                        new Text("b ", new Style(true, false, false, false, false)),
                        new Text("bi", new Style(true, true, false, false, false)),
                        new Text(" ", Style.PLAIN),
                        new Text("s", new Style(false, false, false, true, false)),
                        new Text("u", new Style(false, false, false, false, true)),
                        new Text("c", new Style(false, false, true, false, false)));
    }

    @Test
    void parse_heading_isABoldParagraph() {
        RichText text = parser.parse("<h2>Release notes</h2>", ContentContext.NONE);

        assertThat(text.blocks())
                .containsExactly(new Paragraph(
                        List.of(new Text("Release notes", new Style(true, false, false, false, false))),
                        Direction.LTR,
                        0));
    }

    @Test
    void parse_nestedLists_giveDepthsOrdinalsAndContinuations() {
        String html = "<ol start=\"3\"><li>three<ul><li>dot</li></ul>more</li><li><p>four</p></li></ol>"
                + "<ol start=\"nope\"><li>one</li></ol>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.blocks())
                .extracting(b -> b instanceof ListItem item ? item.depth() + ":" + item.marker() + b.text() : "?")
                .containsExactly("1:3.three", "2:•dot", "1:more", "1:4.four", "1:1.one");
        assertThat(text.plainText()).isEqualTo("3. three\n  • dot\n  more\n4. four\n1. one");
    }

    @Test
    void parse_preformatted_keepsWhitespaceAndSkipsEmoji() {
        String html = "<pre><code>\nif (a) {\n\treturn :blobcat:;  \n}\n\n</code></pre>";

        RichText text = parser.parse(html, WITH_BLOBCAT);

        assertThat(text.blocks())
                .containsExactly(new CodeBlock(
                        List.of(new Text("if (a) {\n\treturn :blobcat:;  \n}", Style.of(Style.CODE))),
                        Direction.LTR,
                        0));
    }

    @Test
    void parse_blockquotes_setQuoteDepthOnEachBlock() {
        String html =
                "<blockquote><p>outer</p><blockquote><ul><li>inner item</li></ul></blockquote></blockquote><p>after</p>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.blocks()).extracting(Block::quoteDepth).containsExactly(1, 2, 0);
        assertThat(text.blocks().get(1)).isInstanceOf(ListItem.class);
    }

    @Test
    void parse_rtlParagraphAfterMention_isRtl() {
        String html = "<p><span class=\"h-card\"><a href=\"https://social.example/@alice\" class=\"u-url mention\">"
                + "@<span>alice</span></a></span> שלום לכולם</p><p>English <b>and</b> עברית</p><p>123 — !</p>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.blocks())
                .extracting(Block::direction)
                .containsExactly(Direction.RTL, Direction.LTR, Direction.LTR);
    }

    @Test
    void parse_emojiShortcodes_becomeRunsOnlyWhenListed() {
        RichText text = parser.parse("<p>hi :blobcat::blobcat: :unknown: 12:30:45</p>", WITH_BLOBCAT);

        assertThat(Runs.all(text))
                .containsExactly(
                        new Text("hi ", Style.PLAIN),
                        new Inline.Emoji("blobcat", BLOBCAT.url(), BLOBCAT.staticUrl()),
                        new Inline.Emoji("blobcat", BLOBCAT.url(), BLOBCAT.staticUrl()),
                        new Text(" :unknown: 12:30:45", Style.PLAIN));
    }

    @Test
    void parse_shortcodeInsideALink_staysInTheLinkAndHref() {
        String html = "<a href=\"https://x.example/:blobcat:/\">:blobcat: site</a>";

        RichText text = parser.parse(html, WITH_BLOBCAT);

        assertThat(Runs.links(text)).containsExactly("https://x.example/:blobcat:/ | :blobcat: site");
        assertThat(Runs.emojis(text)).isEmpty();
    }

    @Test
    void parse_emojiImage_becomesAnEmojiRunOtherImagesNothing() {
        String html = "<p><img class=\"emoji\" alt=\":blobcat:\" src=\"https://cdn.example/b.gif\">"
                + "<img alt=\":other:\" src=\"https://cdn.example/o.gif\"><img alt=\"photo\" src=\"x\"></p>";

        RichText text = parser.parse(html, WITH_BLOBCAT);

        assertThat(Runs.all(text)).containsExactly(new Inline.Emoji("blobcat", BLOBCAT.url(), BLOBCAT.staticUrl()));
    }

    @Test
    void parse_emojiWithUnsafeImageUrl_staysText() {
        ContentContext context = new ContentContext(
                List.of(), List.of(), List.of(new CustomEmoji("x", "javascript:alert(1)", "data:,")), null, false);

        RichText text = parser.parse("<p>:x:</p>", context);

        assertThat(Runs.emojis(text)).isEmpty();
        assertThat(text.plainText()).isEqualTo(":x:");
    }

    @Test
    void parse_spacesInsideLinkText_moveOutsideTheLink() {
        RichText text =
                parser.parse("<p>see<a href=\"https://x.example\"> the\n site </a>now</p>", ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo("see the site now");
        assertThat(Runs.links(text)).containsExactly("https://x.example | the site");
    }

    @Test
    void parse_linkWithoutText_givesNothing() {
        RichText text = parser.parse("<p>a<a href=\"https://x.example\"><img src=\"y\"></a>b</p>", ContentContext.NONE);

        assertThat(Runs.all(text)).containsExactly(new Text("ab", Style.PLAIN));
    }

    @Test
    void parse_blocksInsideALink_flattenToSpaces() {
        RichText text = parser.parse("<a href=\"https://x.example\"><p>one</p><p>two</p></a>", ContentContext.NONE);

        assertThat(text.blocks()).hasSize(1);
        assertThat(Runs.links(text)).containsExactly("https://x.example | one two");
    }

    @Test
    void parse_mentionClassWithoutAtSign_isALink() {
        RichText text = parser.parse(
                "<a class=\"u-url mention\" href=\"https://x.example/@a\">profile</a>"
                        + " <a rel=\"tag\" href=\"https://x.example/category/news\">news</a>",
                ContentContext.NONE);

        assertThat(Runs.links(text))
                .containsExactly("https://x.example/@a | profile", "https://x.example/category/news | news");
    }

    @Test
    void parse_localMentionWithoutDomain_getsBareAcctFromTheServerUrl() {
        ContentContext context = new ContentContext(List.of(), List.of(), List.of(), "https://Social.Example/", false);
        String html = "<a class=\"u-url mention\" href=\"https://social.example/@bob\">@bob</a>"
                + " <a class=\"u-url mention\" href=\"https://social.example/@eve\">@eve@social.example</a>";

        RichText text = parser.parse(html, context);

        assertThat(Runs.mentions(text))
                .containsExactly(
                        "https://social.example/@bob | bob | bob | -", "https://social.example/@eve | eve | eve | -");
    }

    @Test
    void parse_uppercaseScheme_isNormalised() {
        RichText text = parser.parse("<a href=\"HTTPS://Example.com/A\">x</a>", ContentContext.NONE);

        assertThat(Runs.links(text)).containsExactly("https://Example.com/A | x");
        assertThat(((Inline.Link) Runs.all(text).getFirst()).tooltip()).isEqualTo("https://Example.com/A");
    }

    @Test
    void parse_result_isImmutable() {
        RichText text = parser.parse("<p>a</p>", ContentContext.NONE);

        assertThatThrownBy(() -> text.blocks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> text.blocks().getFirst().inlines().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_nonPositiveLimit_isRejected() {
        assertThatThrownBy(() -> new ContentParser(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
