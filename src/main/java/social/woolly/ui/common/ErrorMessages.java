package social.woolly.ui.common;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import social.woolly.core.api.ApiException;

/**
 * The one mapping from an {@link ApiException} to words for the user, in the user's language. Each
 * failure says what happened and, where there is one, what the user can do about it.
 */
public final class ErrorMessages {

    // Mastodon's validation text is one sentence; a longer body is some proxy's page, not a message.
    private static final int MAX_SERVER_TEXT = 300;

    private final ResourceBundle text;

    /** Messages from {@code text}, Woolly's UI resource bundle. */
    public ErrorMessages(ResourceBundle text) {
        this.text = text;
    }

    /** What to tell the user about {@code failure}; empty for {@link ApiException.Cancelled}. */
    public String describe(ApiException failure) {
        return switch (failure) {
            case ApiException.Network _ -> text.getString("error.offline");
            case ApiException.Unauthorized _ -> text.getString("error.signInAgain");
            case ApiException.RateLimited limited -> format("error.rateLimited", minutesToWait(limited.retryAfter()));
            case ApiException.NotFound _ -> text.getString("error.notFound");
            case ApiException.Rejected rejected -> describeRejected(rejected);
            case ApiException.ServerTrouble _ -> text.getString("error.serverTrouble");
            case ApiException.BadResponse _ -> text.getString("error.badResponse");
            // The runner never delivers it, so nobody should ask; if somebody does, say nothing.
            case ApiException.Cancelled _ -> "";
        };
    }

    private String describeRejected(ApiException.Rejected rejected) {
        if (rejected.status() == 422) {
            // Mastodon's own validation text ("Validation failed: Text can't be blank") says more
            // than any general message of ours could.
            return rejected.serverMessage()
                    .map(String::strip)
                    .filter(message -> !message.isEmpty() && message.length() <= MAX_SERVER_TEXT)
                    .orElseGet(() -> text.getString("error.invalid"));
        }
        if (rejected.status() == 403) {
            return text.getString("error.forbidden");
        }
        return format("error.rejected", rejected.status());
    }

    // Rounded up: "try again in 1 minute" after 20 seconds is better than "in 0 minutes".
    private static long minutesToWait(Duration retryAfter) {
        long seconds = Math.max(0, retryAfter.toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    private String format(String key, Object argument) {
        Locale locale = text.getLocale();
        return new MessageFormat(text.getString(key), locale).format(new Object[] {argument});
    }

    /** A draft could not be written to or read from disk. */
    public String draftNotSaved() {
        return text.getString("error.draftNotSaved");
    }
}
