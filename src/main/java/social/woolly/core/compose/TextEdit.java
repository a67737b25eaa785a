package social.woolly.core.compose;

/**
 * A change to the composer's text: {@code [start, end)} becomes {@code replacement}, and the caret
 * then stands at {@code caret}.
 */
public record TextEdit(int start, int end, String replacement, int caret) {

    /**
     * Inserts {@code snippet} in place of the selection {@code [from, to)} of {@code text} (an empty
     * selection is the caret). With {@code ownWord}, a space is put before the snippet when it would
     * otherwise stick to the word before it, since the server only sees a {@code :shortcode:} that
     * starts a word.
     */
    public static TextEdit insert(String text, int from, int to, String snippet, boolean ownWord) {
        int start = Math.clamp(Math.min(from, to), 0, text.length());
        int end = Math.clamp(Math.max(from, to), start, text.length());
        boolean glued = ownWord && start > 0 && !Character.isWhitespace(text.charAt(start - 1));
        String replacement = (glued ? " " : "") + snippet;
        return new TextEdit(start, end, replacement, start + replacement.length());
    }

    /** {@code text} after this edit. */
    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
