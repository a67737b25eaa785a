package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server, from the older {@code GET /api/v1/instance}: what servers without the v2 endpoint
 * (Mastodon before 4.0, older Pleroma, many small servers) answer. Carries Pleroma's own limit
 * fields ({@code max_toot_chars}, {@code poll_limits}, {@code upload_limit} …) too.
 *
 * @param uri the domain on Mastodon; a full URL on Pleroma
 * @param registrations whether sign-up is open
 * @see <a href="https://docs.joinmastodon.org/entities/V1_Instance/">V1::Instance</a>
 */
public record V1Instance(
        String uri,
        String title,
        String shortDescription,
        String description,
        @Nullable String email,
        String version,
        @Nullable Urls urls,
        List<String> languages,
        boolean registrations,
        boolean approvalRequired,
        Instance.@Nullable Configuration configuration,
        List<Instance.Rule> rules,
        @Nullable Integer maxTootChars,
        @Nullable Integer maxMediaAttachments,
        @Nullable PleromaPollLimits pollLimits,
        @Nullable Long uploadLimit,
        @Nullable Integer descriptionLimit,
        @Nullable Pleroma pleroma) {

    public V1Instance {
        uri = Missing.text(uri);
        title = Missing.text(title);
        shortDescription = Missing.text(shortDescription);
        description = Missing.text(description);
        version = Missing.text(version);
        languages = Missing.list(languages);
        rules = Missing.list(rules);
    }

    /** {@code urls}. */
    public record Urls(@Nullable String streamingApi) {}

    /** Pleroma's {@code poll_limits}; expirations in seconds. */
    public record PleromaPollLimits(
            @Nullable Integer maxOptions,
            @Nullable Integer maxOptionChars,
            @Nullable Integer minExpiration,
            @Nullable Integer maxExpiration) {}

    /** Pleroma's {@code pleroma} object, reduced to the feature list. */
    public record Pleroma(@Nullable Metadata metadata) {
        /** {@code pleroma.metadata}. */
        public record Metadata(List<String> features) {
            public Metadata {
                features = Missing.list(features);
            }
        }
    }
}
