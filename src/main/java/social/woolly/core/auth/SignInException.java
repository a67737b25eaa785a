package social.woolly.core.auth;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why the browser part of a sign-in did not give us a code. Server failures during the API parts
 * of the flow are {@link social.woolly.core.api.ApiException}s instead.
 */
public final class SignInException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for the UI to word. */
    public enum Reason {
        /** Nobody came back from the browser in time. */
        TIMED_OUT,
        /** The redirect carried a wrong or no {@code state}: possibly forged, never trusted. */
        STATE_MISMATCH,
        /** The person (or the server) refused authorization in the browser. */
        DENIED,
        /** The person cancelled in Woolly. */
        CANCELLED,
        /** The loopback listener could not be opened. */
        LISTENER_FAILED
    }

    private final Reason reason;
    private final @Nullable String serverMessage;

    public SignInException(Reason reason, @Nullable String serverMessage) {
        super("sign-in failed: " + reason);
        this.reason = reason;
        this.serverMessage = serverMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** The {@code error_description} (or {@code error}) the server sent with a refusal. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }
}
