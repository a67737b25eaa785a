package social.woolly.ui;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.ui.account.AccountBar;
import social.woolly.ui.account.AccountItem;
import social.woolly.ui.account.AccountScreens;
import social.woolly.ui.account.AccountsViewModel;
import social.woolly.ui.signin.SignInView;

/**
 * The window's content once Woolly knows its accounts: the account bar on the left and the active
 * account's views beside it, or the sign-in screen. Each account's views are built once and kept,
 * so switching back is instant and keeps the open timeline and scroll position.
 */
public final class Workspace implements AccountScreens {
    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1,
        KeyCode.DIGIT2,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT5,
        KeyCode.DIGIT6,
        KeyCode.DIGIT7,
        KeyCode.DIGIT8,
        KeyCode.DIGIT9
    };

    private final MainWindow window;
    private final ResourceBundle text;
    private final SignInView signIn;
    private final Runnable resetSignIn;
    private final Function<AccountSession, Node> accountViews;
    private final java.util.function.Consumer<AccountSession> dropped;
    private final BorderPane layout = new BorderPane();
    private final Map<String, Built> built = new HashMap<>();
    private @Nullable AccountsViewModel accounts;

    private record Built(AccountSession session, Node view) {}

    /**
     * @param resetSignIn clears the sign-in screen before it is shown again
     * @param accountViews builds the views of one account (called once per account and sign-in)
     * @param dropped told when an account's views are thrown away (removed, or signed in afresh),
     *     so that what they hold open (a stream) is closed
     */
    public Workspace(
            MainWindow window,
            ResourceBundle text,
            SignInView signIn,
            Runnable resetSignIn,
            Function<AccountSession, Node> accountViews,
            java.util.function.Consumer<AccountSession> dropped) {
        this.window = window;
        this.text = text;
        this.signIn = signIn;
        this.resetSignIn = resetSignIn;
        this.accountViews = accountViews;
        this.dropped = dropped;
        layout.getStyleClass().add("workspace");
    }

    /** Connects the account bar and the Ctrl+1…9 shortcuts; call once, before restoring. */
    public void attach(AccountsViewModel viewModel) {
        accounts = viewModel;
        layout.setLeft(new AccountBar(viewModel, text));
        Scene scene = window.stage().getScene();
        for (int i = 0; i < DIGITS.length; i++) {
            int index = i;
            scene.getAccelerators()
                    .put(
                            new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                            () -> viewModel.switchTo(index));
        }
    }

    @Override
    public void showSignIn(boolean adding) {
        resetSignIn.run();
        if (adding) {
            layout.setCenter(signIn);
            window.show(layout);
        } else {
            window.show(signIn);
        }
        signIn.focusServerField();
    }

    @Override
    public void showAccount(AccountSession session) {
        Built existing = built.get(session.key());
        // A new sign-in of the same account brings a new token, so its views are built afresh.
        if (existing == null || existing.session().api() != session.api()) {
            if (existing != null) {
                dropped.accept(existing.session());
            }
            existing = new Built(session, accountViews.apply(session));
            built.put(session.key(), existing);
        }
        layout.setCenter(existing.view());
        window.show(layout);
    }

    @Override
    public boolean confirmRemove(AccountItem account) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window.stage());
        alert.setTitle(text.getString("accounts.remove.title"));
        alert.setHeaderText(MessageFormat.format(text.getString("accounts.remove.header"), account.handle()));
        alert.setContentText(text.getString("accounts.remove.content"));
        ButtonType remove = new ButtonType(text.getString("accounts.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, remove);
        alert.getDialogPane().lookupButton(remove).getStyleClass().add(Styles.DANGER);
        boolean confirmed = alert.showAndWait().filter(remove::equals).isPresent();
        if (confirmed) {
            Built gone = built.remove(account.key());
            if (gone != null) {
                dropped.accept(gone.session());
            }
        }
        return confirmed;
    }

    @Override
    public void showProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setTitle(text.getString("app.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    /** The account view-model, once attached. */
    public @Nullable AccountsViewModel accounts() {
        return accounts;
    }

    /** A placeholder for an account's views until its timelines are built. */
    public static Node placeholder(AccountSession session, ResourceBundle text, Runnable signInAgain) {
        Label who = new Label(MessageFormat.format(
                text.getString(session.account().signedOut() ? "workspace.signedOut" : "workspace.signedInAs"),
                session.account().handle()));
        who.getStyleClass().add(Styles.TITLE_3);
        who.setWrapText(true);
        javafx.scene.control.Button again = new javafx.scene.control.Button(text.getString("workspace.signInAgain"));
        again.getStyleClass().add(Styles.ACCENT);
        again.setOnAction(e -> signInAgain.run());
        again.setVisible(session.account().signedOut());
        again.setManaged(session.account().signedOut());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(who, again);
        box.getStyleClass().add("workspace-placeholder");
        return box;
    }
}
