package social.woolly.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;

/**
 * A {@link BackgroundRunner} for view-model tests without an FX toolkit: it runs the work and the
 * callback on the calling thread before returning, so a test sees the result right after the
 * command (JabRef's {@code CurrentThreadTaskExecutor}). Like the real runner it never delivers
 * {@link ApiException.Cancelled}, and a runtime exception from the work is thrown, not delivered.
 */
public final class DirectRunner implements BackgroundRunner {

    @Override
    public <T> Cancellable run(
            ApiCall<T> call, Consumer<? super T> onSuccess, Consumer<? super ApiException> onFailure) {
        try {
            onSuccess.accept(call.execute());
        } catch (ApiException.Cancelled e) {
            // Never delivered, as with FxBackgroundRunner.
        } catch (ApiException e) {
            onFailure.accept(e);
        }
        return call::cancel;
    }

    @Override
    public <T> Cancellable runBlocking(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            onFailure.accept(e);
            return Cancellable.NONE;
        }
        onSuccess.accept(value);
        return Cancellable.NONE;
    }

    @Override
    public void runOnFxThread(Runnable action) {
        action.run();
    }
}
