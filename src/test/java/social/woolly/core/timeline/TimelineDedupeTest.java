package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.TestStatuses.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.Json;
import social.woolly.core.model.Status;
import social.woolly.core.timeline.FakeServer.Paging;

/** No status is ever shown twice: not by id, not by uri when a server changed the id. */
class TimelineDedupeTest {
    private final FakeServer server = FakeServer.of(4, Paging.STATUS_IDS, List.of("a", "b", "c", "d", "e", "f"));
    private final Harness h = new Harness(server, 600, 5);

    @Test
    void refresh_whenTheServerChangedAnId_replacesByUriInPlace() {
        h.refresh();
        server.replace("b", status("b-renumbered", TestStatuses.uriOf("b")));

        h.refresh();

        assertThat(h.shown()).containsExactly("a", "b-renumbered", "c", "d");
        assertThat(h.timeline.indexOfStatus("b-renumbered")).isEqualTo(1);
        assertThat(h.timeline.indexOfStatus("b")).isEqualTo(-1);
    }

    @Test
    void streamedUpdate_withAChangedIdButTheSameUri_isNotAddedTwice() {
        h.refresh();

        h.timeline.onStreamedUpdate(status("c-again", TestStatuses.uriOf("c")));

        assertThat(h.shown()).containsExactly("a", "b", "c-again", "d");
    }

    @Test
    void renamedAnchor_followsTheNewId() {
        h.refresh();
        h.timeline.setAnchor(StatusEntry.keyOf("c"));

        h.timeline.onStreamedUpdate(status("c-again", TestStatuses.uriOf("c")));

        assertThat(h.timeline.anchor()).contains(StatusEntry.keyOf("c-again"));
    }

    @Test
    void pageWithTheSameStatusTwice_showsItOnce() {
        FakeServer repeating = new FakeServer(4, Paging.STATUS_IDS);
        repeating.post(status("x"));
        repeating.post(status("y"));
        repeating.post(status("x-copy", TestStatuses.uriOf("x")));
        Harness r = new Harness(repeating, 600, 5);

        r.refresh();

        assertThat(r.shown()).containsExactly("x-copy", "y");
    }

    @Test
    void olderPage_afterTheServerShiftedItsPages_addsOnlyWhatIsNew() {
        h.refresh();
        server.delete("c");
        TimelineLoad older = h.timeline.loadOlder().orElseThrow();

        h.run(older);
        h.timeline.onStreamedUpdate(status("d"));

        assertThat(h.shown()).containsExactly("a", "b", "c", "d", "e", "f").doesNotHaveDuplicates();
    }

    @Test
    void reblogWhoseServerReusedTheOriginalsUri_isStillItsOwnEntry() throws Exception {
        h.refresh();
        // Some servers give the reblog wrapper the reblogged status's own uri.
        String json = "{\"id\":\"r9\",\"uri\":\"" + TestStatuses.uriOf("c") + "\",\"account\":{\"id\":\"b2\"},"
                + "\"reblog\":{\"id\":\"c\",\"uri\":\"" + TestStatuses.uriOf("c") + "\",\"account\":{\"id\":\"a1\"}}}";

        h.timeline.onStreamedUpdate(Json.read(json, Status.class));

        assertThat(h.shown()).containsExactly("r9", "a", "b", "c", "d");
    }
}
