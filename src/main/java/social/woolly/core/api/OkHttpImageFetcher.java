package social.woolly.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import social.woolly.core.media.ImageFetcher;

/**
 * Fetches images over the shared HTTP client, without any account's token (media hosts are often
 * other servers). https only, plain http only to this machine; bodies over {@link #MAX_BYTES} are
 * refused. Blocking and thread-safe.
 */
final class OkHttpImageFetcher implements ImageFetcher {
    /** Large enough for a full-size photo, small enough that a hostile URL cannot fill memory. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final OkHttpClient client;

    OkHttpImageFetcher(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public byte[] fetch(String url) throws IOException {
        if (!ImageFetcher.isFetchable(url) || !isAllowed(url)) {
            throw new IOException("not an image URL Woolly loads");
        }
        Request request =
                new Request.Builder().url(url).header("Accept", "image/*").get().build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("image answered HTTP " + response.code());
            }
            ResponseBody body = response.body();
            if (body.contentLength() > MAX_BYTES) {
                throw new IOException("image too large");
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("image too large");
                }
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid image URL", e);
        }
    }

    private static boolean isAllowed(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("https") || (uri.getHost() != null && MastodonApi.isLoopback(uri.getHost()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
