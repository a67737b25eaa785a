package social.woolly.ui.media;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import social.woolly.core.api.ApiCall;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * A {@link BackgroundRunner} that holds blocking jobs until {@link #runAll()}, on the test's thread,
 * so that a test can have several jobs in flight at once. Cancelled jobs never run their callbacks.
 */
final class QueuedRunner implements BackgroundRunner {

    private final Queue<Job<?>> jobs = new ArrayDeque<>();
    int started;
    int cancelled;

    @Override
    public <T> Cancellable run(
            ApiCall<T> call,
            Consumer<? super T> onSuccess,
            Consumer<? super social.woolly.core.api.ApiException> onFailure) {
        throw new UnsupportedOperationException("the image loader makes no API calls");
    }

    @Override
    public <T> Cancellable runBlocking(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Job<T> job = new Job<>(work, onSuccess, onFailure);
        jobs.add(job);
        started++;
        return () -> {
            if (!job.cancelled) {
                job.cancelled = true;
                cancelled++;
            }
        };
    }

    @Override
    public void runOnFxThread(Runnable action) {
        action.run();
    }

    int queued() {
        return (int) jobs.stream().filter(job -> !job.cancelled).count();
    }

    void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }

    private static final class Job<T> {
        final Callable<T> work;
        final Consumer<? super T> onSuccess;
        final Consumer<? super Exception> onFailure;
        boolean cancelled;

        Job(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void run() {
            if (cancelled) {
                return;
            }
            T value;
            try {
                value = work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        }
    }
}
