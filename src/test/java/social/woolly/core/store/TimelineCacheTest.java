package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.Fixtures;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.api.StatusCodec;
import social.woolly.core.model.Status;

class TimelineCacheTest {
    private static final Instant NOW = Instant.parse("2025-03-08T15:00:00Z");
    private static final String ACCOUNT = "fern@woolly.test";

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Path file() {
        return dir.resolve("cache").resolve("timelines.db");
    }

    private static Page<Status> homePage() throws Exception {
        List<Status> statuses = StatusCodec.decode(Fixtures.text("timelines/home_40.json"));
        return new Page<>(
                statuses,
                PageCursor.olderThan("01HV7ZA0000000000000000001"),
                PageCursor.newerThan("113500000000000200"));
    }

    @Test
    void saveThenLoad_givesThePageBack_acrossReopening() throws Exception {
        Page<Status> page = homePage();
        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", page);
        }

        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            TimelineCache.Snapshot snapshot = cache.load(ACCOUNT, "home").orElseThrow();

            assertThat(snapshot.page()).isEqualTo(page);
            assertThat(snapshot.savedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void timelinesAndAccounts_areKeptApart() throws Exception {
        Page<Status> page = homePage();
        Page<Status> small = new Page<>(page.items().subList(0, 2), null, null);
        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", page);
            cache.save(ACCOUNT, "tag:java", small);
            cache.save("moss@lichen.example", "home", small);

            assertThat(cache.load(ACCOUNT, "home").orElseThrow().page()).isEqualTo(page);
            assertThat(cache.load(ACCOUNT, "tag:java").orElseThrow().page()).isEqualTo(small);
            assertThat(cache.load(ACCOUNT, "local")).isEmpty();

            cache.forget(ACCOUNT);

            assertThat(cache.load(ACCOUNT, "home")).isEmpty();
            assertThat(cache.load("moss@lichen.example", "home")).isPresent();
        }
    }

    @Test
    void savingAnEmptyPage_forgetsTheTimeline() throws Exception {
        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", homePage());

            cache.save(ACCOUNT, "home", new Page<>(List.of(), null, null));

            assertThat(cache.load(ACCOUNT, "home")).isEmpty();
        }
    }

    @Test
    void open_usesWriteAheadLogging() throws Exception {
        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", homePage());

            assertThat(file().resolveSibling("timelines.db-wal")).exists();
        }
    }

    @Test
    void open_withACorruptFile_movesItAsideAndStartsEmpty() throws Exception {
        Files.createDirectories(file().getParent());
        byte[] garbage = "this is not a database, just some bytes that got here"
                .repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file(), garbage);

        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            assertThat(cache.isWorking()).isTrue();
            assertThat(cache.load(ACCOUNT, "home")).isEmpty();
            cache.save(ACCOUNT, "home", homePage());
            assertThat(cache.load(ACCOUNT, "home")).isPresent();
        }
        assertThat(file().resolveSibling("timelines.db.broken-" + NOW.toEpochMilli()))
                .hasBinaryContent(garbage);
    }

    @Test
    void open_withAnOldSchemaVersion_movesItAsideAndRebuilds() throws Exception {
        Files.createDirectories(file().getParent());
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement statement = old.createStatement()) {
            statement.execute("CREATE TABLE statuses (id TEXT PRIMARY KEY, json TEXT)");
            statement.execute("INSERT INTO statuses VALUES ('1', '{}')");
        }

        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", homePage());

            assertThat(cache.load(ACCOUNT, "home")).isPresent();
        }
        assertThat(file().resolveSibling("timelines.db.broken-" + NOW.toEpochMilli()))
                .exists();
    }

    @Test
    void open_withANewerSchemaVersion_movesItAsideToo() throws Exception {
        TimelineCache.open(file(), clock).close();
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement statement = newer.createStatement()) {
            statement.execute("PRAGMA user_version = " + (SqliteCacheFile.SCHEMA_VERSION + 1));
        }

        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            assertThat(cache.isWorking()).isTrue();
        }
        assertThat(file().resolveSibling("timelines.db.broken-" + NOW.toEpochMilli()))
                .exists();
    }

    @Test
    void load_ofARowThatNoLongerDecodes_isAMiss() throws Exception {
        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            cache.save(ACCOUNT, "home", homePage());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement statement = db.createStatement()) {
            statement.execute("UPDATE timeline_page SET statuses = '[{\"id\": 1'");
        }

        try (TimelineCache cache = TimelineCache.open(file(), clock)) {
            assertThat(cache.load(ACCOUNT, "home")).isEmpty();
        }
    }

    @Test
    void open_whereNoFolderCanBeMade_cachesNothingAndNeverThrows() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the cache folder should be");

        try (TimelineCache cache = TimelineCache.open(blocker.resolve("timelines.db"), clock)) {
            cache.save(ACCOUNT, "home", homePage());

            assertThat(cache.isWorking()).isFalse();
            assertThat(cache.load(ACCOUNT, "home")).isEmpty();
        }
    }
}
