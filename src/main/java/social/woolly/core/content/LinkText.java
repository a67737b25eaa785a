package social.woolly.core.content;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Link checks and link text: which hrefs may be clicked, how URLs compare, what a link shows. */
final class LinkText {

    /** Longer hrefs are not real links; showing their text is enough. */
    static final int MAX_HREF = 8192;

    private LinkText() {}

    /**
     * The href if it is an absolute http(s) URL with a host and no whitespace, control, bidi or
     * invisible character, with the scheme in lower case; null for anything else ({@code javascript:},
     * {@code data:}, relative, mailto …), which then shows as plain text.
     */
    static @Nullable String safeHref(String raw) {
        String href = trimAscii(raw);
        int hostStart = schemeEnd(href);
        if (hostStart < 0 || hostStart >= href.length() || href.length() > MAX_HREF) {
            return null;
        }
        char first = href.charAt(hostStart);
        if (first == '/' || first == '?' || first == '#' || first == '@' || first == ':') {
            return null;
        }
        for (int i = hostStart; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || Chars.isStripped(c) || Chars.isInvisible(c)) {
                return null;
            }
        }
        return href.substring(0, hostStart).toLowerCase(Locale.ROOT) + href.substring(hostStart);
    }

    /** The lower-case host of a safe href, without user info or port. */
    static String host(String safeHref) {
        int start = schemeEnd(safeHref);
        int end = start;
        while (end < safeHref.length() && "/?#".indexOf(safeHref.charAt(end)) < 0) {
            end++;
        }
        String authority = safeHref.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.lastIndexOf(':');
        if (colon > 0 && colon < authority.length() && authority.charAt(colon) == ':') {
            authority = authority.substring(0, colon);
        }
        return authority.toLowerCase(Locale.ROOT);
    }

    /**
     * A key under which two spellings of one URL are equal: scheme and host in lower case, no
     * fragment, no trailing slash. Servers and the status's mentions do not always agree on these.
     */
    static String matchKey(String safeHref) {
        int start = schemeEnd(safeHref);
        int pathStart = start;
        while (pathStart < safeHref.length() && "/?#".indexOf(safeHref.charAt(pathStart)) < 0) {
            pathStart++;
        }
        int end = safeHref.indexOf('#', pathStart);
        if (end < 0) {
            end = safeHref.length();
        }
        while (end > pathStart && safeHref.charAt(end - 1) == '/') {
            end--;
        }
        return safeHref.substring(0, pathStart).toLowerCase(Locale.ROOT) + safeHref.substring(pathStart, end);
    }

    /**
     * What a link shows: its collected text with whitespace collapsed, without controls or invisible
     * characters, trimmed.
     */
    static String display(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Chars.isCollapsible(c)) {
                space = text.length() > 0;
            } else if (!Chars.isStripped(c) && !Chars.isInvisible(c)) {
                if (space) {
                    text.append(' ');
                    space = false;
                }
                text.append(c);
            }
        }
        return text.toString();
    }

    /** At most {@code max} chars of the text, not splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int schemeEnd(String href) {
        if (href.regionMatches(true, 0, "https://", 0, 8)) {
            return 8;
        }
        if (href.regionMatches(true, 0, "http://", 0, 7)) {
            return 7;
        }
        return -1;
    }

    private static String trimAscii(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= ' ') {
            end--;
        }
        return raw.substring(start, end);
    }
}
