package social.woolly.core.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.AuthorizationServerMetadata;
import social.woolly.core.model.ServerInfo;

/**
 * What Woolly learned about a server before signing in: its description, and the OAuth scopes and
 * endpoint to ask for.
 *
 * @param address where it lives: as the person typed it, or where the server redirected that to
 * @param info instance information (v2, or v1 on older and non-Mastodon servers)
 */
public record ServerProbe(ServerAddress address, ServerInfo info) {
    private static final Pattern MASTODON_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    /**
     * The scopes to request: {@code read write push}, plus {@code profile} where the server
     * advertises it, plus the old {@code follow} scope only where the server may still need it
     * (Mastodon before 3.5 and servers that publish no OAuth metadata and are not Mastodon 3.5+).
     */
    public String scopes() {
        List<String> scopes = new ArrayList<>(List.of("read", "write", "push"));
        AuthorizationServerMetadata metadata = info.authorizationServer();
        if (metadata != null && metadata.scopesSupported().contains("profile")) {
            scopes.add("profile");
        }
        if (needsFollowScope(metadata)) {
            scopes.add("follow");
        }
        return String.join(" ", scopes);
    }

    private boolean needsFollowScope(@Nullable AuthorizationServerMetadata metadata) {
        if (metadata != null && !metadata.scopesSupported().isEmpty()) {
            // Servers that publish their scopes are Mastodon 4.3+ or newer designs: read/write cover follows.
            return false;
        }
        String version = info.version().toLowerCase(Locale.ROOT);
        if (version.contains("compatible;") || version.contains("pleroma") || version.contains("akkoma")) {
            return true;
        }
        Matcher m = MASTODON_VERSION.matcher(version);
        if (!m.find()) {
            return true;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        // Mastodon 3.5 folded "follow" into read/write; GoToSocial (0.x) and others still know it.
        return major < 3 || (major == 3 && minor < 5);
    }

    /** Where to send the browser: the advertised authorization endpoint if it is usable, else {@code /oauth/authorize}. */
    public URI authorizationEndpoint() {
        AuthorizationServerMetadata metadata = info.authorizationServer();
        String advertised = metadata == null ? null : metadata.authorizationEndpoint();
        if (advertised != null) {
            try {
                URI uri = URI.create(advertised);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                boolean safe = scheme.equals("https")
                        || (scheme.equals("http") && uri.getHost() != null && ServerAddress.isLoopback(uri.getHost()));
                if (safe && uri.getHost() != null && uri.getRawQuery() == null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // A malformed advertised endpoint: fall back to the conventional path below.
            }
        }
        return address.baseUrl().resolve("/oauth/authorize");
    }
}
