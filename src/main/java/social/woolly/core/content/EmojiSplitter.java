package social.woolly.core.content;

import java.util.List;
import java.util.Map;

/** Splits text into text and custom-emoji runs at the {@code :shortcode:}s that the status lists. */
final class EmojiSplitter {

    /** Longer candidates are not looked up: no server allows shortcodes this long. */
    private static final int MAX_SHORTCODE = 100;

    private EmojiSplitter() {}

    /**
     * Adds the runs for {@code text} to {@code into}. Only listed shortcodes match, so no word
     * boundaries are needed: {@code :a::b:} gives two emoji, {@code 12:30:45} stays text.
     */
    static void split(String text, Style style, Map<String, Inline.Emoji> emojis, List<Inline> into) {
        int colon = emojis.isEmpty() ? -1 : text.indexOf(':');
        int start = 0;
        while (colon >= 0) {
            int close = text.indexOf(':', colon + 1);
            if (close < 0) {
                break;
            }
            Inline.Emoji emoji =
                    close - colon - 1 <= MAX_SHORTCODE ? emojis.get(text.substring(colon + 1, close)) : null;
            if (emoji == null) {
                colon = close;
                continue;
            }
            if (colon > start) {
                into.add(new Inline.Text(text.substring(start, colon), style));
            }
            into.add(emoji);
            start = close + 1;
            colon = text.indexOf(':', start);
        }
        if (start == 0) {
            into.add(new Inline.Text(text, style));
        } else if (start < text.length()) {
            into.add(new Inline.Text(text.substring(start), style));
        }
    }
}
