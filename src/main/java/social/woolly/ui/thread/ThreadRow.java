package social.woolly.ui.thread;

import social.woolly.ui.status.StatusItem;

/**
 * One post of a thread as the list shows it.
 *
 * @param depth how far the post is indented: 0 for the opened post and what it replies to, 1 for a
 *     direct reply to the opened post, and so on, at most {@link #MAX_DEPTH}
 * @param opened whether this is the post the thread was opened on
 */
public record ThreadRow(StatusItem item, int depth, boolean opened) {
    /** Deeper replies are indented no further, so that a long back-and-forth keeps its width. */
    public static final int MAX_DEPTH = 5;

    /** The status's id, unique in a thread. */
    public String key() {
        return item.status().id();
    }
}
