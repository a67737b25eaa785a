package social.woolly.core.api;

import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.Request;
import social.woolly.core.model.AuthorizationServerMetadata;
import social.woolly.core.model.Token;

/**
 * OAuth 2: discovery, exchanging an authorization code for a token (with PKCE), and revoking it.
 * Bodies are form-encoded, as RFC 6749 requires; these requests never send a bearer token.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/oauth/">oauth API methods</a>
 */
public final class OAuthMethods {
    private final Requests requests;

    OAuthMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * The server's OAuth metadata (Mastodon 4.3+); empty where the server publishes none or the
     * lookup fails in any way other than being cancelled.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/oauth/#authorization-server-metadata">GET
     *     /.well-known/oauth-authorization-server</a>
     */
    public ApiCall<Optional<AuthorizationServerMetadata>> authorizationServerMetadata() {
        var request = new Request.Builder()
                .url(requests.url(".well-known/oauth-authorization-server").build())
                .get();
        ApiCall<AuthorizationServerMetadata> fetch =
                requests.callWithoutToken(request, Requests.json(AuthorizationServerMetadata.class));
        return new ComposedCall<>(calls -> {
            try {
                return Optional.of(calls.run(fetch));
            } catch (ApiException.Cancelled e) {
                throw e;
            } catch (ApiException e) {
                // The metadata is optional: a 401 or 429 here must not stop a sign-in that works without it.
                return Optional.empty();
            }
        });
    }

    /**
     * Exchanges the code from the authorization redirect for a user token.
     *
     * @param codeVerifier the PKCE verifier whose S256 challenge went into the authorize URL
     * @see <a href="https://docs.joinmastodon.org/methods/oauth/#token">POST /oauth/token</a>
     */
    public ApiCall<Token> token(
            String clientId, String clientSecret, String redirectUri, String code, String codeVerifier) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .add("redirect_uri", redirectUri)
                .add("code_verifier", codeVerifier)
                .build();
        return tokenCall(form);
    }

    /**
     * Asks for an app-only token with the client credentials grant. Woolly uses it to check that a
     * kept client registration still exists: servers delete apps (Mastodon before 4.3 after a day
     * without tokens, Pleroma after 15 minutes without a user, snac on revoke), and a dead one
     * fails the authorization in the browser with no way for Woolly to notice.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/oauth/#token">POST /oauth/token</a>
     */
    public ApiCall<Token> clientCredentialsToken(
            String clientId, String clientSecret, String redirectUri, String scope) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .add("redirect_uri", redirectUri)
                .add("scope", scope)
                .build();
        return tokenCall(form);
    }

    private ApiCall<Token> tokenCall(FormBody form) {
        var request =
                new Request.Builder().url(requests.url("oauth/token").build()).post(form);
        return requests.callWithoutToken(request, Requests.json(Token.class));
    }

    /**
     * Revokes a token, e.g. on sign-out.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/oauth/#revoke">POST /oauth/revoke</a>
     */
    public ApiCall<Empty> revoke(String clientId, String clientSecret, AccessToken token) {
        FormBody form = new FormBody.Builder()
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .add("token", token.value())
                .build();
        var request =
                new Request.Builder().url(requests.url("oauth/revoke").build()).post(form);
        return requests.callWithoutToken(request, Requests.empty());
    }
}
