package social.woolly.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.testing.MovableClock;

class DiskImageCacheTest {

    // Each entry is 12 header bytes plus its data.
    private static final int ENTRY = 12 + 100;

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void put_thenGet_returnsTheSameBytes() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 10_000, clock);

        cache.put("https://files.example/a.png", bytes('a'));

        assertThat(cache.get("https://files.example/a.png"))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes('a')));
        assertThat(cache.get("https://files.example/other.png")).isEmpty();
    }

    @Test
    void fileNames_areHashesNotUrls() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 10_000, clock);

        cache.put("https://files.example/private/secret-name.png", bytes('a'));

        assertThat(fileNames())
                .singleElement()
                .satisfies(name -> assertThat(name).matches("[0-9a-f]{64}\\.img"));
    }

    @Test
    void put_overBudget_evictsTheLeastRecentlyUsed() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 2 * ENTRY, clock);
        cache.put("a", bytes('a'));
        cache.put("b", bytes('b'));
        cache.get("a");

        cache.put("c", bytes('c'));

        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.sizeInBytes()).isEqualTo(2L * ENTRY);
        assertThat(fileNames()).hasSize(2);
    }

    @Test
    void put_largerThanTheWholeBudget_isNotStored() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, ENTRY - 1, clock);

        cache.put("a", bytes('a'));

        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.entryCount()).isZero();
    }

    @Test
    void get_ofATruncatedFile_missesAndDeletesIt() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 10_000, clock);
        cache.put("a", bytes('a'));
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 10));

        assertThat(cache.get("a")).isEmpty();
        assertThat(Files.exists(file)).isFalse();
        assertThat(cache.entryCount()).isZero();
        assertThat(cache.sizeInBytes()).isZero();
    }

    @Test
    void get_ofAFileWithAFlippedByte_misses() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 10_000, clock);
        cache.put("a", bytes('a'));
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        whole[whole.length - 1] ^= 1;
        Files.write(file, whole);

        assertThat(cache.get("a")).isEmpty();
    }

    @Test
    void reopen_keepsEntriesAndTheirUseOrder_andDropsLeftoverTempFiles() throws IOException {
        DiskImageCache first = new DiskImageCache(folder, 2 * ENTRY, clock);
        first.put("a", bytes('a'));
        clock.advance(Duration.ofMinutes(1));
        first.put("b", bytes('b'));
        clock.advance(Duration.ofMinutes(1));
        first.get("a");
        Files.writeString(folder.resolve("half-written.tmp"), "x");

        DiskImageCache second = new DiskImageCache(folder, 2 * ENTRY, clock);
        clock.advance(Duration.ofMinutes(1));
        second.put("c", bytes('c'));

        assertThat(second.get("a")).isPresent();
        assertThat(second.get("b")).isEmpty();
        assertThat(fileNames()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void concurrentUse_staysWithinBudgetAndConsistent() throws Exception {
        DiskImageCache cache = new DiskImageCache(folder, 5 * ENTRY, clock);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        String url = "u" + (thread * 7 + i) % 12;
                        cache.put(url, bytes((char) ('a' + i % 20)));
                        cache.get("u" + i % 12);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        }

        assertThat(cache.sizeInBytes()).isLessThanOrEqualTo(5L * ENTRY);
        assertThat(cache.entryCount()).isEqualTo(fileNames().size());
        assertThat(cache.sizeInBytes()).isEqualTo((long) fileNames().size() * ENTRY);
    }

    @Test
    void cachingFetcher_fetchesOnce_thenAnswersFromDisk() throws IOException {
        DiskImageCache cache = new DiskImageCache(folder, 10_000, clock);
        List<String> fetched = new ArrayList<>();
        ImageFetcher fetcher = new CachingImageFetcher(cache, url -> {
            fetched.add(url);
            return bytes('z');
        });

        byte[] first = fetcher.fetch("https://files.example/z.png");
        byte[] second = fetcher.fetch("https://files.example/z.png");

        assertThat(second).isEqualTo(first).isEqualTo(bytes('z'));
        assertThat(fetched).containsExactly("https://files.example/z.png");
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findFirst().orElseThrow();
        }
    }

    private static byte[] bytes(char fill) {
        return String.valueOf(fill).repeat(100).getBytes(StandardCharsets.US_ASCII);
    }
}
