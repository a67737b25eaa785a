package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.APP;
import static social.woolly.sandbox.SandboxRoutes.Access.PUBLIC;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * App registration and OAuth 2 as Mastodon runs it (Doorkeeper): {@code POST /api/v1/apps},
 * the authorization form, the code and client-credentials grants with PKCE S256, revocation
 * and the RFC 8414 metadata document.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/oauth/">oauth API methods</a>
 */
final class SandboxOAuth {
    static final List<String> SCOPES = List.of(
            "read",
            "write",
            "follow",
            "push",
            "profile",
            "read:accounts",
            "read:blocks",
            "read:bookmarks",
            "read:favourites",
            "read:filters",
            "read:follows",
            "read:lists",
            "read:mutes",
            "read:notifications",
            "read:search",
            "read:statuses",
            "write:accounts",
            "write:blocks",
            "write:bookmarks",
            "write:conversations",
            "write:favourites",
            "write:filters",
            "write:follows",
            "write:lists",
            "write:media",
            "write:mutes",
            "write:notifications",
            "write:reports",
            "write:statuses");

    private final SandboxStore store;
    private final SandboxLoginPage page;
    private volatile boolean forceLoginSeen;

    SandboxOAuth(SandboxStore store) {
        this.store = store;
        this.page = new SandboxLoginPage(store);
    }

    void register(SandboxRoutes routes) {
        routes.post("/api/v1/apps", PUBLIC, null, this::createApp);
        routes.get("/api/v1/apps/verify_credentials", APP, null, this::verifyApp);
        routes.get("/oauth/authorize", PUBLIC, null, this::showForm);
        routes.post("/oauth/authorize", PUBLIC, null, this::submitForm);
    }

    boolean forceLoginSeen() {
        return forceLoginSeen;
    }

