package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.Harness.GAP;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.store.TimelineCache;
import social.woolly.core.timeline.FakeServer.Paging;

/** Cache → paint → refresh: the cached page joins the newest, or a gap marks what is missing. */
class InstantStartTest {
    private static final List<String> IDS = TestStatuses.flakeIds(12, 3);

    @TempDir
    Path dir;

    private void cacheNewestPage(FakeServer server, TimelineSource source, int pages) {
        Harness before = new Harness(server, source, 600, 5);
        before.refresh();
        for (int i = 1; i < pages; i++) {
            before.older();
        }
        try (TimelineCache cache = TimelineCache.open(dir.resolve("timelines.db"), Clock.systemUTC())) {
            cache.save("fern@akkoma.example", source.key(), before.timeline.newestPage(40));
        }
    }

    private void restore(Harness after) {
        try (TimelineCache cache = TimelineCache.open(dir.resolve("timelines.db"), Clock.systemUTC())) {
            after.timeline.restore(
                    cache.load("fern@akkoma.example", after.timeline.source().key())
                            .orElseThrow()
                            .page());
        }
        after.assertMirrored();
    }

    @Test
    void cachedPage_isPaintedAtOnce_andTheRefreshJoinsIt() {
        FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, IDS);
        TimelineSource source = TimelineSource.of("home", true, server);
        cacheNewestPage(server, source, 2);
        server.postAll(List.of("n1", "n2"));
        Harness after = new Harness(server, source, 600, 5);

        restore(after);
        assertThat(after.shown()).containsExactlyElementsOf(IDS.subList(0, 8));
        after.refresh();

        assertThat(after.shown())
                .containsExactly(
                        "n2",
                        "n1",
                        IDS.get(0),
                        IDS.get(1),
                        IDS.get(2),
                        IDS.get(3),
                        IDS.get(4),
                        IDS.get(5),
                        IDS.get(6),
                        IDS.get(7));
        after.older();
        assertThat(after.shown()).endsWith(IDS.get(8), IDS.get(9), IDS.get(10), IDS.get(11));
    }

    @Test
    void cacheOlderThanARefreshReaches_getsAGap() {
        FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, IDS);
        TimelineSource source = TimelineSource.of("home", true, server);
        cacheNewestPage(server, source, 1);
        server.postAll(TestStatuses.flakeIds(30, 4));
        Harness after = new Harness(server, source, 600, 2);

        restore(after);
        after.refresh();

        assertThat(after.shown()).hasSize(13).element(8).isEqualTo(GAP);
        assertThat(after.shown().subList(9, 13)).containsExactlyElementsOf(IDS.subList(0, 4));
    }

    @Test
    void cachedBookmarks_keepTheirLinkCursors() {
        FakeServer server = FakeServer.of(4, Paging.LINK_ONLY, IDS);
        TimelineSource source = TimelineSource.bookmarks(server);
        cacheNewestPage(server, source, 2);
        Harness after = new Harness(server, source, 600, 5);

        restore(after);
        after.older();

        assertThat(after.shown()).containsExactlyElementsOf(IDS);
        assertThat(server.requests.getLast().maxId()).startsWith("bm-");
    }
}
