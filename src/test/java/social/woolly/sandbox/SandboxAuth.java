package social.woolly.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** OAuth state: registered apps, authorization codes, tokens and browser sessions. Guarded by the store lock. */
final class SandboxAuth {
    static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    record App(
            String id,
            String name,
            @Nullable String website,
            List<String> redirectUris,
            List<String> scopes,
            String clientId,
            String clientSecret) {}

    /** An access token; {@code accountId} is null for an app token (client_credentials). */
    record Token(String value, App app, @Nullable Long accountId, Set<String> scopes, Instant createdAt) {}

    record Code(
            String value,
            App app,
            long accountId,
            String redirectUri,
            Set<String> scopes,
            @Nullable String challenge,
            Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, App> appsByClientId = new LinkedHashMap<>();
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new LinkedHashMap<>();
    private final Map<String, Long> sessions = new LinkedHashMap<>();
    private final Set<String> revoked = new java.util.HashSet<>();
    private final List<Token> issued = new ArrayList<>();
    private int nextAppId = 1;

    App register(String name, @Nullable String website, List<String> redirectUris, List<String> scopes) {
        App app = new App(
                Integer.toString(nextAppId++),
                name,
                website,
                List.copyOf(redirectUris),
                List.copyOf(scopes),
                secret(),
                secret());
        appsByClientId.put(app.clientId(), app);
        return app;
    }

    /** Deletes an app, as servers do that clean up unused apps or delete one on revoke. */
    void forget(App app) {
        appsByClientId.remove(app.clientId());
    }

    List<App> apps() {
        return List.copyOf(appsByClientId.values());
    }

    @Nullable
    App app(@Nullable String clientId) {
        return clientId == null ? null : appsByClientId.get(clientId);
    }

    Code newCode(
            App app, long accountId, String redirectUri, Set<String> scopes, @Nullable String challenge, Instant now) {
        Code code = new Code(secret(), app, accountId, redirectUri, scopes, challenge, now.plus(CODE_LIFETIME));
        codes.put(code.value(), code);
        return code;
    }

    /** Removes and returns the code: a code is good for one exchange only. */
    @Nullable
    Code takeCode(@Nullable String value) {
        return value == null ? null : codes.remove(value);
    }

    Token issue(App app, @Nullable Long accountId, Set<String> scopes, Instant now) {
        Token token = new Token(secret(), app, accountId, Set.copyOf(scopes), now);
        tokens.put(token.value(), token);
        issued.add(token);
        return token;
    }

    @Nullable
    Token token(@Nullable String value) {
        return value == null ? null : tokens.get(value);
    }

    boolean revoke(String value) {
        if (tokens.remove(value) == null) {
            return false;
        }
        revoked.add(value);
        return true;
    }

    boolean isRevoked(@Nullable String value) {
        return value != null && revoked.contains(value);
    }

    List<Token> issued() {
        return List.copyOf(issued);
    }

    String newSession(long accountId) {
        String id = secret();
        sessions.put(id, accountId);
        return id;
    }

    @Nullable
    Long session(@Nullable String id) {
        return id == null ? null : sessions.get(id);
    }

    /** PKCE S256: BASE64URL(SHA-256(verifier)) without padding must equal the challenge. */
    static boolean verifierMatches(String verifier, String challenge) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            return MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Whether a token with these scopes may call an endpoint that needs {@code required}. */
    static boolean covers(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        int colon = required.indexOf(':');
        String parent = colon < 0 ? required : required.substring(0, colon);
        if (granted.contains(parent)) {
            return true;
        }
        // The legacy "follow" scope stands for read/write on follows, blocks and mutes.
        return granted.contains("follow") && required.matches("(read|write):(follows|blocks|mutes)");
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
