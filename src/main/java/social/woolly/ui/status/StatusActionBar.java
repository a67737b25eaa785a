package social.woolly.ui.status;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Status;
import social.woolly.ui.common.Icons;

/**
 * Reply, boost, favourite, bookmark and more, as flat icon buttons with their counts. The buttons
 * report the click to {@link StatusActions}; their look (filled heart, green boost) follows the item's
 * status, which the caller updates, so they never guess the outcome themselves.
 */
final class StatusActionBar extends HBox {

    private final StatusViewContext context;
    private final Button reply;
    private final Button reblog;
    private final Button favourite;
    private final Button bookmark;
    private final Button more;
    // Made once and swapped: a cell shows hundreds of posts, and icons are nodes.
    private final Node favouriteIcon = Icons.favourite();
    private final Node favouritedIcon = Icons.favourited();
    private final Node bookmarkIcon = Icons.bookmark();
    private final Node bookmarkedIcon = Icons.bookmarked();
    private @Nullable StatusItem item;

    StatusActionBar(StatusViewContext context) {
        this.context = context;
        getStyleClass().add("status-actions");
        setAlignment(Pos.CENTER_LEFT);
        reply = button("status-action-reply", Icons.reply(), context.actions()::reply);
        reblog = button("status-action-reblog", Icons.reblog(), context.actions()::reblog);
        favourite = button("status-action-favourite", favouriteIcon, context.actions()::favourite);
        bookmark = button("status-action-bookmark", bookmarkIcon, context.actions()::bookmark);
        more = button(
                "status-action-more", Icons.more(), shown -> context.actions().showMore(shown, moreButton()));
        setLabel(more, context.string("status.action.more"), 0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(reply, reblog, favourite, bookmark, spacer, more);
    }

    void show(StatusItem item) {
        this.item = item;
        Status shown = item.shown();
        setLabel(reply, context.string("status.action.reply"), shown.repliesCount());
        boolean canReblog = canReblog(shown);
        reblog.setDisable(!canReblog);
        setLabel(
                reblog,
                context.string(
                        !canReblog
                                ? "status.action.reblogDisabled"
                                : shown.reblogged() ? "status.action.unreblog" : "status.action.reblog"),
                shown.reblogsCount());
        setActive(reblog, shown.reblogged());
        setLabel(
                favourite,
                context.string(shown.favourited() ? "status.action.unfavourite" : "status.action.favourite"),
                shown.favouritesCount());
        favourite.setGraphic(shown.favourited() ? favouritedIcon : favouriteIcon);
        setActive(favourite, shown.favourited());
        setLabel(
                bookmark,
                context.string(shown.bookmarked() ? "status.action.unbookmark" : "status.action.bookmark"),
                0);
        bookmark.setGraphic(shown.bookmarked() ? bookmarkedIcon : bookmarkIcon);
        setActive(bookmark, shown.bookmarked());
    }

    void clear() {
        item = null;
    }

    // Followers-only posts can be boosted by their author alone, direct ones by nobody (Mastodon's rule).
    private boolean canReblog(Status shown) {
        return switch (shown.visibility()) {
            case PUBLIC, UNLISTED, UNKNOWN -> true;
            case PRIVATE -> shown.account().id().equals(context.signedInAccountId());
            case DIRECT -> false;
        };
    }

    private Button button(String styleClass, Node icon, Consumer<StatusItem> action) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll("status-action", styleClass, "flat");
        button.setTooltip(new Tooltip());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(_ -> {
            if (item != null) {
                action.accept(item);
            }
        });
        return button;
    }

    /** The count next to the icon (none when 0) and the words for tooltip and screen readers. */
    private void setLabel(Button button, String words, long count) {
        String number = count > 0 ? context.counts().format(count) : "";
        button.setText(number);
        button.getTooltip().setText(words);
        button.setAccessibleText(count > 0 ? words + ", " + count : words);
    }

    private static void setActive(Button button, boolean active) {
        if (active) {
            if (!button.getStyleClass().contains("status-action-active")) {
                button.getStyleClass().add("status-action-active");
            }
        } else {
            button.getStyleClass().remove("status-action-active");
        }
    }

    private Button moreButton() {
        return more;
    }
}
