package social.woolly.core.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.ApiError;

/**
 * Maps a non-2xx response to its {@link ApiException}: status first, body second (STYLE.md §6).
 * The body is only read as Mastodon's {@code {"error": …}} when it is JSON, because proxies and
 * load balancers answer 502s and 404s with HTML.
 */
final class Failures {
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private Failures() {}

    static ApiException of(Response response, Clock clock) {
        int status = response.code();
        @Nullable ApiError error = errorIn(response);
        @Nullable String message = messageOf(error);
        if (status == 401 || (status == 403 || status == 422) && isInvalidToken(error)) {
            return new ApiException.Unauthorized(message);
        }
        if (status == 429) {
            return new ApiException.RateLimited(retryAfter(response, clock));
        }
        if (status == 404 || status == 410) {
            return new ApiException.NotFound(message);
        }
        if (status >= 500) {
            return new ApiException.ServerTrouble(status);
        }
        return new ApiException.Rejected(status, message);
    }

    private static @Nullable ApiError errorIn(Response response) {
        try {
            byte[] body = Bodies.read(response.body(), Bodies.MAX_ERROR_BYTES).bytes();
            if (!looksLikeJson(response.body().contentType(), body)) {
                return null;
            }
            return Json.read(body, ApiError.class);
        } catch (IOException | ApiException.BadResponse e) {
            // The status alone says what failed; a missing or broken error body changes nothing.
            return null;
        }
    }

    private static boolean looksLikeJson(@Nullable MediaType type, byte[] body) {
        if (type != null && type.subtype().toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        // Some servers label JSON errors text/plain or not at all; HTML never starts with '{'.
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return (type == null || !type.subtype().equalsIgnoreCase("html")) && start.startsWith("{");
    }

    private static @Nullable String messageOf(@Nullable ApiError error) {
        if (error == null) {
            return null;
        }
        // OAuth errors put a code in "error" and the words in "error_description".
        String text = isBlank(error.errorDescription()) ? error.error() : error.errorDescription();
        return isBlank(text) ? null : text;
    }

    private static boolean isInvalidToken(@Nullable ApiError error) {
        if (error == null) {
            return false;
        }
        for (String text : new @Nullable String[] {error.error(), error.errorDescription()}) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("invalid_token")
                    || lower.contains("access token is invalid")
                    || lower.contains("access token was revoked")
                    || lower.contains("access token expired")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How long to wait after a 429: {@code Retry-After} in seconds or as an HTTP date, else
     * Mastodon's {@code X-RateLimit-Reset} instant, else a minute. Never negative.
     */
    static Duration retryAfter(Response response, Clock clock) {
        Instant now = clock.instant();
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null) {
            String value = retryAfter.trim();
            if (value.matches("\\d{1,9}")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return nonNegative(Duration.between(now, at));
            } catch (DateTimeParseException e) {
                // Unreadable: fall through to the next source.
            }
        }
        String reset = response.header("X-RateLimit-Reset");
        if (reset != null) {
            Instant at = JsonScalars.parseInstant(reset);
            if (at != null) {
                return nonNegative(Duration.between(now, at));
            }
        }
        return DEFAULT_RETRY_AFTER;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
