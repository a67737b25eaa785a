package social.woolly.ui.compose.complete;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The emoji one account used last, newest first, at most {@link #MAX}. Kept in memory for as long
 * as the account's workspace is open. FX thread only.
 */
final class RecentEmoji {
    static final int MAX = 16;

    private final Deque<PickerEmoji> used = new ArrayDeque<>();

    void use(PickerEmoji emoji) {
        used.remove(emoji);
        used.addFirst(emoji);
        while (used.size() > MAX) {
            used.removeLast();
        }
    }

    List<PickerEmoji> newestFirst() {
        return List.copyOf(used);
    }
}
