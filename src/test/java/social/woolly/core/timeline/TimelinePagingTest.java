package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.TestStatuses.flakeIds;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.timeline.FakeServer.Paging;

class TimelinePagingTest {
    private final List<String> ids = flakeIds(12, 1);
    private final FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, ids);
    private final Harness h = new Harness(server, 600, 5);

    @Test
    void refresh_whenEmpty_showsTheNewestPageInServerOrder() {
        h.refresh();

        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 4));
        assertThat(server.requests).containsExactly(PageCursor.newest());
        assertThat(h.timeline.hasOlder()).isTrue();
    }

    @Test
    void loadOlder_followsTheOlderCursor_untilTheEnd() {
        h.refresh();
        h.older();
        h.older();
        h.older();

        assertThat(h.shown()).containsExactlyElementsOf(ids);
        assertThat(server.requests)
                .containsExactly(
                        PageCursor.newest(),
                        PageCursor.olderThan(ids.get(3)),
                        PageCursor.olderThan(ids.get(7)),
                        PageCursor.olderThan(ids.get(11)));
        assertThat(h.timeline.hasOlder()).isFalse();
        assertThat(h.timeline.loadOlder()).isEmpty();
    }

    @Test
    void flakeIds_areShownInServerOrder_whichNoSortRecovers() {
        h.refresh();
        h.older();
        h.older();

        assertThat(ids).isNotEqualTo(ids.stream().sorted().toList());
        assertThat(ids).isNotEqualTo(ids.stream().sorted().toList().reversed());
        assertThat(h.shown()).containsExactlyElementsOf(ids);
    }

    @Test
    void numericLookingIds_areNeverComparedAsNumbersOrText() {
        // Newest first as this server orders them; numerically and lexically that order is neither.
        List<String> odd = List.of("9", "10", "100", "11", "2", "1000");
        FakeServer oddServer = FakeServer.of(2, Paging.STATUS_IDS, odd);
        Harness odds = new Harness(oddServer, 600, 5);

        odds.refresh();
        odds.older();
        odds.older();
        oddServer.postAll(List.of("3", "01"));
        odds.refresh();

        assertThat(odds.shown()).containsExactly("01", "3", "9", "10", "100", "11", "2", "1000");
    }

    @Test
    void refresh_withNothingNew_asksOnceAndChangesNothing() {
        h.refresh();
        int edits = h.edits;

        h.refresh();

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(h.edits).isEqualTo(edits);
        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 4));
    }

    @Test
    void refresh_withAFewNew_putsThemOnTopInOneRequest() {
        h.refresh();
        server.postAll(List.of("new1", "new2"));

        h.refresh();

        assertThat(h.shown()).containsExactly("new2", "new1", ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void refresh_whenAShownStatusChanged_replacesItInPlace() {
        h.refresh();
        server.replace(ids.get(1), TestStatuses.edited(ids.get(1), "<p>fixed a typo</p>"));

        h.refresh();

        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 4));
        assertThat(((StatusEntry) h.timeline.entries().get(1)).status().content())
                .isEqualTo("<p>fixed a typo</p>");
    }

    @Test
    void statusesAFilterHides_areLeftOut_butWarnedOnesStay() {
        FakeServer filtered = new FakeServer(4, Paging.STATUS_IDS);
        filtered.post(TestStatuses.status("a"));
        filtered.post(TestStatuses.hidden("b"));
        filtered.post(TestStatuses.warned("c"));
        filtered.post(TestStatuses.reblogOfHidden("d", "e"));
        Harness f = new Harness(filtered, 600, 5);

        f.refresh();

        assertThat(f.shown()).containsExactly("c", "a");
    }

    @Test
    void olderPage_overlappingWhatIsShown_addsOnlyTheNew() {
        // A cached page with a stale cursor: the next page repeats two statuses already shown.
        h.timeline.restore(new Page<>(
                List.of(
                        TestStatuses.status(ids.get(0)),
                        TestStatuses.status(ids.get(1)),
                        TestStatuses.status(ids.get(2))),
                PageCursor.olderThan(ids.get(0)),
                null));

        h.older();

        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 5));
    }

    @Test
    void restore_thenRefresh_joinsTheCachedPageWithoutAGap() {
        h.timeline.restore(new Page<>(
                List.of(TestStatuses.status(ids.get(2)), TestStatuses.status(ids.get(3))),
                PageCursor.olderThan(ids.get(3)),
                PageCursor.newerThan(ids.get(2))));

        h.refresh();

        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 4));
        h.older();
        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 8));
    }

    @Test
    void loadAskedBeforeARestore_isIgnoredWhenItArrives() {
        TimelineLoad stale = h.timeline.refresh();
        h.timeline.restore(new Page<>(List.of(TestStatuses.status(ids.get(5))), null, null));

        assertThat(h.run(stale)).isFalse();
        assertThat(h.shown()).containsExactly(ids.get(5));
    }

    @Test
    void twoOlderLoadsAtOnce_onlyTheFirstApplies() {
        h.refresh();
        TimelineLoad first = h.timeline.loadOlder().orElseThrow();
        TimelineLoad second = h.timeline.loadOlder().orElseThrow();

        assertThat(h.run(first)).isTrue();
        assertThat(h.run(second)).isFalse();
        assertThat(h.shown()).containsExactlyElementsOf(ids.subList(0, 8));
    }

    @Test
    void newestPage_forTheCache_isTheTopRunWithItsCursors() {
        h.refresh();
        h.older();

        Page<?> page = h.timeline.newestPage(6);

        assertThat(page.items()).hasSize(6);
        assertThat(page.older()).isEqualTo(PageCursor.olderThan(ids.get(5)));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan(ids.get(0)));
    }
}
