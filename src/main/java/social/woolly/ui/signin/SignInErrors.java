package social.woolly.ui.signin;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javax.net.ssl.SSLException;
import social.woolly.core.api.ApiException;
import social.woolly.core.auth.ServerAddress;
import social.woolly.core.auth.SignInException;
import social.woolly.ui.common.ErrorMessages;

/** Words for what can go wrong while signing in, more specific than {@link ErrorMessages}. */
public final class SignInErrors {
    private final ResourceBundle text;
    private final ErrorMessages errors;

    public SignInErrors(ResourceBundle text, ErrorMessages errors) {
        this.text = text;
        this.errors = errors;
    }

    String address(ServerAddress.Problem problem) {
        return text.getString(
                switch (problem) {
                    case EMPTY -> "signin.error.empty";
                    case MALFORMED -> "signin.error.malformed";
                    case INSECURE_HTTP -> "signin.error.insecure";
                    case UNSUPPORTED_SCHEME -> "signin.error.scheme";
                });
    }

    /** A failure while finding out what the server is. */
    String probe(ApiException failure, String host) {
        if (failure instanceof ApiException.Network network) {
            Throwable cause = network.getCause();
            while (cause != null) {
                String key = networkKey(cause);
                if (key != null) {
                    return format(key, host);
                }
                cause = cause.getCause();
            }
            return format("signin.error.unreachable", host);
        }
        if (failure instanceof ApiException.NotFound || failure instanceof ApiException.BadResponse) {
            return format("signin.error.notMastodon", host);
        }
        return errors.describe(failure);
    }

    /** A failure while registering Woolly with the server or exchanging the code. */
    String handOff(ApiException failure) {
        if (failure instanceof ApiException.Rejected rejected && rejected.status() != 422) {
            String reason = rejected.serverMessage().orElse("");
            return format("signin.error.refused", reason).strip();
        }
        return errors.describe(failure);
    }

    String browser(SignInException failure) {
        return switch (failure.reason()) {
            case TIMED_OUT -> text.getString("signin.error.timedOut");
            case STATE_MISMATCH -> text.getString("signin.error.state");
            case DENIED ->
                format("signin.error.denied", failure.serverMessage().orElse(""))
                        .strip();
            case LISTENER_FAILED -> text.getString("signin.error.listener");
            case CANCELLED -> "";
        };
    }

    String keychain() {
        return text.getString("signin.error.keychain");
    }

    private static @org.jspecify.annotations.Nullable String networkKey(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "signin.error.unknownHost";
        }
        if (cause instanceof SSLException || cause instanceof CertificateException) {
            return "signin.error.tls";
        }
        if (cause instanceof InterruptedIOException) {
            return "signin.error.timeout";
        }
        if (cause instanceof ConnectException) {
            return "signin.error.unreachable";
        }
        return null;
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text.getString(key), args);
    }
}
