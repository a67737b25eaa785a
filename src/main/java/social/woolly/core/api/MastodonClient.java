package social.woolly.core.api;

import java.net.URI;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.streaming.Backoff;
import social.woolly.core.api.streaming.Scheduler;
import social.woolly.core.api.streaming.StreamingClient;
import social.woolly.core.api.streaming.StreamingListener;
import social.woolly.core.media.ImageFetcher;

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

    /** Fetches images (avatars, media, emoji) over the shared client, without any token. */
    public ImageFetcher images() {
        return new OkHttpImageFetcher(client);
    }

    /**
     * A streaming connection for one account, not yet connected.
     *
     * @param streamingUrl the server's streaming base ({@code urls.streaming}), or its base URL
     * @param scheduler runs reconnects; its threads are the client's to use
     */
    public StreamingClient streaming(
            String streamingUrl, AccessToken token, StreamingListener listener, Scheduler scheduler) {
        return new StreamingClient(client, streamingUrl, token.value(), listener, scheduler, clock, Backoff.standard());
    }
}
