package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.content.ContentContext.CustomEmoji;
import social.woolly.core.content.ContentContext.KnownMention;
import social.woolly.core.content.ContentContext.KnownTag;

/**
 * Status content as each server sends it, and what Woolly makes of it. The HTML follows the shape of
 * each server's formatter output (tag and attribute layout); names, URLs and ids are made up.
 */
class ServerShapesTest {

    private static final String BASE = "https://social.example";

    private final ContentParser parser = new ContentParser();

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    @Timeout(2)
    void parse_serverShape_givesTextAndRuns(Case c) {
        RichText text = parser.parse(c.html, c.context);

        assertThat(text.plainText()).isEqualTo(c.plain);
        assertThat(Runs.links(text)).containsExactlyElementsOf(c.links);
        assertThat(Runs.mentions(text)).containsExactlyElementsOf(c.mentions);
        assertThat(Runs.hashtags(text)).containsExactlyElementsOf(c.hashtags);
        assertThat(Runs.emojis(text)).containsExactlyElementsOf(c.emojis);
        assertThat(text.truncated()).isFalse();
    }

    static Stream<Case> shapes() {
        return Stream.of(
                // Mastodon 4.x TextFormatter: <p>, h-card mention, shortened link, hashtag linking /tags/Java
                // while the status's tags list spells it /tags/java.
                shape(
                                "mastodon: mention, shortened link, hashtag",
                                "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://social.example/@alice\""
                                        + " class=\"u-url mention\">@<span>alice</span></a></span> read this: <a"
                                        + " href=\"https://news.example/2025/03/a-rather-long-article-slug\""
                                        + " target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\"><span"
                                        + " class=\"invisible\">https://</span><span class=\"ellipsis\">"
                                        + "news.example/2025/03/a-rather-</span><span class=\"invisible\">"
                                        + "long-article-slug</span></a> <a href=\"https://social.example/tags/Java\""
                                        + " class=\"mention hashtag\" rel=\"tag\">#<span>Java</span></a></p>")
                        .context(ctx(
                                List.of(mention("https://social.example/@alice", "alice", "alice", "1001")),
                                List.of(tag("java", "https://social.example/tags/java")),
                                List.of()))
                        .plain("@alice read this: news.example/2025/03/a-rather-… #Java")
                        .links("https://news.example/2025/03/a-rather-long-article-slug"
                                + " | news.example/2025/03/a-rather-…")
                        .mentions("https://social.example/@alice | alice | alice | 1001")
                        .hashtags("java | #Java"),
                // Mastodon: <br /> inside a paragraph, then a second paragraph.
                shape("mastodon: line break and paragraphs", "<p>Line one<br />line two</p><p>Second paragraph</p>")
                        .plain("Line one\nline two\n\nSecond paragraph"),
                // Mastodon: a remote account, matched through the status's mentions.
                shape(
                                "mastodon: remote mention from the mentions list",
                                "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://remote.example/@carol\""
                                        + " class=\"u-url mention\">@<span>carol</span></a></span> thanks!</p>")
                        .context(ctx(List.of(
                                mention("https://remote.example/@carol", "carol", "carol@remote.example", "2002"))))
                        .plain("@carol thanks!")
                        .mentions("https://remote.example/@carol | carol | carol@remote.example | 2002"),
                // Mastodon 4.4 quote posts: the RE: fallback paragraph stays when no quote card is shown.
                shape("mastodon: quote fallback kept without a quote card", QUOTE_FALLBACK)
                        .plain("RE: other.example/@bob/1150\n\nGood point!")
                        .links("https://other.example/@bob/1150 | other.example/@bob/1150"),
                shape("mastodon: quote fallback hidden under a quote card", QUOTE_FALLBACK)
                        .context(quoteShown())
                        .plain("Good point!"),
                // Pleroma: no <p>, bare text and <br/>, h-card mention with data-user, not in the mentions list.
                shape(
                                "pleroma: br-only text, unlisted mention",
                                "hi <span class=\"h-card\"><a class=\"u-url mention\" data-user=\"9xQ2kLm\""
                                        + " href=\"https://pleroma.example/users/dave\" rel=\"ugc\">@<span>dave</span>"
                                        + "</a></span> how are you<br/><br/>second thought<br/>same paragraph")
                        .plain("hi @dave how are you\n\nsecond thought\nsame paragraph")
                        .mentions("https://pleroma.example/users/dave | dave | - | -"),
                // Akkoma: the href is the actor id, the mentions list has the profile URL: matched by handle.
                shape(
                                "akkoma: mention matched by handle when URLs differ",
                                "<span class=\"h-card\"><a class=\"u-url mention\" data-user=\"AbCdE\""
                                        + " href=\"https://akkoma.example/users/erin\" rel=\"ugc\">@<span>erin</span>"
                                        + "</a></span> yes")
                        .context(ctx(List.of(
                                mention("https://akkoma.example/@erin", "erin", "erin@akkoma.example", "A1b2C3"))))
                        .plain("@erin yes")
                        .mentions("https://akkoma.example/users/erin | erin | erin@akkoma.example | A1b2C3"),
                // Pleroma profile/post hashtag: class="hashtag" data-tag, /tag/ path.
                shape(
                                "pleroma: hashtag with data-tag",
                                "I drink <a class=\"hashtag\" data-tag=\"coffee\""
                                        + " href=\"https://pleroma.example/tag/coffee\" rel=\"tag ugc\">#coffee</a>"
                                        + " daily")
                        .plain("I drink #coffee daily")
                        .hashtags("coffee | #coffee"),
                // Akkoma quotes end with <span class="quote-inline"><br/><br/>RE: <a>…</a></span>.
                shape(
                                "akkoma: quote-inline span hidden under a quote card",
                                "look at this<span class=\"quote-inline\"><br/><br/>RE: <a"
                                        + " href=\"https://akkoma.example/notes/abc\">"
                                        + "https://akkoma.example/notes/abc</a></span>")
                        .context(quoteShown())
                        .plain("look at this"),
                // Pleroma: runs of <br/>, trailing <br>.
                shape("pleroma: runs of breaks", "first<br/><br/><br/><br/>second<br>third<br/>")
                        .plain("first\n\nsecond\nthird"),
                // GoToSocial plain-text formatter: <p>, <br><br>, rel="nofollow noreferrer noopener", emoji text.
                shape(
                                "gotosocial: mention, hashtag and emoji separated by breaks",
                                "<p>Another test <span class=\"h-card\"><a href=\"https://fossbros.example/@foss_satan\""
                                        + " class=\"u-url mention\" rel=\"nofollow noreferrer noopener\""
                                        + " target=\"_blank\">@<span>foss_satan</span></a></span><br><br><a"
                                        + " href=\"https://gts.example/tags/hashtag\" class=\"mention hashtag\""
                                        + " rel=\"tag nofollow noreferrer noopener\" target=\"_blank\">#<span>"
                                        + "Hashtag</span></a><br><br>Text<br><br>:rainbow:</p>")
                        .context(ctx(
                                List.of(mention(
                                        "https://fossbros.example/@foss_satan",
                                        "foss_satan",
                                        "foss_satan@fossbros.example",
                                        "01F8MH5NBDF2MV7CTC4Q5128HF")),
                                List.of(tag("hashtag", "https://gts.example/tags/hashtag")),
                                List.of(emoji("rainbow"))))
                        .plain("Another test @foss_satan\n\n#Hashtag\n\nText\n\n:rainbow:")
                        .mentions("https://fossbros.example/@foss_satan | foss_satan | foss_satan@fossbros.example"
                                + " | 01F8MH5NBDF2MV7CTC4Q5128HF")
                        .hashtags("hashtag | #Hashtag")
                        .emojis("rainbow"),
                // GoToSocial: a link shows its whole URL, the href is percent-encoded.
                shape(
                                "gotosocial: full URL as link text",
                                "<p>here's a link: <a href=\"https://example.org/s%C3%B6me_url\""
                                        + " rel=\"nofollow noreferrer noopener\" target=\"_blank\">"
                                        + "https://example.org/söme_url</a></p>")
                        .plain("here's a link: https://example.org/söme_url")
                        .links("https://example.org/s%C3%B6me_url | https://example.org/söme_url"),
                // Hollo: mention with at/user/domain spans, hashtag in a list.
                shape(
                                "hollo: split-span mention and hashtag in a list",
                                "<p>Follow <a translate=\"no\" class=\"h-card u-url mention\" target=\"_blank\""
                                        + " href=\"https://hollo.example/@fedify\"><span class=\"at\">@</span><span"
                                        + " class=\"user\">fedify</span><span class=\"at\">@</span><span"
                                        + " class=\"domain\">hollo.example</span></a>.</p>\n<ul>\n<li>I can tag <a"
                                        + " class=\"mention hashtag\" rel=\"tag\" target=\"_blank\""
                                        + " href=\"https://hollo.example/tags/hashtag\">#<span>Hashtag</span></a>."
                                        + "</li>\n</ul>\n")
                        .context(ctx(List.of()))
                        .plain("Follow @fedify@hollo.example.\n\n• I can tag #Hashtag.")
                        .mentions("https://hollo.example/@fedify | fedify | fedify@hollo.example | -")
                        .hashtags("Hashtag | #Hashtag"),
                // Hollo quotes: <p class="quote-inline"><span class="quote-inline"><br><br>RE: …</span></p>.
                shape(
                                "hollo: quote fallback paragraph hidden under a quote card",
                                "<p>body</p><p class=\"quote-inline\"><span class=\"quote-inline\"><br><br>RE: <a"
                                        + " href=\"https://hollo.example/@x/0192\">https://hollo.example/@x/0192</a>"
                                        + "</span></p>")
                        .context(quoteShown())
                        .plain("body"),
                // Misskey MfmService.toHtml: mention text is the full handle, hashtags only rel="tag",
                // custom emoji wrapped in zero-width spaces, <br />.
                shape(
                                "misskey: handle mention, rel=tag hashtag, emoji between zero-width spaces",
                                "<p><a href=\"https://misskey.example/@frank\" class=\"u-url mention\">"
                                        + "@frank@misskey.example</a> nice<br />\u200B:blobcat:\u200B <a"
                                        + " href=\"https://misskey.example/tags/misskey\" rel=\"tag\">#misskey</a></p>")
                        .context(ctx(List.of(), List.of(), List.of(emoji("blobcat"))))
                        .plain("@frank@misskey.example nice\n\u200B:blobcat:\u200B #misskey")
                        .mentions("https://misskey.example/@frank | frank | frank@misskey.example | -")
                        .hashtags("misskey | #misskey")
                        .emojis("blobcat"),
                // Misskey-style plain text (bridges, old forks): no markup, newlines mean breaks.
                shape("misskey: plain text with newlines", "first line\nsecond line\n\nnew paragraph &amp; more")
                        .plain("first line\nsecond line\n\nnew paragraph & more"),
                // Misskey: <b>, <i> (for $[fn]), <del>, <small>, <code>.
                shape(
                                "misskey: inline formatting",
                                "<p><b>bold</b> <i>fn</i> <del>gone</del> <small>tiny</small> <code>x=1</code></p>")
                        .plain("bold fn gone tiny x=1"),
                // snac not_really_markdown: <br>-separated lines, <blockquote> and <pre> from > and ```.
                shape(
                                "snac: lines, quote, preformatted, bare link",
                                "line one<br>line <b>two</b><br><blockquote>quoted line</blockquote>"
                                        + "<pre>code\n  here</pre><a href=\"https://site.example/page\">"
                                        + "https://site.example/page</a>")
                        .plain("line one\nline two\n\nquoted line\n\ncode\n  here\n\nhttps://site.example/page")
                        .links("https://site.example/page | https://site.example/page"),
                // Hostile: script, style and iframe give nothing.
                shape(
                                "hostile: script, style, iframe",
                                "<p>before<script>alert(1)</script><style>p{color:red}</style>"
                                        + "<iframe src=\"https://evil.example\">fallback</iframe> after</p>")
                        .plain("before after"),
                // Hostile: only absolute http(s) links can be clicked.
                shape(
                                "hostile: javascript, data, relative, mailto, protocol-relative hrefs",
                                "<p><a href=\"javascript:alert(1)\">click</a> <a href=\"data:text/html,x\">data</a>"
                                        + " <a href=\"/relative\">rel</a> <a href=\"mailto:a@b.example\">mail</a>"
                                        + " <a href=\"//evil.example/x\">proto</a> <a href=\" JavaScript:x\">js</a>"
                                        + " <a href=\"java&#09;script:x\">tab</a></p>")
                        .plain("click data rel mail proto js tab"),
                // Hostile: embedded objects, images, svg, form controls give nothing; unknown tags their text.
                shape(
                                "hostile: object, img, svg, form, unknown tags",
                                "<div><object data=\"x\">obj</object><img src=\"https://x.example/a.png\" alt=\"pic\">"
                                        + "<svg><text>svg text</text></svg><form><input value=\"v\"><label>label"
                                        + "</label><button>btn</button></form><marquee>unknown <blink>tags</blink>"
                                        + "</marquee></div>")
                        .plain("label\n\nunknown tags"),
                shape("hostile: entities", "<p>&amp; &lt;b&gt;not bold&lt;/b&gt; &#x1F600; &#128512; caf&eacute;</p>")
                        .plain("& <b>not bold</b> 😀 😀 café"),
                shape("hostile: bidi override removed", "<p>invoice\u202Etxt.exe\u202C done</p>")
                        .plain("invoicetxt.exe done"),
                shape("hostile: unclosed tags", "<p>unclosed <b>bold <a href=\"https://x.example/\">link")
                        .plain("unclosed bold link")
                        .links("https://x.example/ | link"),
                shape(
                                "whitespace: collapsed, edges trimmed, empty paragraphs dropped",
                                "<p>  lots   of\n\t space  </p>\n\n<p>\n</p><p> <br> </p><p>\u200B</p>")
                        .plain("lots of space"),
                // GoToSocial markdown headings become paragraphs.
                shape("gotosocial: heading", "<h1>Title</h1><p>body</p>").plain("Title\n\nbody"));
    }

