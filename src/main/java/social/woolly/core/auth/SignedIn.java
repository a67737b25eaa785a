package social.woolly.core.auth;

import java.net.URI;
import social.woolly.core.api.AccessToken;
import social.woolly.core.model.Account;

/**
 * The result of a sign-in: who signed in where, and their token (never shown by {@link #toString()}).
 *
 * @param server the server's base URL
 */
public record SignedIn(URI server, Account account, AccessToken token, String grantedScopes) {
    @Override
    public String toString() {
        return "SignedIn[server=" + server + ", account=" + account.acct() + ", token=(redacted)]";
    }
}
