package social.woolly.core.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import social.woolly.core.model.CustomEmoji;

/**
 * Finds a server's custom emoji by shortcode, without asking the server: those whose shortcode
 * starts with the term first, then those that contain it, each group in the server's order.
 * Case does not matter. Pure and thread-safe.
 */
public final class EmojiSearch {

    private EmojiSearch() {}

    /** At most {@code limit} of {@code emoji} that match {@code term}; every emoji if it is blank. */
    public static List<CustomEmoji> matching(List<CustomEmoji> emoji, String term, int limit) {
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        List<CustomEmoji> starting = new ArrayList<>();
        List<CustomEmoji> containing = new ArrayList<>();
        for (CustomEmoji one : emoji) {
            String code = one.shortcode().toLowerCase(Locale.ROOT);
            if (code.startsWith(wanted)) {
                starting.add(one);
            } else if (code.contains(wanted)) {
                containing.add(one);
            }
            if (starting.size() >= limit) {
                break;
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting.subList(0, Math.min(limit, starting.size())));
    }
}
