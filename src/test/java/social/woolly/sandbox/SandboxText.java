package social.woolly.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the plain text of a post into HTML shaped like Mastodon's: paragraphs in {@code <p>},
 * line breaks, {@code h-card} mentions, {@code hashtag} links and shortened URLs. Also counts
 * characters the way Mastodon's validator does.
 */
final class SandboxText {
    static final int URL_LENGTH = 23;

    private static final Pattern TOKEN = Pattern.compile("(?<url>https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'])"
            + "|(?<![\\w/@])@(?<user>[A-Za-z0-9_]+)(?:@(?<domain>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+))?"
            + "|(?<![\\w/#&])#(?<tag>[\\p{L}\\p{N}_]*[\\p{L}_][\\p{L}\\p{N}_]*)"
            + "|:(?<emoji>[A-Za-z0-9_]{2,}):");

    /** Rendered HTML with what it refers to. */
    record Rendered(String html, List<SandboxAccount> mentions, List<String> tags, List<String> emojis) {}

    private final String baseUrl;
    private final Function<String, @Nullable SandboxAccount> lookup;
    private final Function<SandboxAccount, String> profileUrl;
    private final Set<String> emojiShortcodes;

    SandboxText(
            String baseUrl,
            Function<String, @Nullable SandboxAccount> lookup,
            Function<SandboxAccount, String> profileUrl,
            Set<String> emojiShortcodes) {
        this.baseUrl = baseUrl;
        this.lookup = lookup;
        this.profileUrl = profileUrl;
        this.emojiShortcodes = emojiShortcodes;
    }

    /**
     * Renders {@code text}; {@code lineBreak} is {@code <br />} for local posts (Rails'
     * simple_format) and {@code <br>} for remote ones (Mastodon's sanitizer re-serializes them).
     */
    Rendered render(String text, String spoilerText, String lineBreak) {
        Set<SandboxAccount> mentions = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> emojis = new LinkedHashSet<>();
        collectEmojis(spoilerText, emojis);
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n{2,}")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append(lineBreak);
                }
                appendLine(html, lines[i], mentions, tags, emojis);
            }
            html.append("</p>");
        }
        return new Rendered(html.toString(), List.copyOf(mentions), List.copyOf(tags), List.copyOf(emojis));
    }

    private void appendLine(
            StringBuilder html, String line, Set<SandboxAccount> mentions, Set<String> tags, Set<String> emojis) {
        Matcher m = TOKEN.matcher(line);
        int last = 0;
        while (m.find()) {
            html.append(escape(line.substring(last, m.start())));
            last = m.end();
            if (m.group("url") != null) {
                html.append(link(m.group("url")));
            } else if (m.group("user") != null) {
                String acct = m.group("domain") == null ? m.group("user") : m.group("user") + "@" + m.group("domain");
                SandboxAccount account = lookup.apply(acct);
                if (account == null) {
                    html.append(escape(m.group()));
                } else {
                    mentions.add(account);
                    html.append(mention(account));
                }
            } else if (m.group("tag") != null) {
                tags.add(m.group("tag").toLowerCase(Locale.ROOT));
                html.append(hashtag(m.group("tag")));
            } else {
                if (emojiShortcodes.contains(m.group("emoji"))) {
                    emojis.add(m.group("emoji"));
                }
                html.append(escape(m.group()));
            }
        }
        html.append(escape(line.substring(last)));
    }

    private void collectEmojis(String text, Set<String> emojis) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group("emoji") != null && emojiShortcodes.contains(m.group("emoji"))) {
                emojis.add(m.group("emoji"));
            }
        }
    }

    private String mention(SandboxAccount account) {
        return "<span class=\"h-card\" translate=\"no\"><a href=\"" + escape(profileUrl.apply(account))
                + "\" class=\"u-url mention\">@<span>" + escape(account.username) + "</span></a></span>";
    }

    private String hashtag(String tag) {
        String href = baseUrl + "/tags/" + URLEncoder.encode(tag.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
        return "<a href=\"" + escape(href) + "\" class=\"mention hashtag\" rel=\"tag\">#<span>" + escape(tag)
                + "</span></a>";
    }

    /** Mastodon hides the scheme and shortens the rest to 30 characters with an ellipsis. */
    private static String link(String url) {
        int schemeEnd = url.indexOf("://") + 3;
        String scheme = url.substring(0, schemeEnd);
        String rest = url.substring(schemeEnd);
        String shown = rest.length() > 30 ? rest.substring(0, 30) : rest;
        String hidden = rest.substring(shown.length());
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\">"
                + "<span class=\"invisible\">" + escape(scheme) + "</span>"
                + "<span class=\"" + (hidden.isEmpty() ? "" : "ellipsis") + "\">" + escape(shown) + "</span>"
                + "<span class=\"invisible\">" + escape(hidden) + "</span></a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * Mastodon's StatusLengthValidator: every http(s) URL counts as 23 characters, a remote
     * mention counts only its {@code @username}, the content warning counts too, and characters
     * are grapheme clusters (an emoji with modifiers is one).
     */
    static int countedLength(String text, String spoilerText) {
        StringBuilder countable = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            countable.append(text, last, m.start());
            last = m.end();
            if (m.group("url") != null) {
                countable.append("x".repeat(URL_LENGTH));
            } else if (m.group("user") != null) {
                countable.append('@').append(m.group("user"));
            } else {
                countable.append(m.group());
            }
        }
        countable.append(text.substring(last));
        return graphemes(spoilerText) + graphemes(countable.toString());
    }

    static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** The plain text of a post for search: tags, mentions and the words themselves. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_#@]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
