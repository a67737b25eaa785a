package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.Harness.GAP;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.timeline.FakeServer.Paging;

/** Gaps: a refresh that cannot catch up leaves one; fills close it from either side. */
class TimelineGapTest {
    private static final List<String> OLD = List.of("o0", "o1", "o2", "o3", "o4", "o5");
    private static final List<String> NEW_OLDEST_FIRST =
            List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10");

    private final FakeServer server = FakeServer.of(3, Paging.STATUS_IDS, OLD);
    private final Harness h = new Harness(server, 600, 2);

    /** Shows o0–o2, then ten new statuses arrive: two pages of three bring n10–n5 and a gap. */
    private void openThenMissTen() {
        h.refresh();
        server.postAll(NEW_OLDEST_FIRST);
        h.refresh();
    }

    @Test
    void refresh_withMoreMissingThanItsPages_leavesAGapAtTheHole() {
        openThenMissTen();

        assertThat(h.shown()).containsExactly("n10", "n9", "n8", "n7", "n6", "n5", GAP, "o0", "o1", "o2");
        GapEntry gap = (GapEntry) h.timeline.entries().get(6);
        assertThat(gap.fromAbove()).isEqualTo(PageCursor.olderThan("n5"));
        assertThat(gap.fromBelow()).isEqualTo(PageCursor.newerThan("o0"));
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void fillFromTheTop_shrinksTheGap_thenClosesIt() {
        openThenMissTen();

        h.fill(6, GapEdge.TOP);
        assertThat(h.shown())
                .containsExactly("n10", "n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", GAP, "o0", "o1", "o2");
        h.fill(9, GapEdge.TOP);

        assertThat(h.shown())
                .containsExactly("n10", "n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", "n1", "o0", "o1", "o2");
        assertThat(server.requests.getLast()).isEqualTo(PageCursor.olderThan("n2"));
    }

    @Test
    void fillFromTheBottom_shrinksTheGap_thenClosesIt() {
        openThenMissTen();

        h.fill(6, GapEdge.BOTTOM);
        assertThat(h.shown())
                .containsExactly("n10", "n9", "n8", "n7", "n6", "n5", GAP, "n3", "n2", "n1", "o0", "o1", "o2");
        assertThat(((GapEntry) h.timeline.entries().get(6)).fromBelow()).isEqualTo(PageCursor.newerThan("n3"));
        h.fill(6, GapEdge.BOTTOM);

        assertThat(h.shown())
                .containsExactly("n10", "n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", "n1", "o0", "o1", "o2");
        assertThat(server.requests.getLast()).isEqualTo(PageCursor.newerThan("n3"));
    }

    @Test
    void fillFromBothSides_meetsInTheMiddle() {
        server.postAll(List.of());
        h.refresh();
        server.postAll(List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12", "m13"));
        h.refresh();
        assertThat(h.shown()).containsExactly("m13", "m12", "m11", "m10", "m9", "m8", GAP, "o0", "o1", "o2");

        h.fill(6, GapEdge.TOP);
        h.fill(9, GapEdge.BOTTOM);
        assertThat(h.shown())
                .containsExactly(
                        "m13", "m12", "m11", "m10", "m9", "m8", "m7", "m6", "m5", GAP, "m3", "m2", "m1", "o0", "o1",
                        "o2");
        h.fill(9, GapEdge.BOTTOM);

        assertThat(h.shown())
                .containsExactly(
                        "m13", "m12", "m11", "m10", "m9", "m8", "m7", "m6", "m5", "m4", "m3", "m2", "m1", "o0", "o1",
                        "o2");
    }

    @Test
    void secondFillOfAClosedGap_isIgnored() {
        h.refresh();
        server.postAll(List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7"));
        h.refresh();
        GapEntry gap = (GapEntry) h.timeline.entries().get(6);
        TimelineLoad fromTop = h.timeline.fillGap(gap, GapEdge.TOP).orElseThrow();
        TimelineLoad fromBottom = h.timeline.fillGap(gap, GapEdge.BOTTOM).orElseThrow();

        assertThat(h.run(fromTop)).isTrue();
        assertThat(h.run(fromBottom)).isFalse();
        assertThat(h.shown()).doesNotContain(GAP).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void restore_fromAnOldCache_thenRefresh_leavesAGapAboveIt() {
        server.postAll(NEW_OLDEST_FIRST);
        h.timeline.restore(new Page<>(
                List.of(TestStatuses.status("o0"), TestStatuses.status("o1")), PageCursor.olderThan("o1"), null));

        h.refresh();

        assertThat(h.shown()).containsExactly("n10", "n9", "n8", "n7", "n6", "n5", GAP, "o0", "o1");
        h.older();
        assertThat(h.shown()).endsWith("o0", "o1", "o2", "o3", "o4");
    }

    @Test
    void resumedAfterGap_withAStatusStreamedAfterTheAnswer_keepsItOnTop() throws Exception {
        h.refresh();
        server.postAll(NEW_OLDEST_FIRST);
        TimelineLoad catchUp = h.timeline.onResumedAfterGap();
        var pages = catchUp.call().execute();
        server.post(TestStatuses.status("live"));
        h.timeline.onStreamedUpdate(TestStatuses.status("live"));

        assertThat(h.timeline.apply(catchUp, pages)).isTrue();

        h.assertMirrored();
        assertThat(h.shown()).containsExactly("live", "n10", "n9", "n8", "n7", "n6", "n5", GAP, "o0", "o1", "o2");
    }

    @Test
    void resumedAfterGap_withAStatusStreamedBeforeTheAnswer_showsItOnce() {
        h.refresh();
        server.postAll(NEW_OLDEST_FIRST);
        TimelineLoad catchUp = h.timeline.onResumedAfterGap();
        server.post(TestStatuses.status("live"));
        h.timeline.onStreamedUpdate(TestStatuses.status("live"));

        h.run(catchUp);

        assertThat(h.shown()).containsExactly("live", "n10", "n9", "n8", "n7", "n6", GAP, "o0", "o1", "o2");
        assertThat(((GapEntry) h.timeline.entries().get(6)).fromAbove()).isEqualTo(PageCursor.olderThan("n6"));
    }

    @Test
    void deletingTheStatusBelowAGap_keepsTheGapFillable() {
        openThenMissTen();

        h.timeline.onStreamedDelete("o0");
        h.fill(6, GapEdge.BOTTOM);
        h.fill(6, GapEdge.BOTTOM);

        assertThat(h.shown()).containsExactly("n10", "n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", "n1", "o1", "o2");
    }

    @Test
    void bookmarks_gapsFillByRecordCursorsOnly() {
        FakeServer bookmarks = FakeServer.of(3, Paging.LINK_ONLY, OLD);
        Harness b = new Harness(bookmarks, TimelineSource.bookmarks(bookmarks), 600, 2);
        b.refresh();
        bookmarks.postAll(NEW_OLDEST_FIRST);
        b.refresh();
        GapEntry gap = (GapEntry) b.timeline.entries().get(6);
        assertThat(gap.fromAbove())
                .isNotNull()
                .extracting(PageCursor::maxId)
                .asString()
                .startsWith("bm-");
        assertThat(gap.fromBelow())
                .isNotNull()
                .extracting(PageCursor::minId)
                .asString()
                .startsWith("bm-");

        b.fill(6, GapEdge.BOTTOM);
        b.fill(6, GapEdge.TOP);
        b.older();

        assertThat(b.shown())
                .containsExactly(
                        "n10", "n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", "n1", "o0", "o1", "o2", "o3", "o4",
                        "o5");
    }

    @Test
    void fillGap_withAnOldCopyOfTheGap_usesItsCurrentCursor() {
        openThenMissTen();
        GapEntry before = (GapEntry) h.timeline.entries().get(6);
        h.fill(6, GapEdge.TOP);

        h.run(h.timeline.fillGap(before, GapEdge.TOP).orElseThrow());

        assertThat(server.requests.getLast()).isEqualTo(PageCursor.olderThan("n2"));
        assertThat(h.shown()).doesNotContain(GAP);
    }

    @Test
    void fillGap_ofAGapThatIsGone_offersNothing() {
        openThenMissTen();
        GapEntry gap = (GapEntry) h.timeline.entries().get(6);
        h.fill(6, GapEdge.BOTTOM);
        h.fill(6, GapEdge.BOTTOM);

        assertThat(h.timeline.fillGap(gap, GapEdge.TOP)).isEmpty();
    }
}
