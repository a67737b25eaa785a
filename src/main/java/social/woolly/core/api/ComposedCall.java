package social.woolly.core.api;

import org.jspecify.annotations.Nullable;

/**
 * An {@link ApiCall} made of other calls run one after another (e.g. v2 instance, then v1 on
 * 404). Cancelling cancels the step in flight and stops the steps after it.
 */
final class ComposedCall<T> implements ApiCall<T> {

    /** The steps; each sub-call goes through {@link ComposedCall#run(ApiCall)}. */
    @FunctionalInterface
    interface Steps<T> {
        T run(ComposedCall<T> calls) throws ApiException;
    }

    private final Steps<T> steps;
    private boolean cancelled;
    private @Nullable ApiCall<?> current;

    ComposedCall(Steps<T> steps) {
        this.steps = steps;
    }

    /** Runs one step, unless the whole call was cancelled. */
    <R> R run(ApiCall<R> step) throws ApiException {
        synchronized (this) {
            if (cancelled) {
                throw new ApiException.Cancelled(null);
            }
            current = step;
        }
        return step.execute();
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
