package social.woolly.core.content;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Turns a status's {@code content} HTML into {@link RichText}. Understands what Mastodon, Pleroma,
 * Akkoma, GoToSocial, Misskey, Hollo and snac send (paragraphs or bare {@code <br>}s, mentions,
 * hashtags, Mastodon's shortened links, custom emoji, basic formatting, lists, quotes, code) and keeps
 * nothing else: only http(s) links can be clicked, scripts and embedded objects give nothing, unknown
 * tags give their text, bidi overrides are removed.
 *
 * <p>A pure function: stateless and thread-safe, never throws on any input, cheap enough to run for
 * every status shown (on a background thread: it is not I/O, but it is not free either). Output is
 * capped at {@code maxChars} shown characters and input at {@link #MAX_HTML_CHARS}, so a 1 MB post
 * costs no more than a long one; {@link RichText#truncated()} tells when either cut.
 */
public final class ContentParser {

    /** The default limit on shown characters: far more than any timeline needs. */
    public static final int DEFAULT_MAX_CHARS = 20_000;

    /** HTML beyond this is not parsed at all; it could not fit in the shown characters anyway. */
    public static final int MAX_HTML_CHARS = 200_000;

    private final int maxChars;

    public ContentParser() {
        this(DEFAULT_MAX_CHARS);
    }

    /** @param maxChars how many characters of text to keep at most; more sets the truncated flag */
    public ContentParser(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** @param html the status's {@code content}; null or blank gives {@link RichText#EMPTY} */
    public RichText parse(@Nullable String html, ContentContext context) {
        if (html == null || html.isBlank()) {
            return RichText.EMPTY;
        }
        boolean cut = html.length() > MAX_HTML_CHARS;
        String input = cut ? cutHtml(html) : html;
        Document document = Parser.parseBodyFragment(input, "");
        HtmlWalker walker = new HtmlWalker(context, emojiMap(context), maxChars, !hasMarkup(input));
        NodeTraversor.filter(walker, document.body());
        return walker.finish(cut);
    }

    /** Cuts before the last tag that starts near the limit, so no half tag shows as text. */
    private static String cutHtml(String html) {
        int end = MAX_HTML_CHARS;
        int lastTag = html.lastIndexOf('<', end);
        if (lastTag > end - 1000) {
            end = lastTag;
        }
        if (Character.isHighSurrogate(html.charAt(end - 1))) {
            end--;
        }
        return html.substring(0, end);
    }

    /** Whether the content has a tag at all; without one it is plain text whose newlines mean breaks. */
    static boolean hasMarkup(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if ((next | 0x20) >= 'a' && (next | 0x20) <= 'z' || next == '/' || next == '!' || next == '?') {
                return true;
            }
        }
        return false;
    }

    /** Shortcode to emoji run, for the status's emojis whose image URLs are safe to load. */
    private static Map<String, Inline.Emoji> emojiMap(ContentContext context) {
        if (context.emojis().isEmpty()) {
            return Map.of();
        }
        Map<String, Inline.Emoji> emojis = new HashMap<>();
        for (ContentContext.CustomEmoji emoji : context.emojis()) {
            String url = LinkText.safeHref(emoji.url());
            String staticUrl = LinkText.safeHref(emoji.staticUrl());
            if (url != null && !emoji.shortcode().isEmpty()) {
                emojis.putIfAbsent(
                        emoji.shortcode(),
                        new Inline.Emoji(emoji.shortcode(), url, staticUrl == null ? url : staticUrl));
            }
        }
        return emojis;
    }
}
