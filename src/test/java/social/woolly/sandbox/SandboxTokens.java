package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.PUBLIC;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import okhttp3.Credentials;
import org.jspecify.annotations.Nullable;

/**
 * The token side of OAuth: {@code POST /oauth/token} (authorization code with PKCE S256, and
 * client credentials), {@code POST /oauth/revoke} and the RFC 8414 metadata document. Clients
 * authenticate with {@code client_id}/{@code client_secret} in the body or with HTTP Basic.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/oauth/">oauth API methods</a>
 */
final class SandboxTokens {
    private final SandboxStore store;

    SandboxTokens(SandboxStore store) {
        this.store = store;
    }

    void register(SandboxRoutes routes) {
        routes.post("/oauth/token", PUBLIC, null, this::token);
        routes.post("/oauth/revoke", PUBLIC, null, this::revoke);
        if (store.options.oauthMetadata()) {
            routes.get("/.well-known/oauth-authorization-server", PUBLIC, null, this::metadata);
        }
    }

    private SandboxReply token(SandboxExchange ex) {
        SandboxParams p = ex.params;
        SandboxAuth.App app = authenticateClient(ex);
        if (app == null) {
            return SandboxReply.oauthError(
                    401,
                    "invalid_client",
                    "Client authentication failed due to unknown client,"
                            + " no client authentication included, or unsupported authentication method.");
        }
        String grant = p.get("grant_type");
        if ("client_credentials".equals(grant)) {
            List<String> scopes = SandboxOAuth.scopes(p.getOr("scope", "read"));
            if (!app.scopes().containsAll(scopes)) {
                return SandboxReply.oauthError(
                        400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
            }
            return tokenReply(store.auth.issue(app, null, new LinkedHashSet<>(scopes), store.now()));
        }
        if (!"authorization_code".equals(grant)) {
            return SandboxReply.oauthError(
                    400,
                    grant == null ? "invalid_request" : "unsupported_grant_type",
                    grant == null
                            ? "Missing required parameter: grant_type."
                            : "The authorization grant type is not supported by the authorization server.");
        }
        SandboxAuth.Code code = store.auth.takeCode(p.get("code"));
        String verifier = p.get("code_verifier");
        boolean valid = code != null
                && code.app() == app
                && code.expiresAt().isAfter(store.now())
                && code.redirectUri().equals(p.get("redirect_uri"))
                && (code.challenge() == null
                        || (verifier != null && SandboxAuth.verifierMatches(verifier, code.challenge())));
        if (!valid) {
            return SandboxReply.oauthError(
                    400,
                    "invalid_grant",
                    "The provided authorization grant is invalid, expired,"
                            + " revoked, does not match the redirection URI used in the authorization request, or was issued"
                            + " to another client.");
        }
        return tokenReply(store.auth.issue(app, code.accountId(), code.scopes(), store.now()));
    }

    private SandboxAuth.@Nullable App authenticateClient(SandboxExchange ex) {
        String id = ex.params.get("client_id");
        String secret = ex.params.get("client_secret");
        String basic = ex.header("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            SandboxAuth.App app = store.auth.app(id);
            for (SandboxAuth.App candidate : candidates(app)) {
                if (Credentials.basic(candidate.clientId(), candidate.clientSecret())
                        .equals(basic)) {
                    return candidate;
                }
            }
        }
        SandboxAuth.App app = store.auth.app(id);
        return app != null && app.clientSecret().equals(secret) ? app : null;
    }

    private List<SandboxAuth.App> candidates(SandboxAuth.@Nullable App app) {
        return app != null ? List.of(app) : store.auth.apps();
    }

    private static SandboxReply tokenReply(SandboxAuth.Token token) {
        JsonObject o = new JsonObject();
        o.addProperty("access_token", token.value());
        o.addProperty("token_type", "Bearer");
        o.addProperty("scope", String.join(" ", token.scopes()));
        o.addProperty("created_at", token.createdAt().getEpochSecond());
        return SandboxReply.json(o);
    }

    private SandboxReply revoke(SandboxExchange ex) {
        SandboxAuth.App app = authenticateClient(ex);
        String value = ex.params.get("token");
        SandboxAuth.Token token = store.auth.token(value);
        if (app == null || (token != null && token.app() != app)) {
            return SandboxReply.oauthError(403, "unauthorized_client", "You are not authorized to revoke this token");
        }
        if (token != null) {
            store.auth.revoke(token.value());
        }
        if (store.options.revokeDeletesApp()) {
            // snac: "also delete the app, as it serves no purpose from now on".
            store.auth.forget(app);
        }
        return SandboxReply.json(new JsonObject());
    }

    private SandboxReply metadata(SandboxExchange ex) {
        String base = store.baseUrl;
        JsonObject o = new JsonObject();
        o.addProperty("issuer", base + "/");
        o.addProperty("service_documentation", "https://docs.joinmastodon.org/");
        o.addProperty("authorization_endpoint", base + "/oauth/authorize");
        o.addProperty("token_endpoint", base + "/oauth/token");
        o.addProperty("app_registration_endpoint", base + "/api/v1/apps");
        o.addProperty("revocation_endpoint", base + "/oauth/revoke");
        o.add("scopes_supported", array(SandboxOAuth.SCOPES));
        o.add("response_types_supported", array(List.of("code")));
        o.add("response_modes_supported", array(List.of("query", "fragment", "form_post")));
        o.add("code_challenge_methods_supported", array(List.of("S256")));
        o.add("grant_types_supported", array(List.of("authorization_code", "client_credentials")));
        o.add("token_endpoint_auth_methods_supported", array(List.of("client_secret_basic", "client_secret_post")));
        return SandboxReply.json(o);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
