package social.woolly.core.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ImageFetcher} that answers from a {@link DiskImageCache} when it can and stores what
 * its delegate fetches. Blocking and thread-safe, like both of its parts. A failure to store is
 * logged and otherwise ignored: the image was fetched, and showing it matters more than caching it.
 */
public final class CachingImageFetcher implements ImageFetcher {

    private static final System.Logger LOG = System.getLogger(CachingImageFetcher.class.getName());

    private final DiskImageCache cache;
    private final ImageFetcher delegate;

    public CachingImageFetcher(DiskImageCache cache, ImageFetcher delegate) {
        this.cache = cache;
        this.delegate = delegate;
    }

    /**
     * A fetcher that opens its disk cache in {@code folder} on first use (a background thread,
     * never at start-up) and fetches without a disk cache if that folder cannot be used.
     */
    public static ImageFetcher openingOnFirstUse(Path folder, long maxBytes, ImageFetcher delegate) {
        return new ImageFetcher() {
            private @Nullable ImageFetcher opened;

            private synchronized ImageFetcher opened() {
                ImageFetcher fetcher = opened;
                if (fetcher == null) {
                    try {
                        fetcher = new CachingImageFetcher(new DiskImageCache(folder, maxBytes), delegate);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, "no disk cache for images: " + e);
                        fetcher = delegate;
                    }
                    opened = fetcher;
                }
                return fetcher;
            }

            @Override
            public byte[] fetch(String url) throws IOException {
                return opened().fetch(url);
            }
        };
    }

    @Override
    public byte[] fetch(String url) throws IOException {
        Optional<byte[]> cached = cache.get(url);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] bytes = delegate.fetch(url);
        try {
            cache.put(url, bytes);
        } catch (IOException e) {
            // The URL is not logged: media URLs of private posts are capabilities of a sort.
            LOG.log(System.Logger.Level.WARNING, "could not cache an image: " + e);
        }
        return bytes;
    }
}
