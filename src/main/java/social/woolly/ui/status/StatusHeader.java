package social.woolly.ui.status;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Account;
import social.woolly.core.model.Status;
import social.woolly.core.model.Visibility;
import social.woolly.ui.common.Icons;
import social.woolly.ui.media.ParentSizedRegion;

/**
 * A post's top line: the author's name (with emoji) and {@code @acct}, then whether it was edited,
 * who may see it and how long ago it was posted. When space runs short the acct gives way first, so
 * the name stays readable and the time always shows.
 */
final class StatusHeader extends ParentSizedRegion {

    private static final double GAP = 6;

    private final StatusViewContext context;
    private final EmojiLine name;
    private final Label acct = new Label();
    private final Label edited = new Label();
    private final Label visibility = new Label();
    private final Label time = new Label();
    private final HBox meta = new HBox(4, edited, visibility, time);
    private final Tooltip timeTip = new Tooltip();
    private final Tooltip editedTip = new Tooltip();
    private final Tooltip visibilityTip = new Tooltip();
    private @Nullable StatusItem item;

    StatusHeader(StatusViewContext context) {
        this.context = context;
        this.name = new EmojiLine(context, 18);
        getStyleClass().add("status-header");
        name.getStyleClass().add("status-display-name");
        acct.getStyleClass().add("status-acct");
        acct.setTextOverrun(OverrunStyle.ELLIPSIS);
        acct.setMinWidth(0);
        edited.getStyleClass().add("status-edited");
        edited.setGraphic(Icons.edited());
        edited.setTooltip(editedTip);
        visibility.getStyleClass().add("status-visibility");
        visibility.setTooltip(visibilityTip);
        time.getStyleClass().add("status-time");
        time.setTooltip(timeTip);
        time.setCursor(Cursor.HAND);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(name, acct, meta);

        name.setCursor(Cursor.HAND);
        acct.setCursor(Cursor.HAND);
        name.setOnMouseClicked(_ -> openAuthor());
        acct.setOnMouseClicked(_ -> openAuthor());
        time.setOnMouseClicked(_ -> {
            if (item != null) {
                context.actions().openStatus(item);
            }
        });
    }

    void show(StatusItem item, long tick) {
        this.item = item;
        Status shown = item.shown();
        name.show(item.displayName());
        acct.setText("@" + shown.account().acct());
        boolean wasEdited = shown.editedAt() != null;
        edited.setVisible(wasEdited);
        edited.setManaged(wasEdited);
        if (wasEdited) {
            editedTip.setText(
                    context.string("status.edited") + " " + context.time().full(shown.editedAt()));
            edited.setAccessibleText(context.string("status.edited"));
        }
        showVisibility(shown.visibility());
        timeTip.setText(context.time().full(shown.createdAt()));
        refreshTime(tick);
    }

    void refreshTime(long tick) {
        if (item != null) {
            time.setText(item.relativeTime(context.time(), tick));
        }
    }

    void clear() {
        item = null;
        name.clear();
    }

    /** The name as plain text, for the post's accessible summary. */
    String nameText() {
        return name.plainText();
    }

    private void showVisibility(Visibility value) {
        Node icon = switch (value) {
            case PUBLIC -> Icons.visibilityPublic();
            case UNLISTED -> Icons.visibilityUnlisted();
            case PRIVATE -> Icons.visibilityPrivate();
            case DIRECT -> Icons.visibilityDirect();
            case UNKNOWN -> null;
        };
        visibility.setGraphic(icon);
        visibility.setVisible(icon != null);
        visibility.setManaged(icon != null);
        if (icon != null) {
            String text = context.string("status.visibility." + value.wireName());
            visibilityTip.setText(text);
            visibility.setAccessibleText(text);
        }
    }

    private void openAuthor() {
        if (item != null) {
            Account account = item.shown().account();
            context.links().openProfile(new LinkHandler.Profile(account.id(), account.acct(), account.url()));
        }
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double width = getWidth() - x - snappedRightInset();
        double metaWidth = meta.prefWidth(-1);
        double room = Math.max(0, width - metaWidth - 2 * GAP);
        double namePref = name.prefWidth(-1);
        double acctPref = acct.prefWidth(-1);
        // The name keeps at least two thirds of the room; the acct gets what is left.
        double nameWidth = Math.min(namePref, Math.max(room * 2 / 3, room - acctPref));
        double acctWidth = Math.max(0, Math.min(acctPref, room - nameWidth));
        layoutInArea(name, x, top, nameWidth, height, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(acct, x + nameWidth + GAP, top, acctWidth, height, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(meta, x + width - metaWidth, top, metaWidth, height, 0, HPos.RIGHT, VPos.CENTER);
    }

    @Override
    protected double computePrefHeight(double width) {
        double content = Math.max(name.prefHeight(-1), Math.max(acct.prefHeight(-1), meta.prefHeight(-1)));
        return snappedTopInset() + content + snappedBottomInset();
    }
}
