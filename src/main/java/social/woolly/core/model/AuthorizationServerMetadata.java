package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server's OAuth endpoints and what they support, from {@code
 * /.well-known/oauth-authorization-server} (RFC 8414; Mastodon 4.3+).
 *
 * @see <a href="https://docs.joinmastodon.org/methods/oauth/#authorization-server-metadata">OAuth
 *     metadata</a>
 */
public record AuthorizationServerMetadata(
        @Nullable String issuer,
        @Nullable String authorizationEndpoint,
        @Nullable String tokenEndpoint,
        @Nullable String revocationEndpoint,
        @Nullable String appRegistrationEndpoint,
        List<String> scopesSupported,
        List<String> responseTypesSupported,
        List<String> grantTypesSupported,
        List<String> codeChallengeMethodsSupported) {

    public AuthorizationServerMetadata {
        scopesSupported = Missing.list(scopesSupported);
        responseTypesSupported = Missing.list(responseTypesSupported);
        grantTypesSupported = Missing.list(grantTypesSupported);
        codeChallengeMethodsSupported = Missing.list(codeChallengeMethodsSupported);
    }

    /** Whether PKCE with SHA-256 is supported. */
    public boolean supportsPkceS256() {
        return codeChallengeMethodsSupported.contains("S256");
    }
}
