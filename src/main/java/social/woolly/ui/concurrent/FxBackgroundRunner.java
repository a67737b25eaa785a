package social.woolly.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;

/**
 * Runs work on the application's I/O executor and delivers results with {@link
 * Platform#runLater}, the one place in Woolly that calls it.
 *
 * <p>Cancellation is checked twice: before posting to the FX thread, to save the hop, and again on
 * the FX thread right before the callback runs. Because {@link Cancellable#cancel()} is called on
 * the FX thread too, the second check makes "no callback after cancel" hold without locks.
 */
public final class FxBackgroundRunner implements BackgroundRunner {

    private static final System.Logger LOG = System.getLogger(FxBackgroundRunner.class.getName());

    private final Executor executor;

    /**
     * A runner that starts each job on {@code executor}, which should start a thread per task (as
     * Woolly's virtual-thread I/O executor does), so that a late interrupt from {@link
     * Cancellable#cancel()} cannot reach an unrelated task.
     */
    public FxBackgroundRunner(Executor executor) {
        this.executor = executor;
    }

    /**
     * A new I/O executor of the kind this runner expects: one virtual thread per task, named {@code
     * woolly-io-0}, {@code woolly-io-1} … so that thread dumps and log lines say whose it is. The
     * application owns it and shuts it down when it stops.
     */
    public static ExecutorService newIoExecutor() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("woolly-io-", 0).factory());
    }

    @Override
    public <T> Cancellable run(
            ApiCall<T> call, Consumer<? super T> onSuccess, Consumer<? super ApiException> onFailure) {
        Job job = new Job(call::cancel);
        executor.execute(() -> {
            try {
                T value = call.execute();
                job.deliver(() -> onSuccess.accept(value));
            } catch (ApiException.Cancelled e) {
                // Ours (the handle was cancelled) or someone else's: either way nobody wants it.
                LOG.log(System.Logger.Level.DEBUG, "dropped a cancelled call");
            } catch (ApiException e) {
                job.deliver(() -> onFailure.accept(e));
            }
        });
        return job;
    }

    @Override
    public <T> Cancellable runBlocking(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        AtomicReference<@Nullable Thread> worker = new AtomicReference<>();
        Job job = new Job(() -> {
            Thread thread = worker.get();
            if (thread != null) {
                thread.interrupt();
            }
        });
        executor.execute(() -> {
            worker.set(Thread.currentThread());
            try {
                if (job.isCancelled()) {
                    return;
                }
                T value = work.call();
                job.deliver(() -> onSuccess.accept(value));
            } catch (RuntimeException e) {
                // A bug, not a failure to report: let it reach the uncaught-exception handler.
                throw e;
            } catch (Exception e) {
                job.deliver(() -> onFailure.accept(e));
            } finally {
                worker.set(null);
            }
        });
        return job;
    }

    @Override
    public void runOnFxThread(Runnable action) {
        Platform.runLater(action);
    }

    private static final class Job implements Cancellable {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final Runnable onCancel;

        Job(Runnable onCancel) {
            this.onCancel = onCancel;
        }

        boolean isCancelled() {
            return cancelled.get();
        }

        void deliver(Runnable callback) {
            if (cancelled.get()) {
                return;
            }
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    callback.run();
                }
            });
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                onCancel.run();
            }
        }
    }
}
