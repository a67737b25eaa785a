package social.woolly.bench;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import social.woolly.ui.timeline.TimelineRow;

/**
 * Counts the posts that reached the timeline's rows newer than any before them, that is the
 * streamed ones: each makes one such row, even when the timeline drops it again at once (a reader
 * scrolled far down keeps their place; the newest rows beyond the cap give way to a gap). Relies on
 * the sandbox's numeric, time-ordered ids. Counts on the FX thread; {@link #count()} may be read
 * from any thread, also while the FX thread is busy for minutes taking in a backlog.
 */
final class ArrivalCounter implements ListChangeListener<Object> {
    private long newestId;
    private final AtomicInteger count = new AtomicInteger();

    /** Starts counting what arrives after the rows now in {@code rows}. */
    static ArrivalCounter attach(ObservableList<?> rows) {
        ArrivalCounter counter = new ArrivalCounter();
        rows.forEach(counter::see);
        counter.count.set(0);
        rows.addListener(counter);
        return counter;
    }

    int count() {
        return count.get();
    }

    @Override
    public void onChanged(Change<?> change) {
        while (change.next()) {
            if (change.wasAdded()) {
                change.getAddedSubList().forEach(this::see);
            }
        }
    }

    private void see(Object row) {
        if (row instanceof TimelineRow.Post post) {
            long id = Long.parseLong(post.item().status().id());
            if (id > newestId) {
                newestId = id;
                count.incrementAndGet();
            }
        }
    }
}
