package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a server allows when posting, with Mastodon's defaults for anything it did not say.
 *
 * @param maxCharacters longest status text (Mastodon counts the spoiler text in)
 * @param charactersReservedPerUrl what each URL counts as, whatever its length
 * @param pollMinExpiration shortest poll duration, seconds
 * @param pollMaxExpiration longest poll duration, seconds
 * @param imageSizeLimit largest image upload in bytes, if the server said
 * @param videoSizeLimit largest video upload in bytes, if the server said
 * @param descriptionLimit longest media description, if the server said
 * @param supportedMimeTypes the file types the server takes ({@code
 *     configuration.media_attachments.supported_mime_types}); empty if it did not say
 */
public record ServerLimits(
        int maxCharacters,
        int maxMediaAttachments,
        int charactersReservedPerUrl,
        int pollMaxOptions,
        int pollMaxCharactersPerOption,
        int pollMinExpiration,
        int pollMaxExpiration,
        @Nullable Long imageSizeLimit,
        @Nullable Long videoSizeLimit,
        @Nullable Integer descriptionLimit,
        List<String> supportedMimeTypes) {

    public ServerLimits {
        supportedMimeTypes = List.copyOf(supportedMimeTypes);
    }

    /** Mastodon's own defaults, for a server that states no limits. */
    public static final ServerLimits MASTODON_DEFAULTS =
            new ServerLimits(500, 4, 23, 4, 50, 300, 2_629_746, null, null, null, List.of());

    static ServerLimits from(Instance.@Nullable Configuration configuration) {
        return from(configuration, MASTODON_DEFAULTS);
    }

    /** Limits from a Mastodon-shaped {@code configuration}, falling back to {@code base} per value. */
    static ServerLimits from(Instance.@Nullable Configuration configuration, ServerLimits base) {
        if (configuration == null) {
            return base;
        }
        var statuses = configuration.statuses();
        var polls = configuration.polls();
        var media = configuration.mediaAttachments();
        return new ServerLimits(
                positive(statuses == null ? null : statuses.maxCharacters(), base.maxCharacters),
                positive(statuses == null ? null : statuses.maxMediaAttachments(), base.maxMediaAttachments),
                positive(statuses == null ? null : statuses.charactersReservedPerUrl(), base.charactersReservedPerUrl),
                positive(polls == null ? null : polls.maxOptions(), base.pollMaxOptions),
                positive(polls == null ? null : polls.maxCharactersPerOption(), base.pollMaxCharactersPerOption),
                positive(polls == null ? null : polls.minExpiration(), base.pollMinExpiration),
                positive(polls == null ? null : polls.maxExpiration(), base.pollMaxExpiration),
                Missing.or(media == null ? null : media.imageSizeLimit(), base.imageSizeLimit),
                Missing.or(media == null ? null : media.videoSizeLimit(), base.videoSizeLimit),
                Missing.or(media == null ? null : media.descriptionLimit(), base.descriptionLimit),
                media == null || media.supportedMimeTypes().isEmpty()
                        ? base.supportedMimeTypes
                        : media.supportedMimeTypes());
    }

    /** Limits from a v1 instance: Pleroma's own fields first, then a Mastodon-shaped configuration. */
    static ServerLimits from(V1Instance v1) {
        var pleromaPolls = v1.pollLimits();
        var pleroma = new ServerLimits(
                positive(v1.maxTootChars(), MASTODON_DEFAULTS.maxCharacters),
                positive(v1.maxMediaAttachments(), MASTODON_DEFAULTS.maxMediaAttachments),
                MASTODON_DEFAULTS.charactersReservedPerUrl,
                positive(pleromaPolls == null ? null : pleromaPolls.maxOptions(), MASTODON_DEFAULTS.pollMaxOptions),
                positive(
                        pleromaPolls == null ? null : pleromaPolls.maxOptionChars(),
                        MASTODON_DEFAULTS.pollMaxCharactersPerOption),
                positive(
                        pleromaPolls == null ? null : pleromaPolls.minExpiration(),
                        MASTODON_DEFAULTS.pollMinExpiration),
                positive(
                        pleromaPolls == null ? null : pleromaPolls.maxExpiration(),
                        MASTODON_DEFAULTS.pollMaxExpiration),
                // Pleroma has one upload limit for every kind of media.
                v1.uploadLimit(),
                v1.uploadLimit(),
                v1.descriptionLimit(),
                List.of());
        return from(v1.configuration(), pleroma);
    }

    // A zero or negative limit is a misconfigured server; keep the fallback rather than block posting.
    private static int positive(@Nullable Integer value, int fallback) {
        return value != null && value > 0 ? value : fallback;
    }
}
