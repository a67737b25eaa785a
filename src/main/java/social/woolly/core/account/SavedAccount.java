package social.woolly.core.account;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One account added to Woolly, as kept in the account list. Holds no secret: the token is in the
 * {@link social.woolly.core.store.TokenStore} under {@link #tokenKey()}.
 *
 * @param server the server's base URL, {@code https://host[:port]}
 * @param id the account's id on that server (opaque)
 * @param username the local username, {@code alice} of {@code alice@host}
 * @param signedOut true when the server rejected the token: shown as "signed out — sign in again"
 */
public record SavedAccount(
        String server,
        String id,
        String username,
        String displayName,
        @Nullable String avatarUrl,
        int order,
        @Nullable Instant lastActive,
        boolean signedOut) {

    /** {@code username@host[:port]}, lower case: the same person signed in twice has the same key. */
    public String key() {
        return keyOf(username, URI.create(server));
    }

    /** The handle to show: {@code @alice@mastodon.social}. */
    public String handle() {
        return "@" + username + "@" + authority(URI.create(server));
    }

    public String tokenKey() {
        return "token:" + key();
    }

    public static String keyOf(String username, URI server) {
        return (username + "@" + authority(server)).toLowerCase(Locale.ROOT);
    }

    private static String authority(URI server) {
        return server.getPort() == -1 ? server.getHost() : server.getHost() + ":" + server.getPort();
    }

    public SavedAccount withOrder(int newOrder) {
        return new SavedAccount(server, id, username, displayName, avatarUrl, newOrder, lastActive, signedOut);
    }

    public SavedAccount withLastActive(Instant when) {
        return new SavedAccount(server, id, username, displayName, avatarUrl, order, when, signedOut);
    }

    public SavedAccount withSignedOut(boolean out) {
        return new SavedAccount(server, id, username, displayName, avatarUrl, order, lastActive, out);
    }
}
