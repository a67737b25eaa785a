package social.woolly.ui.compose.complete;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import social.woolly.ui.concurrent.BackgroundRunner;

/** A {@link Delay} on the app's scheduler, hopping to the FX thread through the runner. */
final class FxDelay implements Delay {
    private final ScheduledExecutorService scheduler;
    private final BackgroundRunner runner;

    FxDelay(ScheduledExecutorService scheduler, BackgroundRunner runner) {
        this.scheduler = scheduler;
        this.runner = runner;
    }

    @Override
    public social.woolly.ui.concurrent.Cancellable after(Duration wait, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        var future = scheduler.schedule(
                () -> runner.runOnFxThread(() -> {
                    // Checked on the FX thread, where cancel() runs: a hop already queued is dropped.
                    if (!cancelled.get()) {
                        action.run();
                    }
                }),
                wait.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }
}
