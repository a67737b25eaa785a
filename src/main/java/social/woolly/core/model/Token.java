package social.woolly.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth access token from {@code POST /oauth/token}. {@link #toString()} never shows it.
 *
 * @param scope space-separated scopes the token was granted
 * @param createdAt when it was issued (the API sends UNIX seconds)
 * @see <a href="https://docs.joinmastodon.org/entities/Token/">Token</a>
 */
public record Token(
        String accessToken,
        String tokenType,
        String scope,
        @Nullable Instant createdAt) {
    public Token {
        Objects.requireNonNull(accessToken, "access_token");
        tokenType = Missing.or(tokenType, "Bearer");
        scope = Missing.text(scope);
    }

    @Override
    public String toString() {
        return "Token[(redacted), tokenType=" + tokenType + ", scope=" + scope + ", createdAt=" + createdAt + "]";
    }
}
