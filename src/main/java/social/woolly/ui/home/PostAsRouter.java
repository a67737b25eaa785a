package social.woolly.ui.home;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import social.woolly.core.account.AccountSession;
import social.woolly.core.compose.Draft;
import social.woolly.ui.account.AccountItem;

/**
 * Moves a draft between the accounts of the workspace: switches to the chosen account (which
 * builds its home if needed) and hands the draft to that home's composer.
 */
public final class PostAsRouter implements PostAs {
    private final FilteredList<AccountItem> signedIn;
    private final Consumer<String> switchTo;
    private final Function<String, Optional<AccountHome>> homes;

    /**
     * @param accounts every account, in the bar's order; the signed-out ones are left out
     * @param switchTo shows an account (the bar's switch), building its home the first time
     * @param homes an account's home, once built
     */
    public PostAsRouter(
            ObservableList<AccountItem> accounts,
            Consumer<String> switchTo,
            Function<String, Optional<AccountHome>> homes) {
        this.signedIn = new FilteredList<>(accounts, item -> !item.signedOut());
        this.switchTo = switchTo;
        this.homes = homes;
    }

    @Override
    public ObservableList<AccountItem> accounts() {
        return signedIn;
    }

    @Override
    public void move(String toKey, Draft draft, AccountSession from) {
        switchTo.accept(toKey);
        homes.apply(toKey).ifPresent(home -> home.receiveDraft(draft, from));
    }
}
