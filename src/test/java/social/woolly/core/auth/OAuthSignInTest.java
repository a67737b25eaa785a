package social.woolly.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxBrowser;
import social.woolly.sandbox.SandboxOptions;

/** Issue #3's sign-in, end to end against the sandbox server; the test plays the browser. */
class OAuthSignInTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Sandbox sandbox;
    private final InMemoryTokenStore secrets = new InMemoryTokenStore();
    private final SandboxBrowser browser = new SandboxBrowser();
    private OAuthSignIn signIn;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        signIn = new OAuthSignIn(new MastodonClient(new OkHttpClient()), secrets, "Woolly", "https://woolly.example");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ServerProbe probe() throws Exception {
        return signIn.probe(ServerAddress.parse(sandbox.baseUrl()));
    }

    @Test
    void fullFlow_browserSignsIn_givesAccountAndToken() throws Exception {
        ServerProbe probe = probe();
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            URI authorize = pending.authorizeUrl();
            assertThat(authorize.getQuery())
                    .contains("response_type=code", "code_challenge_method=S256", "state=")
                    .doesNotContain("force_login");

            SandboxBrowser.Outcome page = browser.authorize(authorize, Sandbox.USERNAME, Sandbox.PASSWORD, true);
            assertThat(page.body()).contains("close this tab");
            SignedIn signedIn = signIn.complete(pending, pending.awaitCode(WAIT), false);

            assertThat(signedIn.account().username()).isEqualTo(Sandbox.USERNAME);
            assertThat(signedIn.token().value()).isEqualTo(sandbox.issuedToken());
            assertThat(signedIn.toString()).doesNotContain(signedIn.token().value());
        }
        String registration = secrets.get(
                        ClientRegistration.keyFor(probe.address().authority()))
                .orElseThrow();
        assertThat(ClientRegistration.decode(registration)).isPresent();
    }

    @Test
    void revoke_afterSignIn_makesTheTokenUseless() throws Exception {
        SignedIn signedIn;
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            signedIn = signInThroughBrowser(pending);
        }
        URI server = URI.create(sandbox.baseUrl());

        signIn.revoke(server, "127.0.0.1:" + sandbox.port(), signedIn.token());

        var api = new MastodonClient(new OkHttpClient()).api(server, signedIn.token());
        assertThatThrownBy(() -> api.accounts().verifyCredentials().execute())
                .isInstanceOf(ApiException.Unauthorized.class);
        assertThat(sandbox.requests("/oauth/revoke")).hasSize(1);
    }

    @Test
    void revoke_tokenFromTheOutOfBandClient_isRevoked_andTheClientsStayForOtherAccounts() throws Exception {
        ServerProbe probe = probe();
        SignedIn signedIn;
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            String code = browser.authorizeOutOfBand(
                    signIn.outOfBandAuthorizeUrl(pending), Sandbox.USERNAME, Sandbox.PASSWORD);
            signedIn = signIn.complete(pending, code, true);
        }
        String authority = probe.address().authority();

        signIn.revoke(signedIn.server(), authority, signedIn.token());

        var api = new MastodonClient(new OkHttpClient()).api(signedIn.server(), signedIn.token());
        assertThatThrownBy(() -> api.accounts().verifyCredentials().execute())
                .isInstanceOf(ApiException.Unauthorized.class);
        assertThat(secrets.get(ClientRegistration.keyFor(authority))).isPresent();
        assertThat(secrets.get(ClientRegistration.outOfBandKeyFor(authority))).isPresent();
    }

    @Test
    void revoke_twoAccountsOnOneServer_eachTokenIsRevokedWithTheKeptClient() throws Exception {
        ServerProbe probe = probe();
        SignedIn first;
        int port;
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            first = signInThroughBrowser(pending);
            port = URI.create(pending.client().redirectUri()).getPort();
        }
        awaitPortFree(port);
        SignedIn second;
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            second = signInThroughBrowser(pending);
        }
        String authority = probe.address().authority();

        signIn.revoke(first.server(), authority, first.token());
        signIn.revoke(second.server(), authority, second.token());

        assertThat(sandbox.requests("/oauth/revoke")).hasSize(2);
        var api = new MastodonClient(new OkHttpClient()).api(second.server(), second.token());
        assertThatThrownBy(() -> api.accounts().verifyCredentials().execute())
                .isInstanceOf(ApiException.Unauthorized.class);
    }

    @Test
    void probe_readsServerNameAndScopes() throws Exception {
        ServerProbe probe = probe();

        assertThat(probe.info().title()).isNotBlank();
        assertThat(probe.scopes()).startsWith("read write push");
    }

    @Test
    void begin_again_reusesTheRegistrationOnTheSamePort() throws Exception {
        ServerProbe probe = probe();
        int firstPort;
        try (PendingSignIn first = signIn.begin(probe, false)) {
            firstPort = URI.create(first.client().redirectUri()).getPort();
            first.cancel();
        }
        awaitPortFree(firstPort);

        try (PendingSignIn second = signIn.begin(probe, false)) {
            assertThat(URI.create(second.client().redirectUri()).getPort()).isEqualTo(firstPort);
        }
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(1);
    }

    @Test
    void begin_keptClientVacuumedByTheServer_registersAnew() throws Exception {
        ServerProbe probe = probe();
        int firstPort = signInOnce(probe);
        sandbox.forgetApps();
        awaitPortFree(firstPort);

        try (PendingSignIn second = signIn.begin(probe, false)) {
            assertThat(signInThroughBrowser(second).account().username()).isEqualTo(Sandbox.USERNAME);
        }
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(2);
    }

    @Test
    void begin_clientCheckFailsWithServerTrouble_keepsTheRegistration() throws Exception {
        ServerProbe probe = probe();
        int firstPort = signInOnce(probe);
        awaitPortFree(firstPort);
        sandbox.failNext("/oauth/token", 503, "<html>busy</html>");

        try (PendingSignIn second = signIn.begin(probe, false)) {
            assertThat(URI.create(second.client().redirectUri()).getPort()).isEqualTo(firstPort);
        }
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(1);
    }

    @Test
    void revoke_onAServerThatDeletesTheApp_nextSignInRegistersAnewAndWorks() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.builder().revokeDeletesApp(true).build());
        ServerProbe probe = probe();
        SignedIn first;
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            first = signInThroughBrowser(pending);
        }

        signIn.revoke(first.server(), probe.address().authority(), first.token());

        assertThat(sandbox.appCount()).isZero();
        try (PendingSignIn second = signIn.begin(probe, false)) {
            assertThat(signInThroughBrowser(second).account().username()).isEqualTo(Sandbox.USERNAME);
        }
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(2);
    }

    /** Signs in through the browser; returns the loopback port the registration holds. */
    private int signInOnce(ServerProbe probe) throws Exception {
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            signInThroughBrowser(pending);
            return URI.create(pending.client().redirectUri()).getPort();
        }
    }

    /** Plays the browser on the authorize page, then exchanges the code the listener caught. */
    private SignedIn signInThroughBrowser(PendingSignIn pending) throws Exception {
        browser.authorize(pending.authorizeUrl(), Sandbox.USERNAME, Sandbox.PASSWORD, true);
        return signIn.complete(pending, pending.awaitCode(WAIT), false);
    }

    @Test
    void begin_serverRefusingProfileScope_registersOnceAndKeepsPush() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(
                SandboxOptions.builder().profileScopeRejected(true).build());
        ServerProbe probe = probe();
        assertThat(probe.scopes()).contains("profile");
        int firstPort;
        try (PendingSignIn first = signIn.begin(probe, false)) {
            firstPort = URI.create(first.client().redirectUri()).getPort();
            assertThat(first.client().scopes()).isEqualTo("read write push");
            assertThat(first.authorizeUrl().getQuery()).contains("scope=read write push&");
            first.cancel();
        }
        awaitPortFree(firstPort);

        try (PendingSignIn second = signIn.begin(probe, false)) {
            assertThat(second.client().scopes()).isEqualTo("read write push");
        }
        // One refused (with profile), one accepted; the second sign-in reuses it.
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(2);
    }

    @Test
    void scopeFallbacks_dropProfileThenFollowThenPush() {
        assertThat(OAuthSignIn.scopeFallbacks("read write push profile follow"))
                .containsExactly(
                        "read write push profile follow", "read write push follow", "read write push", "read write");
        assertThat(OAuthSignIn.scopeFallbacks("read write")).containsExactly("read write");
    }

    @Test
    void keptRegistration_fromBeforeRequestedScopesWereKept_stillDecodes() {
        ClientRegistration old = ClientRegistration.decode("id secret http%3A%2F%2F127.0.0.1%3A5%2Fcallback read+write")
                .orElseThrow();

        assertThat(old.scopes()).isEqualTo("read write");
        assertThat(old.requestedScopes()).isEqualTo("read write");
        assertThat(ClientRegistration.decode(old.encode())).contains(old);
    }

    @Test
    void secondAccountOnSameServer_sendsForceLogin() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), true)) {
            assertThat(pending.authorizeUrl().getQuery()).contains("force_login=true");
            browser.authorize(pending.authorizeUrl(), "bob", Sandbox.PASSWORD, true);

            SignedIn bob = signIn.complete(pending, pending.awaitCode(WAIT), false);

            assertThat(bob.account().username()).isEqualTo("bob");
        }
        assertThat(sandbox.forceLoginSeen()).isTrue();
    }

    @Test
    void outOfBandCode_pasted_signsIn() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            String code = browser.authorizeOutOfBand(
                    signIn.outOfBandAuthorizeUrl(pending), Sandbox.USERNAME, Sandbox.PASSWORD);

            SignedIn signedIn = signIn.complete(pending, "  " + code + "\n", true);

            assertThat(signedIn.account().username()).isEqualTo(Sandbox.USERNAME);
        }
    }

    @Test
    void serverKeepingRedirectUrisAsOneString_loopbackAndOutOfBandBothSignIn() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.builder().rawRedirectString(true).build());
        ServerProbe probe = probe();
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            assertThat(signInThroughBrowser(pending).account().username()).isEqualTo(Sandbox.USERNAME);
        }
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            String code = browser.authorizeOutOfBand(
                    signIn.outOfBandAuthorizeUrl(pending), Sandbox.USERNAME, Sandbox.PASSWORD);

            assertThat(signIn.complete(pending, code, true).account().username())
                    .isEqualTo(Sandbox.USERNAME);
        }
        String authority = probe.address().authority();
        assertThat(ClientRegistration.decode(secrets.get(ClientRegistration.outOfBandKeyFor(authority))
                                .orElse(null))
                        .orElseThrow()
                        .redirectUri())
                .isEqualTo(PendingSignIn.OUT_OF_BAND);
        assertThat(ClientRegistration.decode(secrets.get(ClientRegistration.keyFor(authority))
                                .orElse(null))
                        .orElseThrow()
                        .redirectUri())
                .startsWith("http://127.0.0.1:");
    }

    @Test
    void outOfBandUrl_askedTwice_registersTheOutOfBandClientOnce() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            URI first = signIn.outOfBandAuthorizeUrl(pending);

            assertThat(signIn.outOfBandAuthorizeUrl(pending)).isEqualTo(first);
            assertThat(pending.outOfBandAuthorizeUrl()).contains(first);
            assertThat(first.getQuery()).contains("redirect_uri=" + PendingSignIn.OUT_OF_BAND);
        }
        assertThat(sandbox.requests("/api/v1/apps")).hasSize(2);
    }

    @Test
    void wrongState_atTheListener_isRejected() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            URI redirect = URI.create(pending.client().redirectUri());
            browser.get(redirect + "?code=stolen&state=forged");

            assertThatThrownBy(() -> pending.awaitCode(WAIT))
                    .isInstanceOfSatisfying(
                            SignInException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.STATE_MISMATCH));
        }
    }

    @Test
    void deniedInBrowser_isReportedAsDenied() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            browser.authorize(pending.authorizeUrl(), Sandbox.USERNAME, Sandbox.PASSWORD, false);

            assertThatThrownBy(() -> pending.awaitCode(WAIT))
                    .isInstanceOfSatisfying(
                            SignInException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.DENIED));
        }
    }

    @Test
    void cancelledSignIn_endsTheWait() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            pending.cancel();

            assertThatThrownBy(() -> pending.awaitCode(WAIT))
                    .isInstanceOfSatisfying(
                            SignInException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.CANCELLED));
        }
    }

    @Test
    void listenerTimeout_whenNobodyComesBack() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            assertThatThrownBy(() -> pending.awaitCode(Duration.ofMillis(50)))
                    .isInstanceOfSatisfying(
                            SignInException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TIMED_OUT));
        }
    }

    @Test
    void serverDownMidFlow_failsAsNetwork() throws Exception {
        try (PendingSignIn pending = signIn.begin(probe(), false)) {
            browser.authorize(pending.authorizeUrl(), Sandbox.USERNAME, Sandbox.PASSWORD, true);
            String code = pending.awaitCode(WAIT);
            sandbox.close();

            assertThatThrownBy(() -> signIn.complete(pending, code, false)).isInstanceOf(ApiException.Network.class);
        }
    }

    @Test
    void probe_instanceOnlyForSignedInUsers_goesOnToSignIn() throws Exception {
        String limitedFederation = "{\"error\":\"This method requires an authenticated user\"}";
        sandbox.failNext("/api/v2/instance", 401, limitedFederation);
        sandbox.failNext("/api/v1/instance", 401, limitedFederation);

        ServerProbe probe = probe();

        String authority = "127.0.0.1:" + sandbox.port();
        assertThat(probe.info().title()).isEqualTo(authority);
        assertThat(probe.info().domain()).isEqualTo(authority);
        assertThat(probe.info().version()).isEmpty();
        assertThat(probe.info().authorizationServer()).isNotNull();
        try (PendingSignIn pending = signIn.begin(probe, false)) {
            assertThat(pending.authorizeUrl().getPath()).isEqualTo("/oauth/authorize");
            assertThat(signInThroughBrowser(pending).account().username()).isEqualTo(Sandbox.USERNAME);
        }
    }

    @Test
    void typedHostRedirectsEverything_signInContinuesWhereItLanded() throws Exception {
        try (var front = new mockwebserver3.MockWebServer()) {
            front.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                    return new mockwebserver3.MockResponse.Builder()
                            .code(301)
                            .setHeader("Location", sandbox.baseUrl() + request.getTarget())
                            .build();
                }
            });
            front.start(java.net.InetAddress.getLoopbackAddress(), 0);

            ServerProbe probe = signIn.probe(ServerAddress.parse("http://127.0.0.1:" + front.getPort()));

            assertThat(probe.address().baseUrl()).isEqualTo(URI.create(sandbox.baseUrl()));
            try (PendingSignIn pending = signIn.begin(probe, false)) {
                assertThat(signInThroughBrowser(pending).server()).isEqualTo(URI.create(sandbox.baseUrl()));
            }
            assertThat(sandbox.requests("/api/v1/apps"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.method()).isEqualTo("POST"))
                    .satisfies(r -> assertThat(r.body()).contains("client_name=Woolly"));
            assertThat(secrets.get(ClientRegistration.keyFor("127.0.0.1:" + sandbox.port())))
                    .isPresent();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {401, 403, 429})
    void probe_metadataLookupRefused_probesWithoutMetadata(int status) throws Exception {
        sandbox.failNext("/.well-known/oauth-authorization-server", status, "{\"error\":\"no\"}");

        ServerProbe probe = probe();

        assertThat(probe.info().authorizationServer()).isNull();
        assertThat(probe.info().title()).isNotBlank();
    }

    @Test
    void probe_handleOnADomainServingOnlyWebFinger_signsInOnTheAccountsHost() throws Exception {
        String self = sandbox.baseUrl() + "/users/alice";
        try (var handleDomain = webFingerOnly("{\"subject\":\"acct:alice@127.0.0.1\",\"links\":["
                + "{\"rel\":\"http://webfinger.net/rel/profile-page\",\"href\":\"https://elsewhere.example/@alice\"},"
                + "{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\"" + self + "\"}]}")) {
            ServerProbe probe = signIn.probe(ServerAddress.parse("@alice@127.0.0.1:" + handleDomain.getPort()));

            assertThat(probe.address().baseUrl()).isEqualTo(URI.create(sandbox.baseUrl()));
            assertThat(probe.address().username()).isEqualTo("alice");
            try (PendingSignIn pending = signIn.begin(probe, false)) {
                assertThat(pending.authorizeUrl().getPort()).isEqualTo(sandbox.port());
            }
            assertThat(sandbox.requests("/api/v1/apps")).hasSize(1);
        }
    }

    @Test
    void probe_handleWhoseDomainKnowsNothing_failsAsNotFound() throws Exception {
        try (var handleDomain = webFingerOnly(null)) {
            ServerAddress address = ServerAddress.parse("@alice@127.0.0.1:" + handleDomain.getPort());

            assertThatThrownBy(() -> signIn.probe(address)).isInstanceOf(ApiException.NotFound.class);
            assertThat(handleDomain.getRequestCount()).isEqualTo(3);
        }
    }

    /** A server that answers only {@code /.well-known/webfinger} (with {@code jrd}, or 404 when null). */
    private static mockwebserver3.MockWebServer webFingerOnly(@org.jspecify.annotations.Nullable String jrd)
            throws java.io.IOException {
        var server = new mockwebserver3.MockWebServer();
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                boolean webFinger =
                        request.getTarget().equals("/.well-known/webfinger?resource=acct%3Aalice%40127.0.0.1");
                return jrd != null && webFinger
                        ? new mockwebserver3.MockResponse.Builder()
                                .setHeader("Content-Type", "application/jrd+json; charset=utf-8")
                                .body(jrd)
                                .build()
                        : new mockwebserver3.MockResponse.Builder()
                                .code(404)
                                .body("<html>nope</html>")
                                .build();
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    @Test
    void probe_notAMastodonServer_failsAsNotFound() throws Exception {
        try (var web = new mockwebserver3.MockWebServer()) {
            web.start(java.net.InetAddress.getLoopbackAddress(), 0);
            for (int i = 0; i < 3; i++) {
                web.enqueue(new mockwebserver3.MockResponse.Builder()
                        .code(404)
                        .body("<html>nope</html>")
                        .build());
            }
            ServerAddress address = ServerAddress.parse("http://127.0.0.1:" + web.getPort());

            assertThatThrownBy(() -> signIn.probe(address)).isInstanceOf(ApiException.NotFound.class);
        }
    }

    private static void awaitPortFree(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try (var _ = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return;
            } catch (java.io.IOException busy) {
                Thread.onSpinWait();
            }
        }
    }
}
