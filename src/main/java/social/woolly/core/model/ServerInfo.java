package social.woolly.core.model;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One view of what a server is and can do, whichever instance endpoint answered (v2, or v1 on
 * older and non-Mastodon servers). Build it with {@link #from(Instance)} or {@link
 * #from(V1Instance)}.
 *
 * @param domain the domain in account handles
 * @param version the software version string, as sent (Pleroma: {@code "2.7.2 (compatible;
 *     Pleroma 2.6.0)"})
 * @param mastodonApiVersion {@code api_versions.mastodon}, or {@code null} if not sent (before 4.3)
 * @param streamingUrl where the streaming API lives; {@code null} if the server did not say
 * @param timelinesAccess who may read public feeds; {@code null} if not sent (all public)
 * @param authorizationServer OAuth metadata, when the server publishes it
 */
public record ServerInfo(
        String domain,
        String title,
        String description,
        String version,
        @Nullable Integer mastodonApiVersion,
        ServerLimits limits,
        @Nullable String streamingUrl,
        boolean registrationsOpen,
        boolean approvalRequired,
        @Nullable TimelinesAccess timelinesAccess,
        @Nullable AuthorizationServerMetadata authorizationServer) {

    /** Maps a v2 instance. */
    public static ServerInfo from(Instance instance) {
        var configuration = instance.configuration();
        var urls = configuration == null ? null : configuration.urls();
        var registrations = instance.registrations();
        var apiVersions = instance.apiVersions();
        return new ServerInfo(
                instance.domain(),
                instance.title(),
                instance.description(),
                instance.version(),
                apiVersions == null ? null : apiVersions.mastodon(),
                ServerLimits.from(configuration),
                urls == null ? null : urls.streaming(),
                registrations != null && registrations.enabled(),
                registrations != null && registrations.approvalRequired(),
                configuration == null ? null : configuration.timelinesAccess(),
                null);
    }

    /** Maps a v1 instance, Mastodon's or Pleroma's. */
    public static ServerInfo from(V1Instance instance) {
        var urls = instance.urls();
        String description =
                instance.shortDescription().isEmpty() ? instance.description() : instance.shortDescription();
        return new ServerInfo(
                domainOf(instance.uri()),
                instance.title(),
                description,
                instance.version(),
                null,
                ServerLimits.from(instance),
                urls == null ? null : urls.streamingApi(),
                instance.registrations(),
                instance.approvalRequired(),
                null,
                null);
    }

    /** This view with the server's OAuth metadata added. */
    public ServerInfo withAuthorizationServer(@Nullable AuthorizationServerMetadata metadata) {
        return new ServerInfo(
                domain,
                title,
                description,
                version,
                mastodonApiVersion,
                limits,
                streamingUrl,
                registrationsOpen,
                approvalRequired,
                timelinesAccess,
                metadata);
    }

    /** Whether {@code GET /api/v2/notifications} exists here (Mastodon API version 2, 4.3+). */
    public boolean hasGroupedNotifications() {
        return mastodonApiVersion != null && mastodonApiVersion >= 2;
    }

    /**
     * Whether the server is snac, which calls itself Mastodon 4.0.0 and says so in the version:
     * {@code "4.0.0 (not true; really snac/2.75)"}. Keep snac's quirks behind this one check.
     */
    public boolean isSnac() {
        return version.toLowerCase(java.util.Locale.ROOT).contains("snac");
    }

    // Mastodon's v1 uri is a bare domain; Pleroma's is a URL.
    private static String domainOf(String uri) {
        if (!uri.contains("://")) {
            return uri;
        }
        try {
            String host = new URI(uri).getHost();
            return host == null ? uri : host;
        } catch (java.net.URISyntaxException e) {
            return uri;
        }
    }
}
