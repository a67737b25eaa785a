package social.woolly.core.auth;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Woolly's OAuth client credentials on one server, as registered with {@code POST /api/v1/apps}:
 * kept in the keychain and reused, since registering again for every sign-in litters the
 * server with apps. {@link #toString()} never shows the secret.
 *
 * @param redirectUri the one redirect registered with it: the loopback URI, port included, or the
 *     out-of-band URN
 * @param scopes the scopes the server registered it with, which the authorize URL asks for
 * @param requestedScopes the scopes Woolly asked for first; they differ from {@code scopes} when the
 *     server refused some, and a later sign-in that would ask for the same reuses this registration
 */
public record ClientRegistration(
        String clientId, String clientSecret, String redirectUri, String scopes, String requestedScopes) {

    /** The keychain key for a server's registration. */
    public static String keyFor(String authority) {
        return "client:" + authority;
    }

    /** The keychain key for a server's out-of-band (paste-a-code) registration. */
    public static String outOfBandKeyFor(String authority) {
        return "client-oob:" + authority;
    }

    /** One line for the keychain: five URL-encoded fields. */
    String encode() {
        return String.join(" ", enc(clientId), enc(clientSecret), enc(redirectUri), enc(scopes), enc(requestedScopes));
    }

    static Optional<ClientRegistration> decode(@Nullable String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(" ", -1);
        if (parts.length != 4 && parts.length != 5) {
            return Optional.empty();
        }
        try {
            // Four fields: kept before the requested scopes were, when they were the registered ones.
            String scopes = dec(parts[3]);
            String requested = parts.length == 5 ? dec(parts[4]) : scopes;
            return Optional.of(new ClientRegistration(dec(parts[0]), dec(parts[1]), dec(parts[2]), scopes, requested));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The port of the loopback redirect, or 0 if it has none. */
    int redirectPort() {
        try {
            return Math.max(0, java.net.URI.create(redirectUri).getPort());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId + ", redirectUri=" + redirectUri + ", scopes=" + scopes
                + ", requestedScopes=" + requestedScopes + ", clientSecret=(redacted)]";
    }
}
