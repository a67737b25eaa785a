package social.woolly.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import social.woolly.core.api.streaming.StreamEvent;
import social.woolly.core.api.streaming.StreamingListener;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;

/**
 * Takes streaming events on OkHttp's threads, builds each post's item right there (off the FX
 * thread), and hands them to the FX thread in batches every {@link #BATCH_MILLIS}, not one hop per
 * event (STYLE.md §5.6).
 */
final class LiveUpdates implements StreamingListener {
    static final long BATCH_MILLIS = 250;

    /**
     * The most arrivals one FX task takes. A backlog (a burst, a slow machine) goes over in several
     * tasks with pulses in between, so the window keeps painting instead of freezing until the
     * whole backlog is in.
     */
    static final int MAX_PER_TASK = 100;

    /** A streaming event with its post already parsed. */
    sealed interface Arrival {
        /** @param stream the subscription it came on, with its tag or list id */
        record Post(social.woolly.core.api.streaming.StreamSubscription stream, StatusItem item) implements Arrival {}

        record Edit(StatusItem item) implements Arrival {}

        record Delete(String statusId) implements Arrival {}

        record Lifecycle(StreamEvent.Lifecycle event) implements Arrival {}

        /** The server refused a subscription: some timeline is not live although the socket is. */
        record Refused() implements Arrival {}
    }

    private final StatusItemFactory items;
    private final BackgroundRunner runner;
    private final ScheduledExecutorService scheduler;
    private final Consumer<List<Arrival>> onFxThread;
    private final ConcurrentLinkedQueue<Arrival> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    LiveUpdates(
            StatusItemFactory items,
            BackgroundRunner runner,
            ScheduledExecutorService scheduler,
            Consumer<List<Arrival>> onFxThread) {
        this.items = items;
        this.runner = runner;
        this.scheduler = scheduler;
        this.onFxThread = onFxThread;
    }

    @Override
    public void onEvent(StreamEvent event) {
        Arrival arrival = switch (event) {
            case StreamEvent.Update update -> new Arrival.Post(update.stream(), items.create(update.status()));
            case StreamEvent.StatusUpdate edit -> new Arrival.Edit(items.create(edit.status()));
            case StreamEvent.Delete delete -> new Arrival.Delete(delete.statusId());
            case StreamEvent.Lifecycle lifecycle -> new Arrival.Lifecycle(lifecycle);
            case StreamEvent.Refused refused -> new Arrival.Refused();
            default -> null;
        };
        if (arrival == null) {
            return;
        }
        queue.add(arrival);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(() -> runner.runOnFxThread(this::drain), BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        List<Arrival> batch = new ArrayList<>();
        for (Arrival next = queue.poll(); next != null; next = batch.size() < MAX_PER_TASK ? queue.poll() : null) {
            batch.add(next);
        }
        try {
            if (!batch.isEmpty()) {
                onFxThread.accept(batch);
            }
        } finally {
            if (queue.isEmpty()) {
                scheduled.set(false);
                // An arrival between the last poll and the reset would otherwise wait for the next one.
                if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                    runner.runOnFxThread(this::drain);
                }
            } else {
                // The rest goes in another task, so that pulses run in between.
                runner.runOnFxThread(this::drain);
            }
        }
    }
}
