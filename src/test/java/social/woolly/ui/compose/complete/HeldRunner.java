package social.woolly.ui.compose.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.concurrent.DirectRunner;

/**
 * A {@link BackgroundRunner} that holds API calls until {@link #release()}, so a test can have a
 * search in flight while typing on; cancelled calls never run. Blocking work runs at once.
 */
final class HeldRunner implements BackgroundRunner {
    private final List<Held> held = new ArrayList<>();
    private final DirectRunner direct = new DirectRunner();
    int cancelled;

    @Override
    public <T> Cancellable run(
            ApiCall<T> call, Consumer<? super T> onSuccess, Consumer<? super ApiException> onFailure) {
        Held one = new Held(() -> direct.run(call, onSuccess, onFailure));
        held.add(one);
        return () -> {
            if (!one.cancelled) {
                one.cancelled = true;
                cancelled++;
            }
        };
    }

    @Override
    public <T> Cancellable runBlocking(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        return direct.runBlocking(work, onSuccess, onFailure);
    }

    @Override
    public void runOnFxThread(Runnable action) {
        action.run();
    }

    /** Runs every call that was not cancelled, and returns how many ran. */
    int release() {
        List<Held> due = List.copyOf(held);
        held.clear();
        int ran = 0;
        for (Held one : due) {
            if (!one.cancelled) {
                one.work.run();
                ran++;
            }
        }
        return ran;
    }

    private static final class Held {
        final Runnable work;
        boolean cancelled;

        Held(Runnable work) {
            this.work = work;
        }
    }
}
