package social.woolly.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.media.ImageFetcher;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.concurrent.DirectRunner;

/** Image decoding works without a started FX toolkit, so these are plain unit tests. */
class ImageLoaderTest {

    private static final byte[] PNG_400_X_200 = png(400, 200);
    private static final byte[] PNG_16 = png(16, 16);

    private final List<String> fetched = new ArrayList<>();
    private final ImageFetcher fetcher = url -> {
        fetched.add(url);
        if (url.endsWith("/missing.png")) {
            throw new FileNotFoundException("404");
        }
        if (url.endsWith("/html.png")) {
            return "<html>502 Bad Gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return url.contains("/big") ? PNG_400_X_200 : PNG_16;
    };
    private final List<Image> loaded = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void load_sameUrlTwiceWhileInFlight_fetchesOnceAndDeliversToBoth() {
        QueuedRunner runner = new QueuedRunner();
        ImageLoader loader = new ImageLoader(fetcher, runner, 1 << 20);

        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("a"));
        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("a"));
        assertThat(loader.pendingCount()).isEqualTo(1);
        runner.runAll();

        assertThat(fetched).containsExactly("https://img.test/a.png");
        assertThat(loaded).hasSize(2);
        assertThat(loaded.get(0)).isSameAs(loaded.get(1));
        assertThat(loader.pendingCount()).isZero();
    }

    @Test
    void load_whenInMemory_deliversAtOnceWithoutFetching() {
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 1 << 20);
        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("a"));

        Cancellable second = loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("a"));

        assertThat(second).isSameAs(Cancellable.NONE);
        assertThat(fetched).hasSize(1);
        assertThat(loaded).hasSize(2);
        assertThat(loader.cached("https://img.test/a.png", 16, 16)).isSameAs(loaded.getFirst());
    }

    @Test
    void load_decodesAtTheDisplaySize_notTheFullSize() {
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 1 << 20);

        loader.load("https://img.test/big.png", 100, 0, loaded::add, () -> failed.add("big"));

        // 100 rounds up to the next 16 px step; the 400 px original is never held in memory.
        assertThat(loaded.getFirst().getWidth()).isEqualTo(112);
        assertThat(loaded.getFirst().getHeight()).isEqualTo(56);
    }

    @Test
    void load_pastTheByteBudget_evictsTheLeastRecentlyUsed() {
        long oneImage = 16 * 16 * 4;
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 2 * oneImage);
        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> {});
        loader.load("https://img.test/b.png", 16, 16, loaded::add, () -> {});
        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> {});

        loader.load("https://img.test/c.png", 16, 16, loaded::add, () -> {});

        assertThat(loader.cached("https://img.test/b.png", 16, 16)).isNull();
        assertThat(loader.cached("https://img.test/a.png", 16, 16)).isNotNull();
        assertThat(loader.cached("https://img.test/c.png", 16, 16)).isNotNull();
        assertThat(loader.cachedBytes()).isEqualTo(2 * oneImage);
    }

    @Test
    void load_onAHiDpiScreen_decodesSharp_andTheBudgetGrowsWithTheArea() {
        long oneImageAtScale1 = 16 * 16 * 4;
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 2 * oneImageAtScale1);
        loader.setPixelScale(2);

        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> {});
        loader.load("https://img.test/b.png", 16, 16, loaded::add, () -> {});

        // 32 × 32 pixels for a 16 × 16 box; two of them fit, as two 16 × 16 ones do at scale 1.
        assertThat(loaded.getFirst().getWidth()).isEqualTo(32);
        assertThat(loader.cached("https://img.test/a.png", 16, 16)).isNotNull();
        assertThat(loader.cached("https://img.test/b.png", 16, 16)).isNotNull();
        assertThat(loader.cachedBytes()).isEqualTo(8 * oneImageAtScale1);
    }

    @Test
    void load_imageLargerThanTheBudget_isDeliveredButNotKept() {
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 100);

        loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("a"));

        assertThat(loaded).hasSize(1);
        assertThat(loader.cachedBytes()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:image/png;base64,AAAA", "/a.png", ""})
    void load_urlThatIsNotHttp_failsWithoutFetching(String url) {
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 1 << 20);

        loader.load(url, 16, 16, loaded::add, () -> failed.add(url));
        loader.load(null, 16, 16, loaded::add, () -> failed.add("null"));

        assertThat(fetched).isEmpty();
        assertThat(failed).containsExactly(url, "null");
    }

    @Test
    void load_bytesThatAreNoImage_failsAndIsNotFetchedAgainForAWhile() {
        AtomicLong nanos = new AtomicLong();
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 1 << 20, nanos::get);

        loader.load("https://img.test/html.png", 16, 16, loaded::add, () -> failed.add("first"));
        loader.load("https://img.test/html.png", 16, 16, loaded::add, () -> failed.add("second"));
        nanos.addAndGet(10L * 60 * 1_000_000_000L);
        loader.load("https://img.test/html.png", 16, 16, loaded::add, () -> failed.add("later"));

        assertThat(loaded).isEmpty();
        assertThat(failed).containsExactly("first", "second", "later");
        assertThat(fetched).hasSize(2);
    }

    @Test
    void load_fetchFailure_callsOnFailed() {
        ImageLoader loader = new ImageLoader(fetcher, new DirectRunner(), 1 << 20);

        loader.load("https://img.test/missing.png", 16, 16, loaded::add, () -> failed.add("missing"));

        assertThat(failed).containsExactly("missing");
        assertThat(loader.cachedBytes()).isZero();
    }

    @Test
    void cancel_ofEveryWaiter_cancelsTheFetch_andNobodyIsCalled() {
        QueuedRunner runner = new QueuedRunner();
        ImageLoader loader = new ImageLoader(fetcher, runner, 1 << 20);
        Cancellable first = loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("1"));
        Cancellable second = loader.load("https://img.test/a.png", 16, 16, loaded::add, () -> failed.add("2"));

        first.cancel();
        assertThat(runner.cancelled).isZero();
        second.cancel();
        runner.runAll();

        assertThat(runner.cancelled).isEqualTo(1);
        assertThat(loader.pendingCount()).isZero();
        assertThat(loaded).isEmpty();
        assertThat(failed).isEmpty();
        assertThat(fetched).isEmpty();
    }

    @Test
    void cancel_ofOneWaiter_stillDeliversToTheOther() {
        QueuedRunner runner = new QueuedRunner();
        ImageLoader loader = new ImageLoader(fetcher, runner, 1 << 20);
        List<String> calls = new ArrayList<>();
        Cancellable first = loader.load("https://img.test/a.png", 16, 16, _ -> calls.add("first"), () -> {});
        loader.load("https://img.test/a.png", 16, 16, _ -> calls.add("second"), () -> {});

        first.cancel();
        runner.runAll();

        assertThat(calls).containsExactly("second");
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
