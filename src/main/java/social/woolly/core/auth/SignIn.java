package social.woolly.core.auth;

import java.net.URI;
import social.woolly.core.api.ApiException;
import social.woolly.core.store.TokenStoreException;

/**
 * Signing in to a server the native-app way (RFC 8252): authorization code with PKCE in the
 * system browser, redirected to a loopback listener. Every method blocks (network, keychain): run
 * it off the JavaFX thread.
 */
public interface SignIn {

    /**
     * Reads what the server is (instance v2, v1, OAuth metadata). The probe's address is where the
     * server answered: the typed one, the origin it redirected to, or, for a handle whose domain
     * serves no API, the host its WebFinger names. A server that describes itself only to signed-in
     * users (401) gets a minimal description.
     */
    ServerProbe probe(ServerAddress address) throws ApiException;

    /**
     * Registers Woolly with the server (or reuses the registration kept in the keychain), opens the
     * loopback listener and builds the authorize URL.
     *
     * @param forceLogin ask the server to show its login form even if the browser is signed in,
     *     for a second account on the same server
     */
    PendingSignIn begin(ServerProbe probe, boolean forceLogin)
            throws ApiException, SignInException, TokenStoreException;

    /**
     * The authorize URL for the paste-a-code fallback, where the server shows the code instead of
     * redirecting. The first call registers (or reuses) Woolly's out-of-band client for the server.
     */
    URI outOfBandAuthorizeUrl(PendingSignIn pending) throws ApiException, TokenStoreException;

    /**
     * Exchanges the code for a token and reads who signed in.
     *
     * @param outOfBand the code was pasted from the server's page rather than caught by the listener
     */
    SignedIn complete(PendingSignIn pending, String code, boolean outOfBand) throws ApiException;
}
