package social.woolly.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636) for one sign-in: a random verifier kept here and its S256 challenge sent
 * in the authorize URL. Its {@link #toString()} never shows the verifier.
 */
public final class Pkce {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String verifier;
    private final String challenge;

    private Pkce(String verifier) {
        this.verifier = verifier;
        this.challenge = s256(verifier);
    }

    /** A fresh pair: 32 random bytes give a 43-character verifier, the RFC's minimum length. */
    public static Pkce create() {
        return new Pkce(randomToken(32));
    }

    static Pkce ofVerifier(String verifier) {
        return new Pkce(verifier);
    }

    public String verifier() {
        return verifier;
    }

    public String challenge() {
        return challenge;
    }

    public String method() {
        return "S256";
    }

    /** A random, URL-safe string of {@code bytes} random bytes, for verifiers and {@code state}. */
    public static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return URL.encodeToString(buffer);
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[S256]";
    }
}
