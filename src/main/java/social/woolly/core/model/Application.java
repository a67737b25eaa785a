package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth application: on a status, the app that posted it (name and website only); from app
 * registration, Woolly's own client credentials. {@link #toString()} never shows the secret.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Application/">Application</a>
 */
public record Application(
        String name,
        @Nullable String website,
        List<String> scopes,
        List<String> redirectUris,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable Instant clientSecretExpiresAt) {

    public Application {
        name = Missing.text(name);
        scopes = Missing.list(scopes);
        redirectUris = Missing.list(redirectUris);
    }

    @Override
    public String toString() {
        return "Application[name=" + name + ", website=" + website + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "null" : "(redacted)") + "]";
    }
}
