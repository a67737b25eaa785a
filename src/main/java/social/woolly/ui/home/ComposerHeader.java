package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import social.woolly.core.account.AccountSession;
import social.woolly.core.account.SavedAccount;
import social.woolly.ui.account.AccountAvatar;
import social.woolly.ui.account.AccountItem;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.DraftListView;

/**
 * What the composer's header holds besides the title: the drafts list button, the "post as"
 * account picker (shown when there is more than one account; not for an edit, which only its author
 * can make), and a notice line for what a moved draft left behind.
 */
final class ComposerHeader {
    static final String POST_AS_ID = "compose-post-as";
    static final String NOTICE_ID = "compose-notice";

    private final Label notice = new Label();

    /** @param moveTo called with the key of the account chosen to post the draft */
    ComposerHeader(
            ComposeView view,
            ComposeViewModel viewModel,
            DraftListView drafts,
            AccountSession session,
            PostAs postAs,
            ResourceBundle text,
            Consumer<String> moveTo) {
        SavedAccount own = session.account();
        AccountItem self = new AccountItem(own.key(), own.handle(), own.displayName(), own.avatarUrl(), false);
        // The short @username; the tooltip and the list say which server.
        MenuButton picker = new MenuButton("@" + own.username(), AccountAvatar.of(self, 20));
        picker.setId(POST_AS_ID);
        picker.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "compose-post-as");
        picker.setAccessibleText(text.getString("compose.postAs"));
        picker.setTooltip(new javafx.scene.control.Tooltip(
                java.text.MessageFormat.format(text.getString("compose.postAs.tooltip"), own.handle())));
        picker.setOnShowing(e -> {
            picker.getItems().clear();
            for (AccountItem item : postAs.accounts()) {
                if (!item.key().equals(own.key())) {
                    MenuItem choice = new MenuItem(item.handle(), AccountAvatar.of(item, 20));
                    choice.setOnAction(a -> moveTo.accept(item.key()));
                    picker.getItems().add(choice);
                }
            }
        });
        var several = Bindings.size(postAs.accounts()).greaterThan(1);
        picker.visibleProperty().bind(several);
        picker.managedProperty().bind(several);
        picker.disableProperty().bind(viewModel.editingProperty());

        notice.setId(NOTICE_ID);
        notice.setWrapText(true);
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, "compose-notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        Label postAsLabel = new Label(text.getString("compose.postAs"));
        postAsLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        postAsLabel.visibleProperty().bind(several);
        postAsLabel.managedProperty().bind(several);
        drafts.button().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        view.addToHeader(postAsLabel, picker, grow, drafts.button());
        view.addUnderHeader(notice);
    }

    /** Shows a notice about the draft (until the next post or close). */
    void inform(String message) {
        notice.setText(message);
    }
}
