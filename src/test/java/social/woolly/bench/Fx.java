package social.woolly.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Runs a bit of code on the FX thread and waits for its result. */
final class Fx {
    // Long: a busy FX thread (a backlog of streamed posts) may take minutes to get to it.
    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    private Fx() {}

    /**
     * {@code task}'s result, computed on the FX thread.
     *
     * @throws IllegalStateException if the toolkit is not running (yet)
     */
    static <T> T call(Callable<T> task) throws InterruptedException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("failed on the FX thread", e.getCause());
        }
    }

    static void run(Runnable task) throws InterruptedException, TimeoutException {
        call(() -> {
            task.run();
            return true;
        });
    }
}
