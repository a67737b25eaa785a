package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.DraftMedia;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Visibility;
import social.woolly.testing.MovableClock;

/** The drafts table: write, read back, list, delete, and files it cannot use (issue #5). */
class DraftStoreTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ALICE = "alice@example.social";

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(START);

    private Path file() {
        return dir.resolve("data").resolve(DraftStore.FILE_NAME);
    }

    /** A draft with every field set, media in each state included. */
    static Draft everything(String accountKey, Instant now) {
        return Draft.blank(accountKey, now).toBuilder()
                .text("Hello @bob@example.org, see https://example.com 🐑")
                .spoilerText("sheep")
                .visibility(Visibility.UNLISTED)
                .language("de")
                .sensitive(true)
                .inReplyToId("109")
                .inReplyToAcct("bob@example.org")
                .quotedStatusId("AbC-opaque")
                .media(List.of(
                        DraftMedia.ofFile(Path.of("/tmp/sheep.png"), "image/png", 1234)
                                .withDescription("A sheep")
                                .withFocus(new MediaMeta.Focus(-0.5, 0.25)),
                        new DraftMedia(Path.of("/tmp/rain.mp4"), "video/mp4", 99, "22348642", "Rain", null, true),
                        new DraftMedia(null, "image/*", 0, "7", null, null, true)))
                .scheduledAt(Instant.parse("2026-03-02T08:30:00Z"))
                .editingStatusId("111")
                .build();
    }

    @Test
    void save_thenGet_returnsEveryFieldAsSaved() throws Exception {
        Draft draft = everything(ALICE, START);
        Draft withPoll = Draft.blank(ALICE, START).toBuilder()
                .text("Tea?")
                .poll(new NewStatus.Poll(List.of("Yes", "No", ""), Duration.ofHours(6), true, true))
                .build();
        clock.advance(Duration.ofSeconds(3));

        try (DraftStore store = DraftStore.open(file(), clock)) {
            Draft saved = store.save(draft);
            store.save(withPoll);

            assertThat(saved.updatedAt()).isEqualTo(START.plusSeconds(3));
            assertThat(store.get(draft.id())).contains(saved);
            assertThat(store.get(withPoll.id()).orElseThrow().poll()).isEqualTo(withPoll.poll());
        }
    }

    @Test
    void open_again_findsWhatWasSaved() throws Exception {
        Draft draft = everything(ALICE, START);
        Draft saved;
        try (DraftStore store = DraftStore.open(file(), clock)) {
            saved = store.save(draft);
        }

        try (DraftStore store = DraftStore.open(file(), clock)) {
            assertThat(store.get(draft.id())).contains(saved);
            assertThat(store.get(draft.id()).orElseThrow().idempotencyKey()).isEqualTo(draft.idempotencyKey());
        }
    }

    @Test
    void save_sameDraftAgain_replacesItAndKeepsItsKey() throws Exception {
        Draft draft = Draft.blank(ALICE, START).toBuilder().text("Hel").build();
        try (DraftStore store = DraftStore.open(file(), clock)) {
            store.save(draft);
            clock.advance(Duration.ofSeconds(1));
            store.save(draft.toBuilder().text("Hello").build());

            assertThat(store.list(ALICE)).singleElement().satisfies(d -> {
                assertThat(d.text()).isEqualTo("Hello");
                assertThat(d.idempotencyKey()).isEqualTo(draft.idempotencyKey());
                assertThat(d.updatedAt()).isEqualTo(START.plusSeconds(1));
            });
        }
    }

    @Test
    void list_givesOneAccountsDrafts_mostRecentlySavedFirst() throws Exception {
        Draft first = Draft.blank(ALICE, START).toBuilder().text("first").build();
        Draft second = Draft.blank(ALICE, START).toBuilder().text("second").build();
        Draft bobs = Draft.blank("bob@example.social", START).toBuilder()
                .text("bob's")
                .build();
        try (DraftStore store = DraftStore.open(file(), clock)) {
            store.save(first);
            clock.advance(Duration.ofSeconds(1));
            store.save(second);
            store.save(bobs);
            clock.advance(Duration.ofSeconds(1));
            store.save(first.toBuilder().text("first, edited").build());

            assertThat(store.list(ALICE)).extracting(Draft::text).containsExactly("first, edited", "second");
            assertThat(store.list("bob@example.social")).extracting(Draft::text).containsExactly("bob's");
            assertThat(store.list("carol@example.social")).isEmpty();
        }
    }

    @Test
    void delete_removesOnlyThatDraft_andSaysWhetherItWasThere() throws Exception {
        Draft kept = Draft.blank(ALICE, START).toBuilder().text("kept").build();
        Draft posted = Draft.blank(ALICE, START).toBuilder().text("posted").build();
        try (DraftStore store = DraftStore.open(file(), clock)) {
            store.save(kept);
            store.save(posted);

            assertThat(store.delete(posted.id())).isTrue();
            assertThat(store.delete(posted.id())).isFalse();
            assertThat(store.get(posted.id())).isEmpty();
            assertThat(store.list(ALICE)).extracting(Draft::id).containsExactly(kept.id());
        }
    }

    @Test
    void deleteAll_removesOneAccountsDrafts() throws Exception {
        try (DraftStore store = DraftStore.open(file(), clock)) {
            store.save(Draft.blank(ALICE, START));
            store.save(Draft.blank("bob@example.social", START));

            store.deleteAll(ALICE);

            assertThat(store.list(ALICE)).isEmpty();
            assertThat(store.list("bob@example.social")).hasSize(1);
        }
    }

    @Test
    void open_fileThatIsNoDatabase_movesItAsideAndStartsEmpty() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "these are not the drafts you are looking for".repeat(100));

        try (DraftStore store = DraftStore.open(file(), clock)) {
            Draft saved =
                    store.save(Draft.blank(ALICE, START).toBuilder().text("new").build());

            assertThat(store.list(ALICE)).containsExactly(saved);
        }
        Path aside = file().resolveSibling(DraftStore.FILE_NAME + ".broken-" + START.toEpochMilli());
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).startsWith("these are not the drafts");
    }

    @Test
    void open_databaseOfAnotherSchemaVersion_movesItAside() throws Exception {
        Files.createDirectories(file().getParent());
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement sql = old.createStatement()) {
            sql.execute("CREATE TABLE drafts (text TEXT)");
            sql.execute("INSERT INTO drafts VALUES ('from an old Woolly')");
            sql.execute("PRAGMA user_version = 0");
        }

        try (DraftStore store = DraftStore.open(file(), clock)) {
            assertThat(store.list(ALICE)).isEmpty();
            store.save(Draft.blank(ALICE, START));
        }
        assertThat(file().resolveSibling(DraftStore.FILE_NAME + ".broken-" + START.toEpochMilli()))
                .exists();
    }

    @Test
    void open_cutOffDatabase_movesItAsideAndStartsEmpty() throws Exception {
        try (DraftStore store = DraftStore.open(file(), clock)) {
            for (int i = 0; i < 200; i++) {
                store.save(
                        Draft.blank(ALICE, START).toBuilder().text("draft " + i).build());
            }
        }
        // Closing checkpointed the WAL into the file; cut the file in half, as a failing disk might.
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / 2));
        clock.advance(Duration.ofMinutes(1));

        try (DraftStore store = DraftStore.open(file(), clock)) {
            assertThat(store.list(ALICE)).isEmpty();
        }
        assertThat(file().resolveSibling(DraftStore.FILE_NAME + ".broken-"
                        + START.plusSeconds(60).toEpochMilli()))
                .exists();
    }

    @Test
    void list_rowThatIsNoDraft_isSkippedAndKept() throws Exception {
        Draft good = Draft.blank(ALICE, START).toBuilder().text("good").build();
        try (DraftStore store = DraftStore.open(file(), clock)) {
            store.save(good);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement sql = raw.createStatement()) {
            sql.execute("INSERT INTO draft VALUES ('bad', '" + ALICE
                    + "', 1, '{\"idempotencyKey\": \"k\", \"text\": [1, 2]}')");
        }

        try (DraftStore store = DraftStore.open(file(), clock)) {
            assertThat(store.list(ALICE)).extracting(Draft::id).containsExactly(good.id());
            assertThat(store.get("bad")).isEmpty();
        }
    }
}
