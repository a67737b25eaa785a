package social.woolly.core.account;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;

/**
 * One added account at run time: what is saved about it, its own API client (with its token),
 * its own data folder (kept) and cache folder (may be deleted any time). Nothing of one session
 * is shared with another.
 *
 * @param token {@code null} when the account is signed out (no token in the keychain)
 */
public record AccountSession(
        SavedAccount account, MastodonApi api, @Nullable AccessToken token, Path dataFolder, Path cacheFolder) {
    public String key() {
        return account.key();
    }

    /** The same session with updated saved details (name, avatar, order, state). */
    public AccountSession withAccount(SavedAccount updated) {
        return new AccountSession(updated, api, token, dataFolder, cacheFolder);
    }
}
