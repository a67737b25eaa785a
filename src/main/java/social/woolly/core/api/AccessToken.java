package social.woolly.core.api;

/**
 * Supplies the OAuth bearer token for a {@link MastodonApi}, asked once per request so a store may
 * hand out a refreshed one. Implementations and {@link #of(String)} never reveal the token in
 * {@code toString()}.
 */
@FunctionalInterface
public interface AccessToken {

    /** The token itself, for the {@code Authorization} header only: never log or show it. */
    String value();

    /** A fixed token. */
    static AccessToken of(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("empty access token");
        }
        return new AccessToken() {
            @Override
            public String value() {
                return token;
            }

            @Override
            public String toString() {
                return "AccessToken[redacted]";
            }
        };
    }
}
