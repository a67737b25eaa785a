package social.woolly.core.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why an {@link ApiCall} did not return what was asked for. Each subtype names something the
 * caller can act on; {@link ApiCall#execute()} throws nothing else (a runtime exception is a bug).
 *
 * <p>Messages never contain a token, a secret or a request's headers.
 */
public abstract sealed class ApiException extends Exception {

    private ApiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** No usable response: offline, DNS, TLS, refused connection or timeout. Retrying may help. */
    public static final class Network extends ApiException {
        public Network(IOException cause) {
            super("network failure: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** We cancelled the call ourselves. Drop it; never show it to the user. */
    public static final class Cancelled extends ApiException {
        public Cancelled(@Nullable Throwable cause) {
            super("cancelled", cause);
        }
    }

    /**
     * HTTP 401, or an answer that says the token is invalid: the token is missing, expired or
     * revoked, so the user must sign in again.
     */
    public static final class Unauthorized extends ApiException {
        private final @Nullable String serverMessage;

        public Unauthorized(@Nullable String serverMessage) {
            super("unauthorized", null);
            this.serverMessage = serverMessage;
        }

        /** The server's own words, if its body carried any. */
        public Optional<String> serverMessage() {
            return Optional.ofNullable(serverMessage);
        }
    }

    /** HTTP 429: too many requests; try again after {@link #retryAfter()}. */
    public static final class RateLimited extends ApiException {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super("rate limited for " + retryAfter, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** HTTP 404 (or 410): the thing, or the endpoint on this server, does not exist. */
    public static final class NotFound extends ApiException {
        private final @Nullable String serverMessage;

        public NotFound(@Nullable String serverMessage) {
            super("not found", null);
            this.serverMessage = serverMessage;
        }

        public Optional<String> serverMessage() {
            return Optional.ofNullable(serverMessage);
        }
    }

    /**
     * Any other 4xx: the server understood and refused (403, 422 validation, …), with its own
     * {@code "error"} text when the body had one.
     */
    public static final class Rejected extends ApiException {
        private final int status;
        private final @Nullable String serverMessage;

        public Rejected(int status, @Nullable String serverMessage) {
            super("rejected with HTTP " + status, null);
            this.status = status;
            this.serverMessage = serverMessage;
        }

        public int status() {
            return status;
        }

        public Optional<String> serverMessage() {
            return Optional.ofNullable(serverMessage);
        }
    }

    /** HTTP 5xx (often an HTML page from a proxy): the server is in trouble. Retrying later may help. */
    public static final class ServerTrouble extends ApiException {
        private final int status;

        public ServerTrouble(int status) {
            super("server trouble, HTTP " + status, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A 2xx whose body is not the JSON we expected: a bug here, or not a Mastodon-API server. */
    public static final class BadResponse extends ApiException {
        public BadResponse(String what, @Nullable Throwable cause) {
            super("bad response: " + what, cause);
        }
    }
}
