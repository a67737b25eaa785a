package social.woolly.ui.account;

import org.jspecify.annotations.Nullable;
import social.woolly.core.account.SavedAccount;

/** One account as the bar shows it. */
public record AccountItem(
        String key,
        String handle,
        String displayName,
        @Nullable String avatarUrl,
        boolean signedOut) {

    static AccountItem of(SavedAccount account) {
        String name = account.displayName().isBlank() ? account.username() : account.displayName();
        return new AccountItem(account.key(), account.handle(), name, account.avatarUrl(), account.signedOut());
    }
}
