package social.woolly.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;

/**
 * The only way from the FX thread to background work and back (STYLE.md §5). View-models start
 * blocking work here and get the result as a callback on the FX thread.
 *
 * <p>Contract for every method: it is called on the FX thread and returns at once; the work runs
 * elsewhere; exactly one of the two callbacks runs later on the FX thread, unless the job was
 * cancelled first, in which case neither does. A {@link RuntimeException} or {@link Error} thrown
 * by the work is a bug: no callback runs, and it reaches the default uncaught-exception handler.
 */
public interface BackgroundRunner {

    /**
     * Executes {@code call}. Cancelling the handle also {@linkplain ApiCall#cancel() cancels the
     * call}. {@link ApiException.Cancelled} is never delivered to {@code onFailure}.
     */
    <T> Cancellable run(ApiCall<T> call, Consumer<? super T> onSuccess, Consumer<? super ApiException> onFailure);

    /**
     * Runs blocking {@code work} (file I/O, parsing, decoding) that is not a server call. Checked
     * exceptions go to {@code onFailure}. Cancelling interrupts the work if it is running.
     */
    <T> Cancellable runBlocking(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Runs {@code action} on the FX thread after the current event, from any thread: for code that
     * is not on the FX thread and has no job, such as the uncaught-exception handler.
     */
    void runOnFxThread(Runnable action);
}
