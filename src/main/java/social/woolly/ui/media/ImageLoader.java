package social.woolly.ui.media;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.image.Image;
import org.jspecify.annotations.Nullable;
import social.woolly.core.media.ImageFetcher;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * The one loader of remote images for all of Woolly's views. Fetches through an {@link
 * ImageFetcher} and decodes on a background thread, at the size the image is shown at (a 4000 px
 * photo in a 300 px tile is decoded to about 300 px, never in full), and delivers on the FX thread.
 *
 * <p>Decoded images stay in a memory cache with a byte budget (each counted as width × height × 4),
 * least recently used first out. Requests for the same URL and size while one is in flight share
 * it. A URL that failed is remembered for a while, so that a broken avatar is not fetched again on
 * every scroll. Only {@linkplain ImageFetcher#isFetchable(String) http(s)} URLs are fetched.
 *
 * <p>Use it on the FX thread only; it never throws for a bad image, it calls {@code onFailed}.
 */
public final class ImageLoader {

    /**
     * The default memory budget for decoded images at an output scale of 1: 6 MB, about four
     * screens of a timeline's avatars and media (images are decoded at the size shown; a picture
     * across the column is about 0.7 MB). It grows with the square of the {@linkplain
     * #setPixelScale pixel scale} (up to 4 times), as the images do. With software rendering Prism
     * keeps a texture of the same size per drawn image on the heap, so images cost up to twice this;
     * the timeline soak (docs/bench/README.md) saw the heap grow with the budget until it was full.
     */
    public static final long DEFAULT_BUDGET_BYTES = 6L * 1024 * 1024;

    private static final int MAX_REMEMBERED_FAILURES = 512;
    // Long enough not to hammer a broken URL while scrolling, short enough to recover after going offline.
    private static final long RETRY_FAILED_AFTER_NANOS = 120L * 1_000_000_000L;
    // Sizes are rounded up to this step, so that near-equal requests share one decoded image.
    private static final int SIZE_STEP = 16;
    private static final int MAX_SIDE = 4096;

    private final ImageFetcher fetcher;
    private final BackgroundRunner runner;
    private final long budgetBytes;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<Key, Image> images = new LinkedHashMap<>(128, 0.75f, true);
    private final Map<Key, Pending> pending = new HashMap<>();
    // URL to the nanoTime it failed at.
    private final LinkedHashMap<String, Long> failed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED_FAILURES;
        }
    };
    private double pixelScale = 1;
    private long cachedBytes;

    public ImageLoader(ImageFetcher fetcher, BackgroundRunner runner, long budgetBytes) {
        this(fetcher, runner, budgetBytes, System::nanoTime);
    }

    /** As above, with the clock that ages remembered failures, for tests. */
    ImageLoader(ImageFetcher fetcher, BackgroundRunner runner, long budgetBytes, LongSupplier nanoTime) {
        this.fetcher = fetcher;
        this.runner = runner;
        this.budgetBytes = budgetBytes;
        this.nanoTime = nanoTime;
    }

    /**
     * Screen pixels per layout unit (the output scale of a HiDPI screen), so that images are
     * decoded sharp; 1 until set.
     */
    public void setPixelScale(double scale) {
        pixelScale = scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    /**
     * Loads {@code url} to be shown in a {@code width × height} box (layout units). Either size may be
     * 0, to scale by the other alone; the aspect ratio is always kept. When the image is in memory
     * {@code onLoaded} runs before this returns; otherwise exactly one callback runs later, on the FX
     * thread, unless the handle is cancelled first.
     */
    public Cancellable load(
            @Nullable String url, double width, double height, Consumer<Image> onLoaded, Runnable onFailed) {
        if (url == null || !ImageFetcher.isFetchable(url) || failedRecently(url)) {
            onFailed.run();
            return Cancellable.NONE;
        }
        Key key = new Key(url, pixels(width), pixels(height));
        Image cached = images.get(key);
        if (cached != null) {
            onLoaded.accept(cached);
            return Cancellable.NONE;
        }
        Waiter waiter = new Waiter(onLoaded, onFailed);
        Pending job = pending.get(key);
        if (job == null) {
            job = new Pending();
            pending.put(key, job);
            job.waiters.add(waiter);
            Pending started = job;
            job.handle = runner.runBlocking(
                    () -> decode(key), image -> finish(key, started, image), _ -> finish(key, started, null));
        } else {
            job.waiters.add(waiter);
        }
        Pending owner = job;
        return () -> abandon(key, owner, waiter);
    }

    /** The image for {@code url} at that size if it is in memory, else null; never loads. */
    public @Nullable Image cached(String url, double width, double height) {
        return images.get(new Key(url, pixels(width), pixels(height)));
    }

    /** The bytes (estimated) that decoded images in memory take. */
    public long cachedBytes() {
        return cachedBytes;
    }

    /** How many loads are in flight. */
    public int pendingCount() {
        return pending.size();
    }

    private Image decode(Key key) throws IOException {
        ReleasableBytes bytes = new ReleasableBytes(fetcher.fetch(key.url()));
        // Decoded in the constructor (no background loading); the Image would keep the stream, and
        // with it the whole file, for as long as the image is cached.
        Image image = new Image(bytes, key.width(), key.height(), true, true);
        bytes.release();
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new IOException("not a readable image", image.getException());
        }
        return image;
    }

    private void finish(Key key, Pending job, @Nullable Image image) {
        if (pending.get(key) != job) {
            return;
        }
        pending.remove(key);
        if (image == null) {
            failed.put(key.url(), nanoTime.getAsLong());
        } else {
            remember(key, image);
        }
        for (Waiter waiter : List.copyOf(job.waiters)) {
            if (image == null) {
                waiter.onFailed().run();
            } else {
                waiter.onLoaded().accept(image);
            }
        }
    }

    private void remember(Key key, Image image) {
        long size = bytesOf(image);
        long budget = budget();
        if (size > budget) {
            return;
        }
        Image old = images.put(key, image);
        cachedBytes += size - (old == null ? 0 : bytesOf(old));
        Iterator<Image> eldest = images.values().iterator();
        while (cachedBytes > budget && eldest.hasNext()) {
            cachedBytes -= bytesOf(eldest.next());
            eldest.remove();
        }
    }

    /** The budget at the current pixel scale: images take scale² more bytes on a HiDPI screen. */
    private long budget() {
        double area = Math.min(4, pixelScale * pixelScale);
        return (long) (budgetBytes * Math.max(1, area));
    }

    private void abandon(Key key, Pending job, Waiter waiter) {
        job.waiters.remove(waiter);
        // Nobody waits any more (the cells scrolled away): stop fetching for nobody.
        if (job.waiters.isEmpty() && pending.get(key) == job) {
            pending.remove(key);
            job.handle.cancel();
        }
    }

    private boolean failedRecently(String url) {
        Long when = failed.get(url);
        if (when == null) {
            return false;
        }
        if (nanoTime.getAsLong() - when < RETRY_FAILED_AFTER_NANOS) {
            return true;
        }
        failed.remove(url);
        return false;
    }

    private int pixels(double size) {
        if (!(size > 0) || !Double.isFinite(size)) {
            return 0;
        }
        int px = (int) Math.ceil(size * pixelScale / SIZE_STEP) * SIZE_STEP;
        return Math.min(px, MAX_SIDE);
    }

    static long bytesOf(Image image) {
        return (long) Math.ceil(image.getWidth()) * (long) Math.ceil(image.getHeight()) * 4;
    }

    private record Key(String url, int width, int height) {}

    // A class, not a record: two requests with the same callbacks are still two waiters.
    private static final class Waiter {
        private final Consumer<Image> onLoaded;
        private final Runnable onFailed;

        Waiter(Consumer<Image> onLoaded, Runnable onFailed) {
            this.onLoaded = onLoaded;
            this.onFailed = onFailed;
        }

        Consumer<Image> onLoaded() {
            return onLoaded;
        }

        Runnable onFailed() {
            return onFailed;
        }
    }

    private static final class Pending {
        final List<Waiter> waiters = new ArrayList<>(2);
        Cancellable handle = Cancellable.NONE;
    }
}
