package social.woolly.sandbox;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One request the sandbox received, kept for assertions.
 *
 * @param method the HTTP method
 * @param path the encoded path, without the query
 * @param query the encoded query without {@code ?}, or "" if there was none
 * @param headers the request headers (case-insensitive lookups)
 * @param body the body decoded as UTF-8 ("" if none; binary parts come out garbled)
 */
public record SandboxRequest(String method, String path, String query, Headers headers, String body) {

    public @Nullable String header(String name) {
        return headers.get(name);
    }

    /** The first value of a query parameter, decoded, or null. */
    public @Nullable String queryParameter(String name) {
        HttpUrl url = HttpUrl.get("http://sandbox.invalid/" + (query.isEmpty() ? "" : "?" + query));
        return url.queryParameter(name);
    }

    /** Whether this request carried a bearer token in its {@code Authorization} header. */
    public boolean hasBearerToken() {
        String auth = headers.get("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public String toString() {
        // Never print the Authorization header: tests may log requests.
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
