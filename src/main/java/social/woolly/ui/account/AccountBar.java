package social.woolly.ui.account;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import social.woolly.ui.common.Icons;

/**
 * The vertical bar of accounts on the left of the window: an avatar per account (the active one
 * marked, signed-out ones flagged), and an add button. Binds to an {@link AccountsViewModel}.
 */
public final class AccountBar extends VBox {
    private static final double AVATAR = 40;

    private final AccountsViewModel viewModel;
    private final ResourceBundle text;
    private final VBox accounts = new VBox();
    private final ToggleGroup group = new ToggleGroup();

    public AccountBar(AccountsViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        getStyleClass().add("account-bar");
        accounts.getStyleClass().add("account-bar-list");

        Button add = new Button(null, Icons.addAccount());
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "account-bar-add");
        add.setTooltip(new Tooltip(text.getString("accounts.add")));
        add.setAccessibleText(text.getString("accounts.add"));
        add.setOnAction(e -> viewModel.addAnother());

        getChildren().addAll(accounts, add);
        setAlignment(Pos.TOP_CENTER);
        viewModel.items().addListener((ListChangeListener<AccountItem>) change -> rebuild());
        viewModel.activeKeyProperty().addListener((o, was, now) -> markActive());
        rebuild();
    }

    private void rebuild() {
        accounts.getChildren().clear();
        var items = viewModel.items();
        for (int i = 0; i < items.size(); i++) {
            accounts.getChildren().add(button(items.get(i), i));
        }
        markActive();
    }

    private Node button(AccountItem item, int index) {
        ToggleButton button = new ToggleButton(null, avatar(item));
        button.setUserData(item.key());
        button.setToggleGroup(group);
        button.getStyleClass().addAll("account-bar-account", Styles.FLAT);
        if (item.signedOut()) {
            button.getStyleClass().add("signed-out");
        }
        String shortcut = index < 9 ? MessageFormat.format(text.getString("accounts.shortcut"), index + 1) : "";
        String state = item.signedOut() ? text.getString("accounts.signedOut") : "";
        String tip = String.join("\n", item.displayName(), item.handle(), state, shortcut)
                .replaceAll("\n+", "\n")
                .strip();
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(item.displayName() + ", " + item.handle() + (state.isEmpty() ? "" : ", " + state));
        // A toggle in a group can be clicked off; the active account stays active whatever is clicked.
        button.setOnAction(e -> {
            viewModel.switchTo(item.key());
            markActive();
        });
        MenuItem remove = new MenuItem(text.getString("accounts.remove"));
        remove.setOnAction(e -> viewModel.remove(item.key()));
        button.setContextMenu(new ContextMenu(remove));
        return button;
    }

    private Node avatar(AccountItem item) {
        return AccountAvatar.of(item, AVATAR);
    }

    private void markActive() {
        String active = viewModel.activeKeyProperty().get();
        group.getToggles().forEach(t -> t.setSelected(active.equals(t.getUserData())));
    }
}
