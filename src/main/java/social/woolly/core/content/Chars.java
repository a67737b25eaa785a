package social.woolly.core.content;

/** Character classes for cleaning display text. Plain switches and ranges: this runs per character. */
final class Chars {

    private Chars() {}

    /** Whitespace that collapses to one space in normal HTML text (CSS {@code white-space: normal}). */
    static boolean isCollapsible(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Characters removed from all display text: controls, the byte-order mark, and the bidi
     * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which can reorder what follows,
     * even the UI around the post. RTL letters and the harmless marks LRM/RLM/ALM stay.
     */
    static boolean isStripped(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && c != '\r' && c != '\f';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true;
        }
        return (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u206F')
                || c == '\uFEFF'
                || (c >= '\uFFF9' && c <= '\uFFFB')
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /**
     * Characters that take no space: kept in text (Thai word breaks, Persian ZWNJ, emoji ZWJ), but
     * removed from link text, where they only serve to disguise a host, and never enough to make a
     * block visible.
     */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u2060' && c <= '\u2064')
                || c == '\u00AD'
                || c == '\u034F'
                || c == '\u061C'
                || c == '\u180E'
                || c == '\u115F'
                || c == '\u1160'
                || c == '\u3164'
                || c == '\uFFA0';
    }

    static boolean hasVisible(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCollapsible(c) && !isStripped(c) && !isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a space-separated attribute ({@code rel}, {@code class}) holds a token, ignoring case. */
    static boolean hasToken(String list, String token) {
        int length = list.length();
        for (int start = 0; start < length; ) {
            while (start < length && isCollapsible(list.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && !isCollapsible(list.charAt(end))) {
                end++;
            }
            if (end - start == token.length() && list.regionMatches(true, start, token, 0, token.length())) {
                return true;
            }
            start = end;
        }
        return false;
    }
}
