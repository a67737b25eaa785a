package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps every event a client delivers, for the test thread to take in order. */
final class RecordingListener implements StreamingListener {
    private final BlockingQueue<StreamEvent> queue = new LinkedBlockingQueue<>();
    private final List<StreamEvent> all = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(StreamEvent event) {
        threads.add(Thread.currentThread().getName());
        all.add(event);
        queue.add(event);
    }

    /** The next event, waiting up to 2 s for it. */
    StreamEvent next() throws InterruptedException {
        StreamEvent event = queue.poll(2, TimeUnit.SECONDS);
        assertThat(event).as("next stream event").isNotNull();
        return event;
    }

    /** The next event, which must be of the given type. */
    <T extends StreamEvent> T next(Class<T> type) throws InterruptedException {
        StreamEvent event = next();
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }

    /** Whether no event arrives within {@code wait} (for checks that something does not happen). */
    boolean quietFor(java.time.Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    /** Events delivered and not yet taken. */
    List<StreamEvent> remaining() {
        return List.copyOf(queue);
    }

    /** Every event delivered so far. */
    List<StreamEvent> all() {
        return List.copyOf(all);
    }

    List<String> threads() {
        return List.copyOf(threads);
    }
}
