package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.Harness.GAP;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.PageCursor;
import social.woolly.core.timeline.FakeServer.Paging;

/** The memory cap: entries far from the anchor are dropped, and come back when scrolled to. */
class TimelineEvictionTest {
    private static final List<String> IDS = TestStatuses.flakeIds(16, 7);

    private final FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, IDS);
    private final Harness h = new Harness(server, 8, 5);

    private static List<String> ids(int from, int to) {
        return IDS.subList(from, to);
    }

    /** A gap on top, then these statuses. */
    private static List<String> gapThen(int from, int to) {
        List<String> shown = new ArrayList<>(List.of(GAP));
        shown.addAll(ids(from, to));
        return shown;
    }

    @Test
    void pastTheCap_whileReadingAtTheTop_dropsTheBottom_andOlderFetchesItAgain() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(0)));
        h.older();
        h.older();

        assertThat(h.shown()).containsExactlyElementsOf(ids(0, 8));
        assertThat(h.timeline.hasOlder()).isTrue();

        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(7)));
        h.older();

        assertThat(server.requests.getLast()).isEqualTo(PageCursor.olderThan(IDS.get(7)));
        assertThat(h.shown()).containsExactlyElementsOf(gapThen(4, 12));
    }

    @Test
    void pastTheCap_whileReadingAtTheBottom_dropsTheTop_andTheGapOnTopFetchesItAgain() {
        h.refresh();
        h.older();
        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(6)));
        h.older();

        assertThat(h.shown()).containsExactlyElementsOf(gapThen(4, 12));
        GapEntry gap = (GapEntry) h.timeline.entries().getFirst();
        assertThat(gap.fromAbove()).isEqualTo(PageCursor.newest());
        assertThat(gap.fromBelow()).isEqualTo(PageCursor.newerThan(IDS.get(4)));

        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(4)));
        h.fill(0, GapEdge.BOTTOM);

        assertThat(server.requests.getLast()).isEqualTo(PageCursor.newerThan(IDS.get(4)));
        // Only the server can tell that nothing is newer still: the gap stays until it says so.
        assertThat(h.shown()).first().isEqualTo(GAP);
        assertThat(h.shown()).containsSubsequence(ids(0, 8));
        assertThat(h.timeline.newAboveAnchor()).isEqualTo(4);

        h.fill(0, GapEdge.BOTTOM);

        assertThat(server.requests.getLast()).isEqualTo(PageCursor.newerThan(IDS.get(0)));
        assertThat(h.shown()).containsExactlyElementsOf(ids(0, 8));
    }

    @Test
    void gapOnTop_filledFromTheNewestPage_joinsWhatIsKept() {
        h.refresh();
        h.older();
        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(6)));
        h.older();
        server.postAll(List.of("fresh"));
        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(4)));

        h.fill(0, GapEdge.TOP);
        assertThat(h.shown()).startsWith("fresh", IDS.get(0), IDS.get(1), IDS.get(2), GAP, IDS.get(4));
        h.timeline.setAnchor(StatusEntry.keyOf("fresh"));
        h.fill(4, GapEdge.TOP);

        assertThat(h.shown()).startsWith("fresh", IDS.get(0), IDS.get(1), IDS.get(2), IDS.get(3), IDS.get(4));
        assertThat(h.shown()).doesNotContain(GAP);
    }

    @Test
    void streamedUpdates_pastTheCap_dropTheBottom() {
        h.refresh();
        h.older();
        h.timeline.setAnchor(StatusEntry.keyOf(IDS.get(0)));

        h.timeline.onStreamedUpdate(TestStatuses.status("s1"));
        h.timeline.onStreamedUpdate(TestStatuses.status("s2"));

        assertThat(h.shown())
                .containsExactly("s2", "s1", IDS.get(0), IDS.get(1), IDS.get(2), IDS.get(3), IDS.get(4), IDS.get(5));
        h.older();
        assertThat(server.requests.getLast()).isEqualTo(PageCursor.olderThan(IDS.get(5)));
    }

    @Test
    void bookmarks_pastTheCap_cutWhereALinkCursorIsKnown() {
        FakeServer bookmarks = FakeServer.of(4, Paging.LINK_ONLY, IDS);
        Harness b = new Harness(bookmarks, TimelineSource.bookmarks(bookmarks), 6, 5);
        b.refresh();
        b.timeline.setAnchor(StatusEntry.keyOf(IDS.get(0)));
        b.older();

        // Six would fit, but only the page edge after the fourth has a cursor to continue from.
        assertThat(b.shown()).containsExactlyElementsOf(ids(0, 4));

        b.older();
        assertThat(b.shown()).containsExactlyElementsOf(ids(0, 4));
        assertThat(bookmarks.requests.getLast().maxId()).startsWith("bm-");
    }
}
