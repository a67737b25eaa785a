package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.compose.Draft;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Visibility;

/**
 * Drafts survive kill -9 (issue #5): a child JVM saves a draft over and over, as the composer does
 * while someone types, and is killed mid-way; the store, opened again, holds the last draft it
 * committed, whole. A second child is killed inside a large write transaction that has already
 * spilled to disk: none of it is there afterwards.
 */
@Timeout(30)
class DraftStoreCrashTest {
    private static final String ID = "typing";
    private static final String ACCOUNT = "alice@example.social";
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The draft after {@code n} keystrokes; every field set, so a torn write would show. */
    static Draft typed(int n) {
        return new Draft(
                ID,
                ACCOUNT,
                "typing " + n + " " + "🐑".repeat(n % 7),
                "cw " + n,
                Visibility.PRIVATE,
                "en",
                n % 2 == 0,
                "109",
                "bob",
                null,
                new NewStatus.Poll(List.of("yes " + n, "no " + n), Duration.ofHours(1 + n % 5), n % 3 == 0, false),
                List.of(),
                null,
                null,
                "idempotency-key-of-typing",
                START);
    }

    private static int keystrokeOf(Draft draft) {
        return Integer.parseInt(draft.text().split(" ")[1]);
    }

    @Test
    void killedWhileTyping_lastCommittedDraftIsThereWhole() throws Exception {
        Path file = dir.resolve(DraftStore.FILE_NAME);
        BlockingQueue<String> lines = start("type", file);
        int reported = 0;
        while (reported < 25) {
            reported = Integer.parseInt(next(lines).substring("saved ".length()));
        }

        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

        try (DraftStore store = DraftStore.open(file, Clock.fixed(START, ZoneOffset.UTC))) {
            Draft restored = store.get(ID).orElseThrow();
            int n = keystrokeOf(restored);
            // The child may have committed a few more after the line we read, never fewer.
            assertThat(n).isGreaterThanOrEqualTo(reported);
            assertThat(restored.toBuilder().updatedAt(START).build()).isEqualTo(typed(n));
            assertThat(store.list(ACCOUNT)).hasSize(1);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.broken-*");
    }

    @Test
    void killedInsideAHalfWrittenTransaction_fileHoldsOnlyWhatWasCommitted() throws Exception {
        Path file = dir.resolve(DraftStore.FILE_NAME);
        BlockingQueue<String> lines = start("half", file);
        assertThat(next(lines)).isEqualTo("committed");
        assertThat(next(lines)).isEqualTo("in transaction");

        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        // The uncommitted pages did reach the disk: the write-ahead log holds megabytes of them.
        assertThat(Files.size(file.resolveSibling(DraftStore.FILE_NAME + "-wal")))
                .isGreaterThan(1_000_000);

        try (DraftStore store = DraftStore.open(file, Clock.fixed(START, ZoneOffset.UTC))) {
            assertThat(store.list(ACCOUNT))
                    .singleElement()
                    .satisfies(d ->
                            assertThat(d.toBuilder().updatedAt(START).build()).isEqualTo(typed(1)));
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.broken-*");
    }

    /** Starts the child JVM with the test class path; its output lines arrive in the queue. */
    private BlockingQueue<String> start(String mode, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Typist.class.getName(),
                        mode,
                        file.toString())
                .redirectError(dir.resolve("child-" + mode + ".err").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private String next(BlockingQueue<String> lines) throws Exception {
        String line = lines.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("the child said nothing; its errors: "
                    + Files.readString(dir.resolve(dir.toFile().list((d, n) -> n.endsWith(".err"))[0])));
        }
        return line;
    }

    /** The child JVM: saves drafts until it is killed. */
    static final class Typist {
        private Typist() {}

        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[1]);
            try (DraftStore store = DraftStore.open(file, Clock.systemUTC())) {
                if (args[0].equals("type")) {
                    for (int n = 1; ; n++) {
                        store.save(typed(n));
                        System.out.println("saved " + n);
                        System.out.flush();
                    }
                }
                store.save(typed(1));
                System.out.println("committed");
                System.out.flush();
                writeHalfATransaction(file);
            }
        }

        // A second connection rewrites the draft and adds ~10 MB of rows in one transaction; with a
        // tiny page cache SQLite spills the uncommitted pages into the WAL. Then it waits to be killed.
        private static void writeHalfATransaction(Path file) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement sql = connection.createStatement()) {
                sql.execute("PRAGMA cache_size = 50");
                connection.setAutoCommit(false);
                sql.execute("UPDATE draft SET body = '{\"half\": true' WHERE id = '" + ID + "'");
                for (int i = 0; i < 50; i++) {
                    sql.execute("INSERT INTO draft VALUES ('junk-" + i + "', '" + ACCOUNT
                            + "', 0, hex(randomblob(100000)))");
                }
                System.out.println("in transaction");
                System.out.flush();
                new CountDownLatch(1).await();
            }
        }
    }
}
