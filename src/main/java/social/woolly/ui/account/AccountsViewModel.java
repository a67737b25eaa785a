package social.woolly.ui.account;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import social.woolly.core.account.AccountSession;
import social.woolly.core.account.Accounts;
import social.woolly.core.api.ApiException;
import social.woolly.core.auth.SignedIn;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * Every added account, the active one, and the commands of the account bar: switch (instantly,
 * no reload), add, remove. Restores the accounts at start and marks those whose token the server
 * rejects as signed out. FX thread only; disk and keychain work goes through the runner.
 */
public final class AccountsViewModel {
    private static final System.Logger LOG = System.getLogger(AccountsViewModel.class.getName());

    private final Accounts accounts;
    private final BackgroundRunner runner;
    private final AccountScreens screens;
    private final Accounts.Revoker revoker;
    private final ResourceBundle text;
    private final ObservableList<AccountItem> items = FXCollections.observableArrayList();
    // One wrapper: it listens to `items` weakly, so a wrapper made per call would stop firing once collected.
    private final ObservableList<AccountItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper activeKey = new ReadOnlyStringWrapper(this, "activeKey", "");
    private final Map<String, AccountSession> sessions = new HashMap<>();

    public AccountsViewModel(
            Accounts accounts,
            BackgroundRunner runner,
            AccountScreens screens,
            Accounts.Revoker revoker,
            ResourceBundle text) {
        this.accounts = accounts;
        this.runner = runner;
        this.screens = screens;
        this.revoker = revoker;
        this.text = text;
    }

    /** Restores the saved accounts and opens the last active one, or the sign-in screen. */
    public void restore() {
        runner.runBlocking(
                accounts::load,
                state -> {
                    apply(state);
                    state.active().ifPresentOrElse(this::open, () -> screens.showSignIn(false));
                    state.sessions().forEach(this::verify);
                },
                failure -> {
                    LOG.log(System.Logger.Level.WARNING, "could not restore accounts", failure);
                    screens.showSignIn(false);
                    screens.showProblem(text.getString("accounts.error.restore"));
                });
    }

    /** Checks a restored account's token and refreshes its name and avatar. */
    private void verify(AccountSession session) {
        if (session.account().signedOut()) {
            return;
        }
        runner.run(
                session.api().accounts().verifyCredentials(),
                fresh -> runner.runBlocking(
                        () -> accounts.refreshProfile(session.key(), fresh), this::apply, this::logStoreFailure),
                failure -> {
                    if (failure instanceof ApiException.Unauthorized) {
                        markSignedOut(session.key());
                    }
                    // Offline or a flaky server at start: keep the account as it was.
                });
    }

    /** The server rejected this account's token: keep it, shown as "signed out — sign in again". */
    public void markSignedOut(String key) {
        runner.runBlocking(() -> accounts.markSignedOut(key), this::apply, this::logStoreFailure);
    }

    /** Adds (or updates) the account that just signed in and switches to it. */
    public void add(SignedIn signedIn) {
        runner.runBlocking(
                () -> accounts.add(signedIn),
                state -> {
                    apply(state);
                    state.active().ifPresent(this::open);
                },
                failure -> {
                    LOG.log(System.Logger.Level.WARNING, "could not save the new account", failure);
                    screens.showProblem(text.getString("accounts.error.save"));
                });
    }

    /** Switches to the account at {@code index} in the bar (0-based): for Ctrl+1…Ctrl+9. */
    public void switchTo(int index) {
        if (index >= 0 && index < items.size()) {
            switchTo(items.get(index).key());
        }
    }

    /** Switches to {@code key} at once; remembering it as last used happens in the background. */
    public void switchTo(String key) {
        AccountSession session = sessions.get(key);
        if (session == null) {
            return;
        }
        open(session);
        runner.runBlocking(() -> accounts.activate(key), state -> {}, this::logStoreFailure);
    }

    /** The sign-in screen for one more account. */
    public void addAnother() {
        screens.showSignIn(true);
    }

    /** Back from adding an account to the active one. */
    public void backToActive() {
        Optional.ofNullable(sessions.get(activeKey.get())).ifPresent(this::open);
    }

    /** After a confirmation: revokes the token, deletes the account's data, forgets it. */
    public void remove(String key) {
        Optional<AccountItem> item =
                items.stream().filter(i -> i.key().equals(key)).findFirst();
        if (item.isEmpty() || !screens.confirmRemove(item.get())) {
            return;
        }
        runner.runBlocking(
                () -> accounts.remove(key, revoker),
                state -> {
                    apply(state);
                    state.active().ifPresentOrElse(this::open, () -> screens.showSignIn(false));
                },
                failure -> {
                    LOG.log(System.Logger.Level.WARNING, "could not remove the account", failure);
                    screens.showProblem(text.getString("accounts.error.remove"));
                });
    }

    /** Servers (host[:port]) that already have an account here, so a new sign-in forces the login form. */
    public Set<String> serversWithAccounts() {
        Set<String> servers = new HashSet<>();
        for (AccountSession session : sessions.values()) {
            URI server = URI.create(session.account().server());
            servers.add(server.getPort() == -1 ? server.getHost() : server.getHost() + ":" + server.getPort());
        }
        return servers;
    }

    private void open(AccountSession session) {
        activeKey.set(session.key());
        screens.showAccount(session);
    }

    private void apply(Accounts.State state) {
        sessions.clear();
        List<AccountItem> fresh = state.sessions().stream()
                .peek(s -> sessions.put(s.key(), s))
                .map(s -> AccountItem.of(s.account()))
                .toList();
        items.setAll(fresh);
    }

    private void logStoreFailure(Exception failure) {
        LOG.log(System.Logger.Level.WARNING, "could not update the account list", failure);
    }

    /** The accounts in bar order. */
    public ObservableList<AccountItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyStringProperty activeKeyProperty() {
        return activeKey.getReadOnlyProperty();
    }

    /** The session of an account, for building its views. */
    public Optional<AccountSession> session(String key) {
        return Optional.ofNullable(sessions.get(key));
    }
}
