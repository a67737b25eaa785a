package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and broken input: huge, deep, cut short or full of invisible characters. Each finishes fast. */
@Timeout(5)
class ContentParserRobustnessTest {

    private final ContentParser parser = new ContentParser();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t", "<p></p>", "<p> <br> </p>", "<br><br>", "<p>\u200B\u200D</p>"})
    void parse_nothingVisible_givesEmpty(String html) {
        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.isEmpty()).isTrue();
        assertThat(text.plainText()).isEmpty();
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void parse_oneMegabyteOfText_isCutAtTheLimit() {
        String html = "<p>" + "word ".repeat(210_000) + "</p>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(html.length()).isGreaterThan(1_000_000);
        assertThat(text.truncated()).isTrue();
        assertThat(text.plainText())
                .hasSizeBetween(ContentParser.DEFAULT_MAX_CHARS - 5, ContentParser.DEFAULT_MAX_CHARS);
    }

    @Test
    void parse_oneMegabyteOfMarkup_isCutAndFlagged() {
        String html = "<p><b></b><i></i><span class=\"x\"></span></p>".repeat(25_000) + "<p>end</p>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.truncated()).isTrue();
        assertThat(text.plainText()).doesNotContain("end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"b", "div", "span", "blockquote", "ul", "li", "pre", "a href=https://x", "p"})
    void parse_tenThousandNestedTags_keepsTheText(String tag) {
        String name = tag.split(" ")[0];
        String html = ("<" + tag + ">").repeat(10_000) + "deep" + ("</" + name + ">").repeat(10_000);

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.plainText()).contains("deep");
    }

    @Test
    void parse_tenThousandNestedLinksBeyondTheHtmlCap_isCutAndFlagged() {
        String html = "<a href=\"https://example.com/\">".repeat(10_000) + "deep" + "</a>".repeat(10_000);

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(html.length()).isGreaterThan(ContentParser.MAX_HTML_CHARS);
        assertThat(text.truncated()).isTrue();
        assertThat(text.plainText()).isEmpty();
    }

    @Test
    void parse_tenThousandUnclosedMixedTags_keepsTheText() {
        String html = "<div><b><i><blockquote><ol><li><s>".repeat(10_000 / 7) + "deep";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.plainText()).endsWith("deep");
    }

    @Test
    void parse_overLimit_cutsWithoutSplittingASurrogatePair() {
        RichText cut = new ContentParser(5).parse("<p>abcd😀e</p>", ContentContext.NONE);
        RichText fits = new ContentParser(6).parse("<p>abcd😀e</p>", ContentContext.NONE);

        assertThat(cut.plainText()).isEqualTo("abcd");
        assertThat(cut.truncated()).isTrue();
        assertThat(fits.plainText()).isEqualTo("abcd😀");
    }

    @Test
    void parse_linkOverLimit_cutsItsText() {
        String html = "<p>0123456789 <a href=\"https://example.com/x\">https://example.com/x</a></p>";

        RichText text = new ContentParser(20).parse(html, ContentContext.NONE);

        assertThat(text.truncated()).isTrue();
        assertThat(Runs.links(text)).containsExactly("https://example.com/x | https://e");
    }

    @Test
    void parse_veryLongWordAndUrl_keepsThemWhole() {
        String word = "a".repeat(5_000);
        String url = "https://example.com/" + "p".repeat(4_000);

        RichText text =
                parser.parse("<p>" + word + " <a href=\"" + url + "\">" + url + "</a></p>", ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo(word + " " + url);
        assertThat(Runs.links(text)).containsExactly(url + " | " + url);
    }

    @Test
    void parse_hrefLongerThanAnyRealUrl_isPlainText() {
        String url = "https://example.com/" + "p".repeat(LinkText.MAX_HREF);

        RichText text = parser.parse("<a href=\"" + url + "\">long</a>", ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo("long");
        assertThat(Runs.links(text)).isEmpty();
    }

    @Test
    void parse_bidiControls_areRemovedButRtlTextStays() {
        String html = "<p>\u202Dשלום\u202C \u2067عالم\u2069 \u202Bx\u202C</p>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo("שלום عالم x");
        assertThat(text.blocks().getFirst().direction()).isEqualTo(Direction.RTL);
    }

    @Test
    void parse_zeroWidthCharsInLinkText_areRemoved() {
        String html = "<a href=\"https://evil.example/\">pay\u200Bpal\u2060.\u00ADcom</a>";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(Runs.links(text)).containsExactly("https://evil.example/ | paypal.com");
    }

    @Test
    void parse_hrefWithBidiOverride_isPlainText() {
        RichText text = parser.parse("<a href=\"https://example.com/\u202Eexe.txt\">file</a>", ContentContext.NONE);

        assertThat(Runs.links(text)).isEmpty();
        assertThat(text.plainText()).isEqualTo("file");
    }

    @Test
    void parse_emojiJoinersInText_areKept() {
        RichText text = parser.parse("<p>👩\u200D💻 at work, می\u200Cخواهم</p>", ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo("👩\u200D💻 at work, می\u200Cخواهم");
    }

    @Test
    void parse_controlCharacters_areRemoved() {
        RichText text = parser.parse("<p>a\u0000b\u0007c\u0085d\uFEFFe</p>", ContentContext.NONE);

        assertThat(text.plainText()).isEqualTo("abcde");
    }

    @Test
    void parse_brokenMarkup_keepsTheText() {
        String html = "<p>one</b></i><p>two <a href=\"https://x.example\"<b>three</p></a></li></ul>four<";

        RichText text = parser.parse(html, ContentContext.NONE);

        assertThat(text.plainText()).startsWith("one\n\ntwo").contains("four");
    }

    @Test
    void parse_sameInputOnManyThreads_givesEqualResults() {
        String html = "<p><b>bold</b> <a href=\"https://x.example/\">link</a> #tag :blobcat:</p><ul><li>a</li></ul>";
        RichText expected = parser.parse(html, ContentContext.NONE);

        List<RichText> results = IntStream.range(0, 200)
                .parallel()
                .mapToObj(i -> parser.parse(html, ContentContext.NONE))
                .toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }
}
