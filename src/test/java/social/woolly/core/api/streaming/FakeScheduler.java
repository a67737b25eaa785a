package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link Scheduler} that runs nothing by itself: the test takes each task and runs it. */
final class FakeScheduler implements Scheduler {

    /** One scheduled task. */
    static final class Task {
        final Duration delay;
        private final Runnable runnable;
        private volatile boolean cancelled;

        Task(Duration delay, Runnable runnable) {
            this.delay = delay;
            this.runnable = runnable;
        }

        boolean isCancelled() {
            return cancelled;
        }

        /** Runs it as the executor would: a cancelled task does not run. */
        void run() {
            if (!cancelled) {
                runnable.run();
            }
        }

        /** Runs it anyway, as when it had already started as it was cancelled. */
        void runDespiteCancel() {
            runnable.run();
        }
    }

    private final BlockingQueue<Task> pending = new LinkedBlockingQueue<>();
    private final List<Task> all = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable runnable) {
        Task task = new Task(delay, runnable);
        all.add(task);
        pending.add(task);
        return () -> task.cancelled = true;
    }

    /** Waits (up to 2 s) for the client to schedule a task, and removes it from the queue. */
    Task next() throws InterruptedException {
        Task task = pending.poll(2, TimeUnit.SECONDS);
        assertThat(task).as("a scheduled reconnection").isNotNull();
        return task;
    }

    /** Tasks scheduled and not yet taken. */
    int pendingCount() {
        return pending.size();
    }

    synchronized List<Duration> delays() {
        return all.stream().map(t -> t.delay).toList();
    }
}
