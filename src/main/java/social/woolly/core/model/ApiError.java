package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The JSON body of a failed request: Mastodon's {@code error} text, and for OAuth errors a
 * machine code in {@code error} with the text in {@code errorDescription}.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Error/">Error</a>
 */
public record ApiError(@Nullable String error, @Nullable String errorDescription) {}