    private static final String QUOTE_FALLBACK = "<p class=\"quote-inline\">RE: <a"
            + " href=\"https://other.example/@bob/1150\" target=\"_blank\" rel=\"nofollow noopener\""
            + " translate=\"no\"><span class=\"invisible\">https://</span><span class=\"\">other.example/@bob/1150"
            + "</span><span class=\"invisible\"></span></a></p><p>Good point!</p>";

    static ContentContext ctx(List<KnownMention> mentions) {
        return ctx(mentions, List.of(), List.of());
    }

    static ContentContext ctx(List<KnownMention> mentions, List<KnownTag> tags, List<CustomEmoji> emojis) {
        return new ContentContext(mentions, tags, emojis, BASE, false);
    }

    static ContentContext quoteShown() {
        return new ContentContext(List.of(), List.of(), List.of(), BASE, true);
    }

    static KnownMention mention(String url, String username, String acct, String id) {
        return new KnownMention(url, username, acct, id);
    }

    static KnownTag tag(String name, String url) {
        return new KnownTag(name, url);
    }

    static CustomEmoji emoji(String shortcode) {
        return new CustomEmoji(
                shortcode,
                "https://cdn.example/emoji/" + shortcode + ".gif",
                "https://cdn.example/emoji/" + shortcode + ".png");
    }

    private static Case shape(String name, String html) {
        return new Case(name, html, ContentContext.NONE, "", List.of(), List.of(), List.of(), List.of());
    }

    /** One row of the table; the fluent steps keep rows short where most lists are empty. */
    record Case(
            String name,
            String html,
            ContentContext context,
            String plain,
            List<String> links,
            List<String> mentions,
            List<String> hashtags,
            List<String> emojis) {

        Case context(ContentContext value) {
            return new Case(name, html, value, plain, links, mentions, hashtags, emojis);
        }

        Case plain(String value) {
            return new Case(name, html, context, value, links, mentions, hashtags, emojis);
        }

        Case links(String... value) {
            return new Case(name, html, context, plain, List.of(value), mentions, hashtags, emojis);
        }

        Case mentions(String... value) {
            return new Case(name, html, context, plain, links, List.of(value), hashtags, emojis);
        }

        Case hashtags(String... value) {
            return new Case(name, html, context, plain, links, mentions, List.of(value), emojis);
        }

        Case emojis(String... value) {
            return new Case(name, html, context, plain, links, mentions, hashtags, List.of(value));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
