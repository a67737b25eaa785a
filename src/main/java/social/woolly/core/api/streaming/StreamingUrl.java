package social.woolly.core.api.streaming;

import java.util.Locale;
import okhttp3.HttpUrl;

/** Where the streaming socket of an instance lives, from the instance's streaming base URL. */
final class StreamingUrl {
    private static final String PATH = "/api/v1/streaming";

    private StreamingUrl() {}

    /**
     * The {@code /api/v1/streaming} endpoint under {@code base} (e.g. {@code
     * wss://streaming.example} from {@code configuration.urls.streaming}), as the http(s) URL
     * OkHttp upgrades. A base that already ends in that path is taken as is; query and fragment
     * are dropped.
     *
     * @throws IllegalArgumentException if {@code base} is not an https/wss URL, or an http/ws URL
     *     of this machine (loopback, for tests and local servers)
     */
    static HttpUrl of(String base) {
        String trimmed = base.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        // HttpUrl knows only http and https; OkHttp's WebSocket treats ws/wss as their aliases.
        String asHttp = lower.startsWith("wss://")
                ? "https://" + trimmed.substring(6)
                : lower.startsWith("ws://") ? "http://" + trimmed.substring(5) : trimmed;
        HttpUrl url = HttpUrl.parse(asHttp);
        if (url == null) {
            throw new IllegalArgumentException("streaming base is not an http(s) or ws(s) URL");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException(
                    "streaming needs https or wss (http/ws only on loopback): " + url.host());
        }
        String path = url.encodedPath().replaceAll("/+$", "");
        if (!path.endsWith(PATH)) {
            path += PATH;
        }
        return url.newBuilder()
                .encodedPath(path)
                .query(null)
                .fragment(null)
                .username("")
                .password("")
                .build();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.matches("127(\\.\\d{1,3}){3}");
    }
}
