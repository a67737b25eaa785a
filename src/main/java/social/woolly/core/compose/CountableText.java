package social.woolly.core.compose;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text Mastodon's {@code StatusLengthValidator} counts: each URL it recognizes replaced by a
 * placeholder of the server's URL length, each mention {@code @user@domain} shortened to {@code
 * @user}. Recognition follows the twitter-text rules Mastodon extracts with
 * ({@code Extractor.extract_urls_with_indices(text, extract_url_without_protocol: false)} and
 * {@code extract_mentions_or_lists_with_indices}), with Mastodon's overrides from {@code
 * config/initializers/twitter_regex.rb}: a URL needs a scheme, its path may hold any character
 * but white space, {@code <>()?}, its last character is not punctuation ({@code .,:;!?'"*} …)
 * unless it closes balanced parentheses, and the query ends on a letter, digit or {@code _&=#/-}.
 *
 * <p>Known differences, both on text nobody writes by accident: twitter-text accepts a URL only if
 * its top-level domain is on its list, here any top-level domain of two or more letters (or
 * punycode) counts, so {@code https://example.notatld} is 23 here but its length on the server;
 * and a domain of more than 127 labels or a path of more than 100 parenthesised parts is cut
 * short here (see {@code DOMAIN}). Stateless and thread-safe; a 5,000-character status thick with
 * links and mentions takes about 3 ms.
 */
final class CountableText {

    /** twitter-text's {@code DIRECTIONAL_CHARACTERS}: bidi marks, embeddings and isolates. */
    private static final String DIRECTIONAL = "\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}";

    /** Byte-order marks and U+FFFF, which twitter-text treats as invalid. */
    private static final String INVALID = "\\x{FFFE}\\x{FEFF}\\x{FFFF}";

    private static final String UNICODE_SPACES =
            "\\x{0009}-\\x{000D}\\x{0020}\\x{0085}\\x{00A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}"
                    + "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,\\-./:;<=>?@\\[\\]^_`{|}~";

    private static final String NOT_IN_DOMAIN =
            DIRECTIONAL + ASCII_PUNCTUATION + UNICODE_SPACES + "\\x{0000}-\\x{001F}\\x{007F}" + INVALID;

    /** A character that may appear in a domain label: anything but punctuation, space or control. */
    private static final String DOMAIN_CHAR = "[^" + NOT_IN_DOMAIN + "]";

    // twitter-text writes a label (?:D(?:[_-]|D)*)?D. Written as one character-class run, the same
    // labels do not make Java's regex engine recurse once per character (a stack overflow on a
    // long word).
    private static final String SUBDOMAIN =
            "(?:" + DOMAIN_CHAR + "(?:[_\\-[^" + NOT_IN_DOMAIN + "]]*" + DOMAIN_CHAR + ")?\\.)";
    private static final String DOMAIN_NAME =
            "(?:" + DOMAIN_CHAR + "(?:[\\-[^" + NOT_IN_DOMAIN + "]]*" + DOMAIN_CHAR + ")?\\.)";

    // Approximates twitter-text's list of top-level domains (see the class comment).
    private static final String TLD = "(?:xn--[0-9a-z]++|[\\p{L}\\p{M}]{2,}+)(?=[^0-9a-z@+\\-]|$)";

    // Group repetitions recurse in Java's regex engine, once per repetition: they are bounded so that
    // no text can overflow the stack. A DNS name has at most 127 labels; a URL path ends after 100
    // parenthesised parts (twitter-text takes any number: only absurd text counts differently).
    private static final String DOMAIN = SUBDOMAIN + "{0,126}" + DOMAIN_NAME + TLD;

    private static final String PATH_CHAR = "[^\\p{IsWhite_Space}<>()?]";
    private static final String BALANCED_PARENS =
            "\\((?:" + PATH_CHAR + "+|(?:" + PATH_CHAR + "*\\(" + PATH_CHAR + "+\\)" + PATH_CHAR + "*))\\)";
    private static final String PATH_END =
            "(?:[^\\p{IsWhite_Space}()?!*\"'「」<>;:=,.$%\\[\\]~&|@]|" + BALANCED_PARENS + ")";
    private static final String PATH = "(?:(?:" + PATH_CHAR + "*(?:" + BALANCED_PARENS + PATH_CHAR + "*){0,20}"
            + PATH_END + ")|(?:" + PATH_CHAR + "+/))";

    /** Mastodon's {@code UCHARS}: the non-ASCII characters a query may contain. */
    private static final String QUERY_UNICODE = "\\x{00A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}"
            + "\\x{10000}-\\x{1FFFD}\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}"
            + "\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}\\x{70000}-\\x{7FFFD}\\x{80000}-\\x{8FFFD}"
            + "\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}\\x{C0000}-\\x{CFFFD}"
            + "\\x{D0000}-\\x{DFFFD}\\x{E1000}-\\x{EFFFD}\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}"
            + "\\x{100000}-\\x{10FFFD}";

    private static final String QUERY_CHAR = "[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@^" + QUERY_UNICODE + "]";
    private static final String QUERY_END = "[a-z0-9_&=#/\\-" + QUERY_UNICODE + "]";

    private static final String PRECEDING = "(?:[^A-Z0-9@＠$#＃" + INVALID + "]|[" + DIRECTIONAL + "]|^)";

    /**
     * twitter-text's {@code valid_url} as Mastodon redefines it: groups {@code scheme}, {@code
     * domain} and {@code url} (the whole URL, without the preceding character).
     */
    private static final Pattern URL = Pattern.compile(
            PRECEDING
                    + "(?<url>(?<scheme>(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://)?"
                    + "(?<domain>" + DOMAIN + ")"
                    + "(?::[0-9]+)?"
                    + "(?:/" + PATH + "{0,5})?"
                    + "(?:\\?" + QUERY_CHAR + "*" + QUERY_END + ")?)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);

    /** twitter-text cuts t.co links after their slug and ignores slugs longer than 40. */
    private static final Pattern TCO = Pattern.compile("^https?://t\\.co/([a-z0-9]+)", Pattern.CASE_INSENSITIVE);

    private static final int MAX_TCO_SLUG = 40;
    private static final int MAX_URL_LENGTH = 4096;
    /** Mastodon's {@code Extractor::MAX_DOMAIN_LENGTH}: a longer domain is no mention. */
    private static final int MAX_DOMAIN_LENGTH = 253;

    /** Ruby's {@code [[:word:]]} on Unicode text: letters, marks, decimal digits, connectors. */
    private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";

    /**
     * Mastodon's {@code Account::MENTION_RE}: {@code @user} or {@code @user@domain}, not right
     * after a word character, {@code /} or {@code =} (so not in e-mail addresses or URLs). Its
     * {@code x+(?:[.-]+x+)*} is written {@code x(?:[x.-]*x)?}: the same strings, matched without
     * recursion.
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![=/" + WORD + "])@(?<acct>(?<username>[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(?:@(?<domain>[" + WORD
                    + "](?:[" + WORD + ".-]*[" + WORD + "])?))?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * twitter-text's {@code end_mention_match}: a candidate followed by an at sign, a Latin accented
     * letter or {@code ://} is not a mention ({@code @noël} is not {@code @no}).
     */
    private static final Pattern MENTION_STOP = Pattern.compile(
            "[@＠]|[\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}\\x{00F8}-\\x{00FF}\\x{0100}-\\x{024F}\\x{0253}\\x{0254}"
                    + "\\x{0256}\\x{0257}\\x{0259}\\x{025B}\\x{0263}\\x{0268}\\x{026F}\\x{0272}\\x{0289}\\x{028B}"
                    + "\\x{02BB}\\x{0300}-\\x{036F}\\x{1E00}-\\x{1EFF}]|://");

    /**
     * A run of text without the separators no URL part can hold (ASCII white space and U+0085; a
     * query may hold other spaces, such as U+3000).
     */
    private static final Pattern TOKEN = Pattern.compile("[^\\x{0009}-\\x{000D}\\x{0020}\\x{0085}]+");

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private static final Pattern BLANK = Pattern.compile("\\p{IsWhite_Space}*");

    private CountableText() {}

    /** A span of the text and what it counts as. */
    private record Entity(int start, int end, String replacement) {
        Entity withReplacement(String value) {
            return new Entity(start, end, value);
        }
    }

    /**
     * The text as the server counts it; blank text (only white space) counts as nothing, as Rails'
     * {@code blank?} makes it.
     */
    static String of(String text, int urlLength) {
        if (BLANK.matcher(text).matches()) {
            return "";
        }
        List<Entity> entities = new ArrayList<>(urls(text, "x".repeat(urlLength)));
        entities.addAll(mentions(text));
        StringBuilder countable = new StringBuilder(text.length());
        int last = 0;
        // remove_overlapping_entities: by start, and one that overlaps the one before is dropped.
        entities.sort(Comparator.comparingInt(Entity::start));
        for (Entity entity : entities) {
            if (entity.start() < last) {
                continue;
            }
            countable.append(text, last, entity.start()).append(entity.replacement());
            last = entity.end();
        }
        return countable.append(text, last, text.length()).toString();
    }

    /** The number of user-perceived characters (extended grapheme clusters), as Ruby counts them. */
    static int graphemes(String text) {
        // \X is Java's extended grapheme cluster, like BreakIterator's but many times faster.
        Matcher clusters = GRAPHEME.matcher(text);
        int count = 0;
        while (clusters.find()) {
            count++;
        }
        return count;
    }

    private static List<Entity> urls(String text, String placeholder) {
        List<Entity> urls = new ArrayList<>();
        Matcher m = URL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            int scheme = text.indexOf("://", token.start());
            if (scheme < 0) {
                break;
            }
            if (scheme + 3 > token.end()) {
                continue;
            }
            // From the space before the token, which the preceding-character group may take.
            m.region(Math.max(0, token.start() - 1), token.end());
            while (m.find()) {
                Entity url = url(text, m);
                if (url != null) {
                    urls.add(url.withReplacement(placeholder));
                }
            }
        }
        return urls;
    }

    /**
     * The URL this match counts as, if any. A match without a scheme is not counted, but it was
     * consumed: a URL inside it ({@code example.com/https://…}) is not one either.
     */
    private static @Nullable Entity url(String text, Matcher m) {
        if (m.group("scheme") == null) {
            return null;
        }
        int start = m.start("url");
        int end = m.end("url");
        Matcher tco = TCO.matcher(m.group("url"));
        if (tco.find()) {
            if (tco.group(1).length() > MAX_TCO_SLUG) {
                return null;
            }
            end = start + tco.end();
        }
        return isValidDomain(text.codePointCount(start, end), m.group("domain")) ? new Entity(start, end, "") : null;
    }

    // twitter-text's is_valid_domain: the domain must convert to ASCII (IDNA 2003, as libidn does)
    // and the URL, with its domain in that form, stay within 4096 characters.
    private static boolean isValidDomain(int urlLength, String domain) {
        try {
            String ascii = IDN.toASCII(domain);
            return urlLength + Math.max(0, ascii.length() - domain.length()) <= MAX_URL_LENGTH;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Entity> mentions(String text) {
        List<Entity> mentions = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return mentions;
        }
        Matcher m = MENTION.matcher(text);
        Matcher stop = MENTION_STOP.matcher(text);
        while (m.find()) {
            stop.region(m.end(), text.length());
            String domain = m.group("domain");
            if (stop.lookingAt() || (domain != null && domain.length() > MAX_DOMAIN_LENGTH)) {
                continue;
            }
            mentions.add(new Entity(m.start(), m.end(), "@" + m.group("username")));
        }
        return mentions;
    }
}
