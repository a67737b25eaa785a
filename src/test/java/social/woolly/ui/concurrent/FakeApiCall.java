package social.woolly.ui.concurrent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;

/**
 * An {@link ApiCall} for runner tests: answers a fixed value or throws a fixed failure, optionally
 * only after {@link #release()}, so a test can cancel while the call is "in flight".
 */
final class FakeApiCall<T> implements ApiCall<T> {

    private final @Nullable T value;
    private final @Nullable ApiException failure;
    private final CountDownLatch released;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private FakeApiCall(@Nullable T value, @Nullable ApiException failure, boolean waitForRelease) {
        this.value = value;
        this.failure = failure;
        this.released = new CountDownLatch(waitForRelease ? 1 : 0);
    }

    static <T> FakeApiCall<T> answering(T value) {
        return new FakeApiCall<>(value, null, false);
    }

    static <T> FakeApiCall<T> failingWith(ApiException failure) {
        return new FakeApiCall<>(null, failure, false);
    }

    /** Answers {@code value} once released, even if cancelled by then (the response won the race). */
    static <T> FakeApiCall<T> answeringWhenReleased(T value) {
        return new FakeApiCall<>(value, null, true);
    }

    void release() {
        released.countDown();
    }

    boolean awaitStarted() throws InterruptedException {
        return started.await(5, TimeUnit.SECONDS);
    }

    @Override
    public T execute() throws ApiException {
        started.countDown();
        try {
            if (!released.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("test never released the call");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.Cancelled(e);
        }
        if (failure != null) {
            throw failure;
        }
        if (value == null) {
            throw new AssertionError("a fake call needs a value or a failure");
        }
        return value;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
