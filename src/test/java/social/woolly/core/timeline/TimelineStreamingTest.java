package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.TestStatuses.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.Status;
import social.woolly.core.timeline.FakeServer.Paging;

/** Streamed updates, deletes and edits merged into what is shown, and the anchor kept. */
class TimelineStreamingTest {
    private final FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, List.of("a", "b", "c", "d"));
    private final Harness h = new Harness(server, 600, 5);

    @Test
    void streamedUpdate_goesOnTop_andCountsAsNewAboveTheAnchor() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf("b"));

        h.timeline.onStreamedUpdate(status("x"));
        h.timeline.onStreamedUpdate(status("y"));

        assertThat(h.shown()).containsExactly("y", "x", "a", "b", "c", "d");
        assertThat(h.timeline.anchor()).contains(StatusEntry.keyOf("b"));
        assertThat(h.timeline.newAboveAnchor()).isEqualTo(2);
        h.assertMirrored();
    }

    @Test
    void postDeletedThenSentAgain_isShownAgain_andAnEditedOneIsStillKnown() {
        h.refresh();
        h.timeline.onStreamedDelete("b");
        h.timeline.onStreamedEdit(status("c"));

        h.timeline.onStreamedUpdate(status("b"));
        h.timeline.onStreamedUpdate(status("c"));

        // The id/uri index forgot "b" with its entry and knows "c" by its replacing entry.
        assertThat(h.shown()).containsExactly("b", "a", "c", "d");
        h.assertMirrored();
    }

    @Test
    void scrollingUpToTheNewOnes_clearsTheCount() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf("a"));
        h.timeline.onStreamedUpdate(status("x"));
        h.timeline.onStreamedUpdate(status("y"));

        h.timeline.setAnchor(StatusEntry.keyOf("x"));
        assertThat(h.timeline.newAboveAnchor()).isEqualTo(1);
        h.timeline.setAnchor(StatusEntry.keyOf("y"));

        assertThat(h.timeline.newAboveAnchor()).isZero();
        h.assertMirrored();
    }

    @Test
    void refresh_countsWhatItPutAboveTheAnchor() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf("a"));
        server.postAll(List.of("n1", "n2", "n3"));

        h.refresh();

        assertThat(h.timeline.newAboveAnchor()).isEqualTo(3);
        assertThat(h.timeline.anchor()).contains(StatusEntry.keyOf("a"));
    }

    @Test
    void streamedUpdate_alreadyShown_isNotAddedTwice() {
        h.refresh();

        h.timeline.onStreamedUpdate(status("b"));
        h.timeline.onStreamedUpdate(TestStatuses.edited("c", "<p>newer copy</p>"));

        assertThat(h.shown()).containsExactly("a", "b", "c", "d");
        assertThat(((StatusEntry) h.timeline.entries().get(2)).status().content())
                .isEqualTo("<p>newer copy</p>");
        h.assertMirrored();
    }

    @Test
    void streamedUpdate_thatAFilterHides_isNotShown() {
        h.refresh();

        h.timeline.onStreamedUpdate(TestStatuses.hidden("h"));

        assertThat(h.shown()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void reblog_ofAShownStatus_isItsOwnEntry_onceByWrapperId() {
        h.refresh();

        h.timeline.onStreamedUpdate(TestStatuses.reblog("r1", "c"));
        h.timeline.onStreamedUpdate(TestStatuses.reblog("r1", "c"));

        assertThat(h.shown()).containsExactly("r1", "a", "b", "c", "d");
    }

    @Test
    void streamedDelete_removesInPlace_withEveryReblogOfIt() {
        h.refresh();
        h.timeline.onStreamedUpdate(TestStatuses.reblog("r1", "c"));

        h.timeline.onStreamedDelete("c");

        assertThat(h.shown()).containsExactly("a", "b", "d");
        h.assertMirrored();
    }

    @Test
    void streamedDelete_ofTheAnchor_movesItToTheNextEntry() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf("b"));

        h.timeline.onStreamedDelete("b");

        assertThat(h.timeline.anchor()).contains(StatusEntry.keyOf("c"));
    }

    @Test
    void streamedDelete_ofSomethingNotShown_changesNothing() {
        h.refresh();
        int edits = h.edits;

        h.timeline.onStreamedDelete("elsewhere");

        assertThat(h.edits).isEqualTo(edits);
    }

    @Test
    void streamedEdit_replacesInPlace_alsoInsideReblogs() {
        h.refresh();
        h.timeline.onStreamedUpdate(TestStatuses.reblog("r1", "c"));

        h.timeline.onStreamedEdit(TestStatuses.edited("c", "<p>edited</p>"));

        assertThat(h.shown()).containsExactly("r1", "a", "b", "c", "d");
        Status reblog = ((StatusEntry) h.timeline.entries().get(0)).status();
        assertThat(reblog.id()).isEqualTo("r1");
        assertThat(reblog.shown().content()).isEqualTo("<p>edited</p>");
        assertThat(((StatusEntry) h.timeline.entries().get(3)).status().content())
                .isEqualTo("<p>edited</p>");
        h.assertMirrored();
    }

    @Test
    void streamedEdit_thatAFilterNowHides_removesIt() {
        h.refresh();

        h.timeline.onStreamedEdit(TestStatuses.hidden("b"));

        assertThat(h.shown()).containsExactly("a", "c", "d");
    }

    @Test
    void streamedEdit_ofSomethingNotShown_addsNothing() {
        h.refresh();

        h.timeline.onStreamedEdit(TestStatuses.edited("zz", "<p>elsewhere</p>"));

        assertThat(h.shown()).containsExactly("a", "b", "c", "d");
    }
}