    private SandboxReply createApp(SandboxExchange ex) {
        String name = ex.params.get("client_name");
        if (name == null || name.isBlank()) {
            return SandboxReply.error(422, "Validation failed: Application name can't be blank");
        }
        List<String> redirectUris = new ArrayList<>();
        ex.params
                .all("redirect_uris")
                .forEach(v -> redirectUris.addAll(Arrays.asList(v.trim().split("\\s+"))));
        redirectUris.removeIf(String::isEmpty);
        if (redirectUris.isEmpty()) {
            return SandboxReply.error(422, "Validation failed: Redirect URI can't be blank");
        }
        if (store.options.rawRedirectString()) {
            // Older GoToSocial: the form value is kept verbatim, newlines included, and never checked here.
            redirectUris.clear();
            redirectUris.add(ex.params.getOr("redirect_uris", "").trim());
        } else if (!redirectUris.stream().allMatch(SandboxOAuth::validRedirect)) {
            return SandboxReply.error(422, "Validation failed: Redirect URI must be an absolute URI.");
        }
        List<String> scopes = scopes(ex.params.getOr("scopes", "read"));
        if (store.options.profileScopeRejected() && scopes.contains("profile")) {
            // Hollo validates every scope against its own list, which has no "profile".
            return SandboxReply.error(422, "invalid_request");
        }
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            return SandboxReply.error(422, "Validation failed: Scopes are invalid");
        }
        SandboxAuth.App app = store.auth.register(name, ex.params.get("website"), redirectUris, scopes);
        JsonObject o = appJson(app);
        o.addProperty("client_id", app.clientId());
        o.addProperty("client_secret", app.clientSecret());
        o.addProperty("client_secret_expires_at", 0);
        return SandboxReply.json(o);
    }

    private SandboxReply verifyApp(SandboxExchange ex) {
        return SandboxReply.json(
                appJson(java.util.Objects.requireNonNull(ex.token).app()));
    }

    private static JsonObject appJson(SandboxAuth.App app) {
        JsonObject o = new JsonObject();
        o.addProperty("id", app.id());
        o.addProperty("name", app.name());
        o.addProperty("website", app.website());
        JsonArray scopes = new JsonArray();
        app.scopes().forEach(scopes::add);
        o.add("scopes", scopes);
        o.addProperty("redirect_uri", String.join("\n", app.redirectUris()));
        JsonArray uris = new JsonArray();
        app.redirectUris().forEach(uris::add);
        o.add("redirect_uris", uris);
        o.addProperty(
                "vapid_key",
                "BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-UNthbCdI70DqN1zUVis-x0Wrot2sBagkMc=");
        return o;
    }

    static List<String> scopes(String text) {
        return Arrays.stream(text.trim().split("[\\s+]+"))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean validRedirect(String uri) {
        if (uri.equals(SandboxAuth.OOB)) {
            return true;
        }
        try {
            URI parsed = new URI(uri);
            return parsed.getScheme() != null && parsed.getFragment() == null && !parsed.isOpaque();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Checks the authorize parameters; returns the failure to show, or null when they are good. */
    private @Nullable SandboxReply checkAuthorize(SandboxParams p) {
        SandboxAuth.App app = store.auth.app(p.get("client_id"));
        if (app == null) {
            return page.error(
                    401,
                    "Client authentication failed due to unknown client, no client authentication"
                            + " included, or unsupported authentication method.");
        }
        String redirect = p.get("redirect_uri");
        if (store.options.rawRedirectString() && !app.redirectUris().stream().allMatch(SandboxOAuth::parses)) {
            // Go's url.Parse refuses the control character in a newline-joined list (oauth2 DefaultValidateURI).
            return page.error(400, "invalid_request: the registered redirect URI is invalid");
        }
        if (redirect == null || app.redirectUris().stream().noneMatch(r -> redirectMatches(redirect, r))) {
            return page.error(400, "The redirect uri included is not valid.");
        }
        if (!"code".equals(p.get("response_type"))) {
            return errorRedirect(
                    p,
                    "unsupported_response_type",
                    "The authorization server does not support this" + " response type.");
        }
        List<String> scopes = scopes(p.getOr("scope", "read"));
        if (scopes.isEmpty() || !app.scopes().containsAll(scopes)) {
            return errorRedirect(p, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
        }
        if (p.get("code_challenge") != null && !"S256".equals(p.get("code_challenge_method"))) {
            return errorRedirect(p, "invalid_request", "The code_challenge_method must be S256.");
        }
        return null;
    }

    private boolean redirectMatches(String requested, String registered) {
        if (requested.equals(registered)) {
            return true;
        }
        if (!store.options.loopbackRedirectAnyPort()) {
            return false;
        }
        try {
            URI a = new URI(requested);
            URI b = new URI(registered);
            boolean loopback = "127.0.0.1".equals(a.getHost()) || "[::1]".equals(a.getHost());
            return loopback
                    && java.util.Objects.equals(a.getScheme(), b.getScheme())
                    && java.util.Objects.equals(a.getHost(), b.getHost())
                    && java.util.Objects.equals(a.getRawPath(), b.getRawPath())
                    && java.util.Objects.equals(a.getRawQuery(), b.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private SandboxReply showForm(SandboxExchange ex) {
        SandboxParams p = ex.params;
        boolean forceLogin = p.flag("force_login");
        if (forceLogin) {
            forceLoginSeen = true;
        }
        SandboxReply failure = checkAuthorize(p);
        if (failure != null) {
            return failure;
        }
        Long session = forceLogin ? null : store.auth.session(SandboxLoginPage.sessionCookie(ex));
        return page.form(p, session == null ? null : store.account(session), null);
    }

    private SandboxReply submitForm(SandboxExchange ex) {
        SandboxParams p = ex.params;
        SandboxReply failure = checkAuthorize(p);
        if (failure != null) {
            return failure;
        }
        if (!"authorize".equals(p.get("decision"))) {
            return errorRedirect(p, "access_denied", "The resource owner or authorization server denied the request.");
        }
        SandboxAccount account = page.signIn(p.get("username"), p.get("password"));
        String session = SandboxLoginPage.sessionCookie(ex);
        if (account == null && p.get("username") == null && store.auth.session(session) != null) {
            account = store.account(java.util.Objects.requireNonNull(store.auth.session(session)));
        }
        if (account == null) {
            return page.form(p, null, "Invalid Email address or password.");
        }
        SandboxAuth.App app = java.util.Objects.requireNonNull(store.auth.app(p.get("client_id")));
        String redirect = java.util.Objects.requireNonNull(p.get("redirect_uri"));
        Set<String> scopes = new LinkedHashSet<>(scopes(p.getOr("scope", "read")));
        SandboxAuth.Code code =
                store.auth.newCode(app, account.id, redirect, scopes, p.get("code_challenge"), store.now());
        String cookie = "_sandbox_session=" + store.auth.newSession(account.id) + "; path=/; HttpOnly; SameSite=Lax";
        if (redirect.equals(SandboxAuth.OOB)) {
            return page.showCode(code.value()).header("Set-Cookie", cookie);
        }
        return SandboxReply.redirect(withQuery(redirect, "code", code.value(), p.get("state")))
                .header("Set-Cookie", cookie);
    }

    private static SandboxReply errorRedirect(SandboxParams p, String error, String description) {
        String redirect = java.util.Objects.requireNonNull(p.get("redirect_uri"));
        if (redirect.equals(SandboxAuth.OOB)) {
            return SandboxReply.html(400, "<p>" + SandboxText.escape(description) + "</p>");
        }
        String url = withQuery(redirect, "error", error, p.get("state")) + "&error_description=" + encode(description);
        return SandboxReply.redirect(url);
    }

    private static String withQuery(String base, String name, String value, @Nullable String state) {
        String url = base + (base.contains("?") ? "&" : "?") + name + "=" + encode(value);
        return state == null ? url : url + "&state=" + encode(state);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
