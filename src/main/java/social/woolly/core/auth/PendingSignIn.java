package social.woolly.core.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in waiting for the browser: the URL to open, the loopback listener that will catch the
 * redirect, and the secrets (PKCE verifier, client secrets) that the code exchange needs. Close it
 * when done; cancelling from any thread ends {@link #awaitCode(Duration)}.
 */
public final class PendingSignIn implements AutoCloseable {
    /** RFC 6749's out-of-band redirect: the server shows the code for the person to paste. */
    public static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

    private final ServerProbe probe;
    private final ClientRegistration client;
    private final LoopbackReceiver receiver;
    private final Pkce pkce;
    private final String state;
    private final boolean forceLogin;
    // Registered only when the person switches to pasting a code; read by the thread that completes.
    private volatile @Nullable ClientRegistration outOfBandClient;

    PendingSignIn(
            ServerProbe probe,
            ClientRegistration client,
            LoopbackReceiver receiver,
            Pkce pkce,
            String state,
            boolean forceLogin) {
        this.probe = probe;
        this.client = client;
        this.receiver = receiver;
        this.pkce = pkce;
        this.state = state;
        this.forceLogin = forceLogin;
    }

    /** The server being signed in to. */
    public ServerProbe probe() {
        return probe;
    }

    /** Where the browser goes: the server's consent page, which redirects back to Woolly. */
    public URI authorizeUrl() {
        return authorizeUrl(client, client.redirectUri());
    }

    /**
     * The same page for the paste-the-code fallback: the server shows a code instead of redirecting
     * (for a browser on another machine, or when the redirect cannot reach Woolly). Empty until
     * {@link SignIn#outOfBandAuthorizeUrl(PendingSignIn)} has readied the out-of-band client.
     */
    public Optional<URI> outOfBandAuthorizeUrl() {
        return outOfBandClient().map(oob -> authorizeUrl(oob, OUT_OF_BAND));
    }

    /** Blocks until the browser comes back with a code, then stops listening. */
    public String awaitCode(Duration timeout) throws SignInException {
        return receiver.awaitCode(timeout);
    }

    /** Gives up: a thread in {@link #awaitCode(Duration)} gets CANCELLED. Any thread. */
    public void cancel() {
        receiver.cancel();
    }

    @Override
    public void close() {
        receiver.close();
    }

    ClientRegistration client() {
        return client;
    }

    Optional<ClientRegistration> outOfBandClient() {
        return Optional.ofNullable(outOfBandClient);
    }

    void useOutOfBandClient(ClientRegistration registration) {
        outOfBandClient = registration;
    }

    Pkce pkce() {
        return pkce;
    }

    private URI authorizeUrl(ClientRegistration registration, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", registration.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", registration.scopes());
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", pkce.method());
        if (forceLogin) {
            query.put("force_login", "true");
        }
        String encoded = query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(probe.authorizationEndpoint() + "?" + encoded);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + probe.address().baseUrl() + "]";
    }
}
