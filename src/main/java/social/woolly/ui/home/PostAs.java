package social.woolly.ui.home;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import social.woolly.core.account.AccountSession;
import social.woolly.core.compose.Draft;
import social.woolly.ui.account.AccountItem;

/** "Post as": the accounts a draft can move to, and the move itself. FX thread only. */
public interface PostAs {
    /** No other accounts: the picker shows only the composer's own account. */
    PostAs NONE = new PostAs() {
        @Override
        public ObservableList<AccountItem> accounts() {
            return FXCollections.emptyObservableList();
        }

        @Override
        public void move(String toKey, Draft draft, AccountSession from) {}
    };

    /** The signed-in accounts, in the account bar's order. */
    ObservableList<AccountItem> accounts();

    /** Shows account {@code toKey} with {@code draft} (a draft of {@code from}) in its composer. */
    void move(String toKey, Draft draft, AccountSession from);
}
