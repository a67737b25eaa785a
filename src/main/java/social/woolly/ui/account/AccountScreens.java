package social.woolly.ui.account;

import social.woolly.core.account.AccountSession;

/** What the account view-model asks of the window: which screen to show. FX thread only. */
public interface AccountScreens {

    /** The sign-in screen; {@code adding} when accounts exist already (it offers a way back). */
    void showSignIn(boolean adding);

    /** The workspace of {@code session}: the bar and that account's own views. */
    void showAccount(AccountSession session);

    /** Asks before removing an account; true to go ahead. */
    boolean confirmRemove(AccountItem account);

    /** Tells the person something went wrong with accounts (keychain or disk). */
    void showProblem(String message);
}
