package social.woolly.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The last stop for bugs: an uncaught exception on any thread, the FX thread included, is logged
 * once and the user sees a short {@link UnexpectedErrorDialog}. At most one dialog shows at a time;
 * failures while it is open are only logged, so a bug that repeats cannot bury the window.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(UncaughtErrorHandler.class.getName());

    private final BackgroundRunner runner;
    private final UnexpectedErrorDialog dialog;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    public UncaughtErrorHandler(BackgroundRunner runner, UnexpectedErrorDialog dialog) {
        this.runner = runner;
        this.dialog = dialog;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception in thread " + thread.getName(), failure);
        if (!dialogOpen.compareAndSet(false, true)) {
            return;
        }
        try {
            // Even on the FX thread: not in the middle of whatever event or pulse just failed.
            runner.runOnFxThread(() -> show(failure));
        } catch (RuntimeException toolkitGone) {
            // Before the FX toolkit started or after it stopped there is no dialog to show;
            // the log has it.
            dialogOpen.set(false);
        }
    }

    private void show(Throwable failure) {
        try {
            dialog.show(failure, () -> dialogOpen.set(false));
        } catch (RuntimeException e) {
            // Not rethrown: it would come straight back here.
            dialogOpen.set(false);
            LOG.log(System.Logger.Level.ERROR, "could not show the error dialog", e);
        }
    }
}
