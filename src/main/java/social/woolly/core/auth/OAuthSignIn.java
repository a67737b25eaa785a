package social.woolly.core.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.InstanceMethods;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.model.Account;
import social.woolly.core.model.Application;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.ServerLimits;
import social.woolly.core.model.Token;
import social.woolly.core.store.TokenStore;
import social.woolly.core.store.TokenStoreException;

/** {@link SignIn} against any server that speaks the Mastodon client API. */
public final class OAuthSignIn implements SignIn {
    /** The smallest scope set every Mastodon-API server knows, for servers that refuse the full one. */
    static final String MINIMAL_SCOPES = "read write";

    private final MastodonClient client;
    private final TokenStore secrets;
    private final String clientName;
    private final String website;

    public OAuthSignIn(MastodonClient client, TokenStore secrets, String clientName, String website) {
        this.client = client;
        this.secrets = secrets;
        this.clientName = clientName;
        this.website = website;
    }

    @Override
    public ServerProbe probe(ServerAddress address) throws ApiException {
        try {
            return probeAt(address);
        } catch (ApiException.NotFound | ApiException.BadResponse e) {
            // A handle's domain may serve only WebFinger and send clients to the real host
            // (GoToSocial's account domain, Hollo's handle host): ask it where the account lives.
            ServerAddress home = accountHome(address).orElse(address);
            if (home.equals(address)) {
                throw e;
            }
            return probeAt(home);
        }
    }

    private Optional<ServerAddress> accountHome(ServerAddress address) throws ApiException {
        String user = address.username();
        if (user == null) {
            return Optional.empty();
        }
        String domain = address.baseUrl().getHost();
        return client.api(address.baseUrl(), null)
                .instance()
                .webFingerSelf(user + "@" + domain)
                .execute()
                .map(address::answeredFrom);
    }

    private ServerProbe probeAt(ServerAddress address) throws ApiException {
        MastodonApi api = client.api(address.baseUrl(), null);
        try {
            InstanceMethods.Answered answered =
                    api.instance().serverInfoWithOrigin().execute();
            // Sign-in goes on where the server answered: registration and token are POSTs, and a
            // redirected POST would arrive as a GET without its form.
            return new ServerProbe(address.answeredFrom(answered.origin()), answered.info());
        } catch (ApiException.Unauthorized e) {
            return new ServerProbe(address, describedToMembersOnly(api, address));
        }
    }

    /**
     * A server that answered the v2 instance with 401: Mastodon in limited-federation mode describes
     * itself only to signed-in users, so sign-in goes on with what the address says. The app reads
     * the real description with the token once signed in.
     */
    private static ServerInfo describedToMembersOnly(MastodonApi api, ServerAddress address) throws ApiException {
        ServerInfo info;
        try {
            info = ServerInfo.from(api.instance().v1().execute());
        } catch (ApiException.Unauthorized e) {
            String host = address.authority();
            // An empty version keeps the legacy "follow" scope in the request, which Mastodon 4.x still accepts.
            info = new ServerInfo(
                    host, host, "", "", null, ServerLimits.MASTODON_DEFAULTS, null, false, false, null, null);
        }
        return info.withAuthorizationServer(
                api.oauth().authorizationServerMetadata().execute().orElse(null));
    }

    @Override
    public PendingSignIn begin(ServerProbe probe, boolean forceLogin)
            throws ApiException, SignInException, TokenStoreException {
        String key = ClientRegistration.keyFor(probe.address().authority());
        ClientRegistration kept = kept(key);
        String state = Pkce.randomToken(16);
        LoopbackReceiver receiver = LoopbackReceiver.start(state, kept == null ? 0 : kept.redirectPort());
        try {
            // Servers that match redirect URIs exactly need the same port; others would take any.
            ClientRegistration registration =
                    keptOrRegistered(key, kept, probe, receiver.redirectUri().toString());
            return new PendingSignIn(probe, registration, receiver, Pkce.create(), state, forceLogin);
        } catch (ApiException | TokenStoreException | RuntimeException e) {
            receiver.close();
            throw e;
        }
    }

    @Override
    public URI outOfBandAuthorizeUrl(PendingSignIn pending) throws ApiException, TokenStoreException {
        Optional<URI> ready = pending.outOfBandAuthorizeUrl();
        if (ready.isPresent()) {
            return ready.get();
        }
        // A client of its own: registering the loopback and out-of-band URIs together as one
        // newline-separated string breaks servers that keep it as a single URI (older GoToSocial).
        String key =
                ClientRegistration.outOfBandKeyFor(pending.probe().address().authority());
        pending.useOutOfBandClient(keptOrRegistered(key, kept(key), pending.probe(), PendingSignIn.OUT_OF_BAND));
        return pending.outOfBandAuthorizeUrl().orElseThrow();
    }

    private @Nullable ClientRegistration kept(String key) throws TokenStoreException {
        return ClientRegistration.decode(secrets.get(key).orElse(null)).orElse(null);
    }

