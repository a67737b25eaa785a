package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server, from {@code GET /api/v2/instance} (Mastodon 4.0+, also GoToSocial, Akkoma and newer
 * Pleroma). Every limit may be absent on non-Mastodon servers; {@link ServerInfo#from(Instance)}
 * fills in Mastodon's defaults.
 *
 * @param domain the domain used in account handles
 * @param version the software version; other servers put their name here too
 * @param apiVersions API versions by name; {@code mastodon} is 2 on Mastodon 4.3+
 * @see <a href="https://docs.joinmastodon.org/entities/Instance/">Instance</a>
 */
public record Instance(
        String domain,
        String title,
        String version,
        @Nullable String sourceUrl,
        String description,
        List<String> languages,
        @Nullable Configuration configuration,
        @Nullable Registrations registrations,
        @Nullable ApiVersions apiVersions,
        List<Rule> rules) {

    public Instance {
        domain = Missing.text(domain);
        title = Missing.text(title);
        version = Missing.text(version);
        description = Missing.text(description);
        languages = Missing.list(languages);
        rules = Missing.list(rules);
    }

    /** {@code api_versions}. */
    public record ApiVersions(@Nullable Integer mastodon) {}

    /** Registration policy. */
    public record Registrations(
            boolean enabled,
            boolean approvalRequired,
            @Nullable String message) {}

    /** A server rule users agree to. */
    public record Rule(String id, String text) {
        public Rule {
            id = Missing.text(id);
            text = Missing.text(text);
        }
    }

    /**
     * Limits and URLs; the same shape is also in a v1 instance's {@code configuration} (3.4+), minus
     * {@code urls}.
     */
    public record Configuration(
            @Nullable Urls urls,
            @Nullable AccountLimits accounts,
            @Nullable StatusLimits statuses,
            @Nullable MediaLimits mediaAttachments,
            @Nullable PollLimits polls,
            @Nullable Translation translation,
            @Nullable TimelinesAccess timelinesAccess) {}

    /** {@code configuration.urls}. */
    public record Urls(@Nullable String streaming) {}

    /** {@code configuration.accounts}. */
    public record AccountLimits(
            @Nullable Integer maxFeaturedTags, @Nullable Integer maxPinnedStatuses) {}

    /** {@code configuration.statuses}. */
    public record StatusLimits(
            @Nullable Integer maxCharacters,
            @Nullable Integer maxMediaAttachments,
            @Nullable Integer charactersReservedPerUrl) {}

    /**
     * {@code configuration.media_attachments}; sizes in bytes.
     *
     * @param descriptionLimit longest alt text, in characters (4.4+)
     */
    public record MediaLimits(
            List<String> supportedMimeTypes,
            @Nullable Long imageSizeLimit,
            @Nullable Long imageMatrixLimit,
            @Nullable Long videoSizeLimit,
            @Nullable Integer videoFrameRateLimit,
            @Nullable Long videoMatrixLimit,
            @Nullable Integer descriptionLimit) {
        public MediaLimits {
            supportedMimeTypes = Missing.list(supportedMimeTypes);
        }
    }

    /** {@code configuration.polls}; expirations in seconds. */
    public record PollLimits(
            @Nullable Integer maxOptions,
            @Nullable Integer maxCharactersPerOption,
            @Nullable Integer minExpiration,
            @Nullable Integer maxExpiration) {}

    /** {@code configuration.translation}. */
    public record Translation(boolean enabled) {}
}
