package social.woolly.ui.concurrent;

/**
 * A handle on background work started by a {@link BackgroundRunner}. A view-model keeps one per job
 * in flight, cancels it before starting the job again and cancels all of them in {@code dispose()}.
 */
@FunctionalInterface
public interface Cancellable {

    /** A handle with nothing to cancel: the value to hold before the first job starts. */
    Cancellable NONE = () -> {};

    /**
     * Abandons the work. Call it on the FX thread: once it returns, none of the job's callbacks
     * runs. Cancelling twice, or after the job finished, does nothing.
     */
    void cancel();
}
