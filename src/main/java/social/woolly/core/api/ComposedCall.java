package social.woolly.core.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ApiCall} made of several calls and pauses, run one after another on the executing
 * thread (e.g. v2 instance, then v1 on 404; an upload, then polling until it is processed).
 * Cancelling cancels the call in flight, wakes a pause, and stops the steps after it; the run then
 * fails with {@link ApiException.Cancelled}.
 */
public final class ComposedCall<T> implements ApiCall<T> {

    /** The work; each request goes through {@link #run}, each pause through {@link #pause}. */
    @FunctionalInterface
    public interface Steps<T> {
        T run(ComposedCall<T> call) throws ApiException;
    }

    /** Waits; tests pass one that does not. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Steps<T> steps;
    private boolean cancelled;
    private @Nullable ApiCall<?> current;
    private @Nullable Thread pausing;

    public ComposedCall(Steps<T> steps) {
        this.steps = steps;
    }

    /** Executes one request, unless the whole call was cancelled. */
    public <R> R run(ApiCall<R> step) throws ApiException {
        synchronized (this) {
            if (cancelled) {
                throw new ApiException.Cancelled(null);
            }
            current = step;
        }
        try {
            return step.execute();
        } finally {
            synchronized (this) {
                current = null;
            }
        }
    }

    /** Waits {@code duration} with {@code sleeper}, unless cancelled before or meanwhile. */
    public void pause(Sleeper sleeper, Duration duration) throws ApiException {
        synchronized (this) {
            if (cancelled) {
                throw new ApiException.Cancelled(null);
            }
            pausing = Thread.currentThread();
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            synchronized (this) {
                if (!cancelled) {
                    // Not our interrupt: someone is shutting the thread down; keep the flag for them.
                    Thread.currentThread().interrupt();
                }
            }
            throw new ApiException.Cancelled(e);
        } finally {
            synchronized (this) {
                pausing = null;
                if (cancelled) {
                    // Our own wake-up may land after the sleep ended: never leave it on the thread.
                    Thread.interrupted();
                }
            }
        }
        synchronized (this) {
            if (cancelled) {
                throw new ApiException.Cancelled(null);
            }
        }
    }

    @Override
    public T execute() throws ApiException {
        T value = steps.run(this);
        if (isCancelled()) {
            throw new ApiException.Cancelled(null);
        }
        return value;
    }

    @Override
    public void cancel() {
        ApiCall<?> step;
        synchronized (this) {
            cancelled = true;
            step = current;
            if (pausing != null) {
                pausing.interrupt();
            }
        }
        if (step != null) {
            step.cancel();
        }
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }
}
