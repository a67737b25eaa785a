package social.woolly.core.api;

import java.net.URI;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Hands out a {@link MastodonApi} per server and account, all over one shared {@link
 * OkHttpClient} (one connection pool, one set of threads). {@code App} builds one, with the
 * client from {@link OkHttpClients#create(boolean)}; the rest of {@code core} sees only this type,
 * not OkHttp.
 */
public final class MastodonClient {
    private final OkHttpClient client;
    private final Clock clock;

    public MastodonClient(OkHttpClient client) {
        this(client, Clock.systemUTC());
    }

    /** @param clock for rate-limit reset times */
    public MastodonClient(OkHttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * The API of the server at {@code baseUrl}, as the user whose token this is.
     *
     * @param token {@code null} for requests without an account (instance info, sign-in)
     * @throws IllegalArgumentException unless {@code baseUrl} is https, or http to a loopback host
     */
    public MastodonApi api(URI baseUrl, @Nullable AccessToken token) {
        return new MastodonApi(client, baseUrl, token, clock);
    }
}
