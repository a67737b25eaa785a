package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The user's posting preferences, as set on the server's website.
 *
 * @param postingDefaultVisibility {@code null} if the server did not say
 * @param postingDefaultLanguage ISO 639-1 code, or {@code null} for none chosen
 * @see <a href="https://docs.joinmastodon.org/entities/Preferences/">Preferences</a>
 */
public record Preferences(
        @Nullable Visibility postingDefaultVisibility,
        boolean postingDefaultSensitive,
        @Nullable String postingDefaultLanguage) {}
