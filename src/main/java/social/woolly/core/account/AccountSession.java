package social.woolly.core.account;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;

/**
 * One added account at run time: what is saved about it, its own API client (with its token)
 * and its own data folder. Nothing of one session is shared with another.
 */
public record AccountSession(
        SavedAccount account, MastodonApi api, @Nullable AccessToken token, Path dataFolder) {
    public String key() {
        return account.key();
    }
}
