package social.woolly.bench;

import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.ListView;
import social.woolly.ui.timeline.TimelineView;

/**
 * Counts the posts Woolly has taken in from the stream since {@link #attach}: every streamed post
 * the timeline's view-model handled, including those it dropped again at once to stay within its
 * cap (when the reader is far below, the newest end is dropped and a gap marks it). Rows alone
 * cannot tell: a batch that adds and drops a post is one change without it.
 */
final class ArrivalCounter {
    private final AtomicLong count = new AtomicLong();

    /** Starts counting what arrives from now on in {@code list}'s timeline. FX thread. */
    static ArrivalCounter attach(ListView<?> list) {
        if (!(list.getParent() instanceof TimelineView view)) {
            throw new IllegalStateException("the list is not a timeline's: " + list.getParent());
        }
        ArrivalCounter counter = new ArrivalCounter();
        long start = view.viewModel().streamedCountProperty().get();
        view.viewModel()
                .streamedCountProperty()
                .addListener((o, was, now) -> counter.count.set(now.longValue() - start));
        return counter;
    }

    int count() {
        return (int) count.get();
    }
}
