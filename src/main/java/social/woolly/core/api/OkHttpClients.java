package social.woolly.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import okhttp3.OkHttpClient;

/**
 * Builds the one {@link OkHttpClient} the app shares (connection pool, threads): {@code App} calls
 * {@link #create(boolean)} once and hands it to {@link MastodonClient}. Every request it sends
 * names Woolly and its version in {@code User-Agent}.
 */
public final class OkHttpClients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** The whole call, body included; media uploads raise it for themselves. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private OkHttpClients() {}

    /**
     * A new client.
     *
     * @param guardFxThread add {@link FxThreadGuard}, for development builds and tests
     */
    public static OkHttpClient create(boolean guardFxThread) {
        var builder = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(WRITE_TIMEOUT)
                .callTimeout(CALL_TIMEOUT);
        if (guardFxThread) {
            builder.addInterceptor(new FxThreadGuard());
        }
        String userAgent = userAgent();
        builder.addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().header("User-Agent", userAgent).build()));
        return builder.build();
    }

    /** {@code Woolly/<version> (+https://github.com/woolly-social/woolly)}. */
    public static String userAgent() {
        return "Woolly/" + version() + " (+https://github.com/woolly-social/woolly)";
    }

    /** Woolly's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = OkHttpClients.class.getResourceAsStream("/social/woolly/version.properties")) {
            if (in == null) {
                return "dev";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }
}
