package social.woolly.core.media;

import java.io.IOException;
import java.util.Optional;

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
