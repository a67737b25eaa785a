package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.model.Status;

/**
 * A {@link Timeline} over a {@link FakeServer}, run synchronously, with a list that mirrors it
 * from the listener's edits alone: every step checks the mirror still equals the timeline.
 */
final class Harness implements TimelineListener {
    static final String GAP = "GAP";

    final FakeServer server;
    final Timeline timeline;
    final List<TimelineEntry> mirror = new ArrayList<>();
    int newAbove;
    int edits;

    Harness(FakeServer server, int maxStatuses, int refreshPages) {
        this(server, TimelineSource.of("test", server.pagesByStatusId(), server), maxStatuses, refreshPages);
    }

    Harness(FakeServer server, TimelineSource source, int maxStatuses, int refreshPages) {
        this.server = server;
        this.timeline = new Timeline(source, maxStatuses, refreshPages);
        timeline.setListener(this);
    }

    /** Runs a load and applies it; returns whether it applied. */
    boolean run(TimelineLoad load) {
        List<Page<Status>> pages;
        try {
            pages = load.call().execute();
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
        boolean applied = timeline.apply(load, pages);
        assertMirrored();
        return applied;
    }

    void refresh() {
        assertThat(run(timeline.refresh())).isTrue();
    }

    void older() {
        assertThat(run(timeline.loadOlder().orElseThrow())).isTrue();
    }

    void fill(int gapIndex, GapEdge edge) {
        GapEntry gap = (GapEntry) timeline.entries().get(gapIndex);
        assertThat(run(timeline.fillGap(gap, edge).orElseThrow())).isTrue();
    }

    /** The status ids shown, newest first, with {@link #GAP} for a gap. */
    List<String> shown() {
        return timeline.entries().stream()
                .map(entry -> entry instanceof StatusEntry(Status status) ? status.id() : GAP)
                .toList();
    }

    void assertMirrored() {
        assertThat(mirror).as("list rebuilt from the listener's edits").isEqualTo(timeline.entries());
        assertThat(newAbove).isEqualTo(timeline.newAboveAnchor());
    }

    @Override
    public void inserted(int from, List<TimelineEntry> entries) {
        mirror.addAll(from, entries);
        edits++;
    }

    @Override
    public void removed(int from, int count) {
        mirror.subList(from, from + count).clear();
        edits++;
    }

    @Override
    public void replaced(int index, TimelineEntry entry) {
        mirror.set(index, entry);
        edits++;
    }

    @Override
    public void newAboveAnchorChanged(int count) {
        newAbove = count;
    }
}
