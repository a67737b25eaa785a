package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.net.URI;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.api.ApiException;
import social.woolly.core.compose.DraftStarts;
import social.woolly.core.compose.Redraft;
import social.woolly.core.model.Status;
import social.woolly.ui.common.Icons;
import social.woolly.ui.compose.media.MediaFiles;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.timeline.TimelineActions;

/**
 * A post's "more" menu (its ⋯ button, or a right-click): Edit, Delete and Delete &amp; redraft for
 * the account's own posts; Copy link and Open in browser for every post. Edit loads the post's
 * source first; both deletes ask first and take the post out of the timelines once the server
 * has deleted it; a redraft then opens the deleted post's text, media (as copies, uploaded anew)
 * and poll in the composer.
 */
final class PostMenu implements TimelineActions.MoreMenu {
    static final String MENU_CLASS = "status-more-menu";

    private final AccountSession session;
    private final HomeServices services;
    private final Supplier<ComposerPanel> composer;
    private final Consumer<String> deleted;
    private final ResourceBundle text;
    private @Nullable ContextMenu shown;

    /** @param deleted told the id of a post the server has deleted */
    PostMenu(
            AccountSession session, HomeServices services, Supplier<ComposerPanel> composer, Consumer<String> deleted) {
        this.session = session;
        this.services = services;
        this.composer = composer;
        this.deleted = deleted;
        this.text = services.text();
    }

    @Override
    public void show(StatusItem item, Node anchor, double screenX, double screenY) {
        ContextMenu menu = menu(item.shown());
        if (shown != null) {
            shown.hide();
        }
        shown = menu;
        javafx.geometry.Bounds at = anchor.localToScreen(anchor.getBoundsInLocal());
        if (Double.isNaN(screenX) && at != null) {
            // The ⋯ button sits at the post's right edge: open leftwards, under it.
            menu.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT);
            menu.show(anchor, at.getMaxX(), at.getMaxY());
        } else if (Double.isNaN(screenX)) {
            menu.show(anchor, Side.BOTTOM, 0, 0);
        } else {
            menu.show(anchor, screenX, screenY);
        }
    }

    /** The menu that was opened last (for tests and screenshots). */
    @Nullable
    ContextMenu lastShown() {
        return shown;
    }

    ContextMenu menu(Status status) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add(MENU_CLASS);
        if (status.account().id().equals(session.account().id())) {
            MenuItem delete = item("status.more.delete", "status-more-delete", () -> delete(status, false));
            delete.getStyleClass().add(Styles.DANGER);
            menu.getItems()
                    .addAll(
                            item("status.more.edit", "status-more-edit", () -> edit(status)),
                            delete,
                            item("status.more.redraft", "status-more-redraft", () -> delete(status, true)),
                            new SeparatorMenuItem());
        }
        String link = status.url() != null ? status.url() : status.uri();
        MenuItem copy = item("status.more.copyLink", "status-more-copy", () -> copy(link));
        copy.setGraphic(Icons.copy());
        MenuItem open = item("status.more.openInBrowser", "status-more-browser", () -> browse(link));
        open.setGraphic(Icons.openInBrowser());
        copy.setDisable(link == null);
        open.setDisable(link == null);
        menu.getItems().addAll(copy, open);
        return menu;
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(text.getString(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void edit(Status status) {
        services.runner()
                .run(
                        session.api().statuses().source(status.id()),
                        source -> composer.get()
                                .open(DraftStarts.edit(
                                        session.key(),
                                        status,
                                        source,
                                        services.clock().instant())),
                        this::report);
    }

    private void delete(Status status, boolean redraft) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (shown != null && shown.getOwnerWindow() != null) {
            alert.initOwner(shown.getOwnerWindow());
        }
        alert.setTitle(text.getString("app.title"));
        alert.setHeaderText(text.getString(redraft ? "status.more.redraft.header" : "status.more.delete.header"));
        alert.setContentText(text.getString(redraft ? "status.more.redraft.content" : "status.more.delete.content"));
        ButtonType confirm = new ButtonType(
                text.getString(redraft ? "status.more.redraft.confirm" : "status.more.delete.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, confirm);
        alert.getDialogPane().lookupButton(confirm).getStyleClass().add(Styles.DANGER);
        alert.getDialogPane().getStyleClass().add("status-more-confirm");
        // Not showAndWait: the menu's event must end before the dialog's nested loop starts.
        alert.setOnHidden(e -> {
            if (alert.getResult() != confirm) {
                return;
            }
            if (redraft) {
                redraft(status);
            } else {
                services.runner()
                        .run(
                                session.api().statuses().delete(status.id()),
                                answer -> deleted.accept(status.id()),
                                this::report);
            }
        });
        alert.show();
    }

    // The media are copied into the drafts' media folder before the delete (Redraft says why);
    // if one cannot be, the post stays and the person is told.
    private void redraft(Status status) {
        Path folder = session.dataFolder().resolve(MediaFiles.FOLDER_NAME);
        services.runner()
                .run(
                        Redraft.deleteKeepingMedia(session.api(), session.key(), status, folder, services.clock()),
                        outcome -> {
                            switch (outcome) {
                                case Redraft.Outcome.Ready(var draft) -> {
                                    deleted.accept(status.id());
                                    composer.get().open(draft);
                                }
                                case Redraft.Outcome.MediaNotKept(int index, var cause) ->
                                    services.showProblem()
                                            .accept(MessageFormat.format(
                                                    text.getString("compose.redraft.mediaNotKept"),
                                                    String.valueOf(index + 1),
                                                    services.errors().describe(cause)));
                            }
                        },
                        this::report);
    }

    private static void copy(@Nullable String link) {
        if (link != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(link);
            content.putUrl(link);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void browse(@Nullable String link) {
        if (link != null) {
            services.browser().open(URI.create(link));
        }
    }

    private void report(ApiException failure) {
        services.showProblem().accept(services.errors().describe(failure));
    }
}
