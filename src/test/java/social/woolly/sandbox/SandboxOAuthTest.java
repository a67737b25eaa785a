package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SandboxOAuthTest {
    private static final String REDIRECT = "http://127.0.0.1:45678/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private static Sandbox sandbox;
    private static SandboxTestClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start();
        client = new SandboxTestClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void codeFlow_withPkceAndState_issuesAWorkingTokenAndRoundTripsState() throws Exception {
        JsonObject app = registerApp();
        String state = "a b/c?d=e&f=ü";
        SandboxTestClient.Reply redirect = authorize(app, state, true);

        assertThat(redirect.code()).isEqualTo(302);
        HttpUrl location = HttpUrl.get(java.util.Objects.requireNonNull(redirect.header("Location")));
        assertThat(location.toString()).startsWith(REDIRECT + "?");
        assertThat(location.queryParameter("state")).isEqualTo(state);
        SandboxTestClient.Reply token = exchange(app, location.queryParameter("code"), VERIFIER);
        assertThat(token.code()).isEqualTo(200);
        String accessToken = token.json().getAsJsonObject().get("access_token").getAsString();
        assertThat(token.json().getAsJsonObject().get("token_type").getAsString())
                .isEqualTo("Bearer");
        SandboxTestClient.Reply me = client.get("/api/v1/accounts/verify_credentials", accessToken);
        assertThat(me.json().getAsJsonObject().get("acct").getAsString()).isEqualTo("alice");
        assertThat(sandbox.issuedToken()).isEqualTo(accessToken);
        assertThat(sandbox.forceLoginSeen()).isTrue();
    }

    @Test
    void tokenExchange_withWrongVerifier_isRejectedAsInvalidGrant() throws Exception {
        JsonObject app = registerApp();
        HttpUrl location = HttpUrl.get(
                java.util.Objects.requireNonNull(authorize(app, "s", false).header("Location")));

        SandboxTestClient.Reply token = exchange(app, location.queryParameter("code"), VERIFIER + "x");

        assertThat(token.code()).isEqualTo(400);
        assertThat(token.json().getAsJsonObject().get("error").getAsString()).isEqualTo("invalid_grant");
    }

    @Test
    void authorize_withRedirectOnAnotherPort_showsAnErrorInsteadOfRedirecting() throws Exception {
        JsonObject app = registerApp();
        HttpUrl url = sandbox.url("/oauth/authorize")
                .newBuilder()
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", app.get("client_id").getAsString())
                .addQueryParameter("redirect_uri", "http://127.0.0.1:45679/callback")
                .build();

        SandboxTestClient.Reply page = client.get(url.toString(), null);

        assertThat(page.code()).isEqualTo(400);
        assertThat(page.body()).contains("The redirect uri included is not valid.");
    }

    @Test
    void registerApp_withJsonArrayOrWhitespaceString_keepsEveryRedirectUri() {
        SandboxTestClient.Reply json = client.postJson(
                "/api/v1/apps",
                null,
                "{\"client_name\":\"W\",\"redirect_uris\":[\"" + REDIRECT + "\",\"urn:ietf:wg:oauth:2.0:oob\"]}");
        SandboxTestClient.Reply form = client.postForm(
                "/api/v1/apps",
                null,
                Map.of("client_name", "W", "redirect_uris", REDIRECT + "\nurn:ietf:wg:oauth:2.0:oob"));

        for (SandboxTestClient.Reply reply : new SandboxTestClient.Reply[] {json, form}) {
            assertThat(reply.json().getAsJsonObject().get("redirect_uris").toString())
                    .isEqualTo("[\"" + REDIRECT + "\",\"urn:ietf:wg:oauth:2.0:oob\"]");
        }
    }

    @Test
    void revokedToken_getsUnauthorized() {
        String token = sandbox.issueToken("alice");
        assertThat(client.get("/api/v1/timelines/home", token).code()).isEqualTo(200);

        sandbox.revokeToken(token);

        SandboxTestClient.Reply reply = client.get("/api/v1/timelines/home", token);
        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"error\":\"The access token was revoked\"}");
    }

    @Test
    void userEndpoint_withoutToken_answersMastodons401() {
        SandboxTestClient.Reply reply = client.get("/api/v1/timelines/home", null);

        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"error\":\"The access token is invalid\"}");
    }

    private static JsonObject registerApp() {
        return client.postForm(
                        "/api/v1/apps",
                        null,
                        Map.of(
                                "client_name",
                                "Woolly test",
                                "redirect_uris",
                                REDIRECT,
                                "scopes",
                                "read write follow push"))
                .json()
                .getAsJsonObject();
    }

    /** Opens the form, fills it in as alice and submits it; returns the redirect. */
    private static SandboxTestClient.Reply authorize(JsonObject app, String state, boolean forceLogin)
            throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
        HttpUrl url = sandbox.url("/oauth/authorize")
                .newBuilder()
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", app.get("client_id").getAsString())
                .addQueryParameter("redirect_uri", REDIRECT)
                .addQueryParameter("scope", "read write follow push")
                .addQueryParameter("state", state)
                .addQueryParameter(
                        "code_challenge",
                        Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
                .addQueryParameter("code_challenge_method", "S256")
                .addQueryParameter("force_login", Boolean.toString(forceLogin))
                .build();
        SandboxTestClient.Reply form = client.get(url.toString(), null);
        assertThat(form.code()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"username\"", "id=\"password\"", "id=\"authorize\"");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), org.jsoup.parser.Parser.unescapeEntities(hidden.group(2), true));
        }
        fields.put("username", Sandbox.USERNAME);
        fields.put("password", Sandbox.PASSWORD);
        fields.put("decision", "authorize");
        return client.postForm("/oauth/authorize", null, fields);
    }

    private static SandboxTestClient.Reply exchange(JsonObject app, String code, String verifier) {
        return client.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "client_id",
                        app.get("client_id").getAsString(),
                        "client_secret",
                        app.get("client_secret").getAsString(),
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        verifier));
    }
}
