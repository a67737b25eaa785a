package social.woolly.core.media;

import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Gets the bytes of an image (avatar, media preview, custom emoji, link card) from its URL.
 *
 * <p>Blocking, like {@code ApiCall.execute()}: call it on a background thread, never on the FX
 * thread. Thread-safe. Every failure (offline, non-2xx status, a body over the implementation's size
 * cap, interruption) is an {@link IOException}; a runtime exception is a bug. Callers pass only URLs
 * for which {@link #isFetchable(String)} holds; implementations may refuse others with an {@link
 * IOException}. The application wires this to its shared HTTP client, optionally behind a {@link
 * CachingImageFetcher}.
 */
@FunctionalInterface
public interface ImageFetcher {

    /** The whole body of a successful response to a GET of {@code url}. */
    byte[] fetch(String url) throws IOException;

    /**
     * Whether {@code url} may be fetched at all: an absolute {@code http} or {@code https} URL with a
     * host. Servers send whatever they like ({@code data:}, {@code file:}, relative paths, blanks), and
     * none of that is ever loaded.
     */
    static boolean isFetchable(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        int hostStart = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (hostStart < 0 || hostStart >= url.length()) {
            return false;
        }
        char first = url.charAt(hostStart);
        if (first == '/' || first == '?' || first == '#' || first == '@' || first == ':') {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= ' ' || url.charAt(i) == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
