package social.woolly.ui.status;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Account;
import social.woolly.ui.common.Icons;

/**
 * "Alice boosted" above a boosted post, the name with its emoji and clickable. The words around the
 * name come from one message pattern, so languages that put the verb first work too.
 */
final class ReblogLine extends HBox {

    private final StatusViewContext context;
    private final EmojiLine name;
    private final Label before = new Label();
    private final Label after = new Label();
    private @Nullable Account booster;

    ReblogLine(StatusViewContext context, double avatarColumn) {
        this.context = context;
        this.name = new EmojiLine(context, 16);
        getStyleClass().add("status-reblog-line");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        Label icon = new Label(null, Icons.reblog());
        icon.getStyleClass().add("status-reblog-icon");
        icon.setAlignment(Pos.CENTER_RIGHT);
        icon.setMinWidth(avatarColumn);
        icon.setPrefWidth(avatarColumn);
        name.getStyleClass().add("status-reblog-name");
        name.setCursor(Cursor.HAND);
        name.setOnMouseClicked(_ -> {
            if (booster != null) {
                context.links().openProfile(new LinkHandler.Profile(booster.id(), booster.acct(), booster.url()));
            }
        });
        String pattern = context.string("status.boostedBy");
        int at = pattern.indexOf("{0}");
        before.setText(at < 0 ? "" : pattern.substring(0, at));
        after.setText(at < 0 ? pattern : pattern.substring(at + 3));
        getChildren().addAll(icon, before, name, after);
    }

    void show(StatusItem item) {
        if (!item.isReblog()) {
            clear();
            return;
        }
        booster = item.status().account();
        name.show(item.boosterName());
        setAccessibleText(before.getText() + name.plainText() + after.getText());
    }

    void clear() {
        booster = null;
        name.clear();
    }
}
