package social.woolly.core.api.streaming;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once, later: how a {@link StreamingClient} waits before reconnecting. A seam so that
 * tests step through reconnection instead of waiting for it.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} after {@code delay} on a thread other than the caller's. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Makes sure the task will not start; does nothing if it already ran. */
        void cancel();
    }

    /** A scheduler backed by an executor the caller owns (and shuts down). */
    static Scheduler using(ScheduledExecutorService executor) {
        return (delay, task) -> {
            ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