    /** The kept registration if it fits and the server still knows it, else a new one, kept under {@code key}. */
    private ClientRegistration keptOrRegistered(
            String key, @Nullable ClientRegistration kept, ServerProbe probe, String redirect)
            throws ApiException, TokenStoreException {
        if (kept != null
                && kept.redirectUri().equals(redirect)
                && kept.requestedScopes().equals(probe.scopes())
                && stillRegistered(probe, kept)) {
            return kept;
        }
        ClientRegistration registration = register(probe, redirect);
        secrets.put(key, registration.encode());
        return registration;
    }

    /**
     * Whether the server still knows a kept client: servers delete apps (Mastodon before 4.3 a day
     * after its last token, Pleroma 15 minutes after registering without a user, snac on revoke),
     * and a dead client fails in the browser, where Woolly cannot see it. Only a refusal of the
     * client counts; a failure to ask (offline, 5xx, no such endpoint) must not block sign-in.
     */
    private boolean stillRegistered(ServerProbe probe, ClientRegistration kept) throws ApiException {
        try {
            client.api(probe.address().baseUrl(), null)
                    .oauth()
                    .clientCredentialsToken(kept.clientId(), kept.clientSecret(), kept.redirectUri(), "read")
                    .execute();
            return true;
        } catch (ApiException.Unauthorized e) {
            return false;
        } catch (ApiException.Rejected e) {
            return e.status() != 400 && e.status() != 403;
        } catch (ApiException.Cancelled e) {
            throw e;
        } catch (ApiException e) {
            // The check is a courtesy: if the client is gone after all, the next attempt finds out.
            return true;
        }
    }

    private ClientRegistration register(ServerProbe probe, String redirect) throws ApiException {
        MastodonApi api = client.api(probe.address().baseUrl(), null);
        String requested = probe.scopes();
        ApiException.Rejected refused = null;
        for (String scopes : scopeFallbacks(requested)) {
            Application app;
            try {
                app = api.apps()
                        .register(clientName, List.of(redirect), scopes, website)
                        .execute();
            } catch (ApiException.Rejected e) {
                // Some servers refuse scopes they do not know (Hollo: profile): ask for fewer.
                refused = e;
                continue;
            }
            if (app.clientId() == null || app.clientSecret() == null) {
                throw new ApiException.BadResponse("app registration without client credentials", null);
            }
            return new ClientRegistration(app.clientId(), app.clientSecret(), redirect, scopes, requested);
        }
        throw Objects.requireNonNull(refused);
    }

    /**
     * The scope sets to try, best first: as requested, then without {@code profile} (newest), then
     * without {@code follow} (deprecated), then without {@code push}, then {@link #MINIMAL_SCOPES}.
     */
    static List<String> scopeFallbacks(String requested) {
        Set<String> attempts = new LinkedHashSet<>();
        List<String> scopes = new ArrayList<>(List.of(requested.strip().split("\\s+")));
        attempts.add(String.join(" ", scopes));
        for (String dropped : List.of("profile", "follow", "push")) {
            scopes.remove(dropped);
            attempts.add(String.join(" ", scopes));
        }
        attempts.add(MINIMAL_SCOPES);
        return List.copyOf(attempts);
    }

    @Override
    public SignedIn complete(PendingSignIn pending, String code, boolean outOfBand) throws ApiException {
        try (pending) {
            URI base = pending.probe().address().baseUrl();
            // A pasted code was issued to the out-of-band client; without one (never prepared) the
            // server will refuse the code, which is the right answer for a code from elsewhere.
            ClientRegistration registration =
                    outOfBand ? pending.outOfBandClient().orElse(pending.client()) : pending.client();
            String redirect = outOfBand ? PendingSignIn.OUT_OF_BAND : registration.redirectUri();
            Token token = client.api(base, null)
                    .oauth()
                    .token(
                            registration.clientId(),
                            registration.clientSecret(),
                            redirect,
                            code.strip(),
                            pending.pkce().verifier())
                    .execute();
            AccessToken access = AccessToken.of(token.accessToken());
            Account account =
                    client.api(base, access).accounts().verifyCredentials().execute();
            return new SignedIn(base, account, access, token.scope());
        }
    }

    /**
     * Revokes a token, best effort, with each client kept for the server (the token came from the
     * loopback or the out-of-band one): a server that does not know the token or the endpoint has
     * nothing left to revoke. The kept registrations stay for the server's other accounts.
     */
    public void revoke(URI server, String authority, AccessToken token) throws TokenStoreException {
        for (String key :
                List.of(ClientRegistration.keyFor(authority), ClientRegistration.outOfBandKeyFor(authority))) {
            ClientRegistration registration = kept(key);
            if (registration == null) {
                continue;
            }
            try {
                client.api(server, null)
                        .oauth()
                        .revoke(registration.clientId(), registration.clientSecret(), token)
                        .execute();
            } catch (ApiException e) {
                // Revocation is a courtesy to the server; the local token is deleted either way.
            }
            // The registrations stay: another account on this server needs them to revoke its own
            // token. A server that deleted the app with this token (snac does on every revoke) is
            // found out by the check before the next reuse (stillRegistered).
        }
    }
}
