package social.woolly.ui.status;

import java.util.List;
import javafx.scene.Node;

/**
 * What a post's buttons ask for. The status view only reports the gesture, on the FX thread; the
 * caller does the work, and for favourite, boost and bookmark updates the item at once ({@link
 * StatusItem#setStatus}) so that the button reflects the new state before the server answers.
 * Every method gets the item as shown in the list: for a boost, the boosting item, whose {@link
 * StatusItem#shown()} is the boosted post the action is about.
 */
public interface StatusActions {

    void reply(StatusItem item);

    /** Boost, or undo the boost when {@link StatusItem#shown()} is already boosted. */
    void reblog(StatusItem item);

    /** Favourite, or undo it when {@link StatusItem#shown()} is already favourited. */
    void favourite(StatusItem item);

    /** Bookmark, or remove the bookmark when {@link StatusItem#shown()} is already bookmarked. */
    void bookmark(StatusItem item);

    /** The "more" menu (copy link, mute, report …), to be shown next to {@code anchor}. */
    void showMore(StatusItem item, Node anchor);

    /** The "more" menu at a point on the screen, for a right-click on the post. */
    default void showMoreAt(StatusItem item, Node anchor, double screenX, double screenY) {
        showMore(item, anchor);
    }

    /** Votes in the poll of {@link StatusItem#shown()} for the options at {@code choices}. */
    void vote(StatusItem item, List<Integer> choices);

    /** Opens attachment {@code index} of {@link StatusItem#shown()} in the media viewer. */
    void openMedia(StatusItem item, int index);

    /** Opens the post (its thread), e.g. after a click on a quoted post. */
    void openStatus(StatusItem item);
}
