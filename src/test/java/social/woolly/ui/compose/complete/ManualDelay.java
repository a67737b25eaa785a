package social.woolly.ui.compose.complete;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import social.woolly.ui.concurrent.Cancellable;

/** A {@link Delay} whose time passes only when the test says so, in {@link #elapse()}. */
final class ManualDelay implements Delay {
    private final List<Pending> pending = new ArrayList<>();
    Duration lastWait = Duration.ZERO;

    @Override
    public Cancellable after(Duration wait, Runnable action) {
        lastWait = wait;
        Pending one = new Pending(action);
        pending.add(one);
        return () -> one.cancelled = true;
    }

    /** How many actions wait and were not cancelled. */
    int waiting() {
        return (int) pending.stream().filter(p -> !p.cancelled).count();
    }

    /** Lets the time pass: every action not cancelled runs, in order. */
    void elapse() {
        List<Pending> due = List.copyOf(pending);
        pending.clear();
        due.stream().filter(p -> !p.cancelled).forEach(p -> p.action.run());
    }

    private static final class Pending {
        final Runnable action;
        boolean cancelled;

        Pending(Runnable action) {
            this.action = action;
        }
    }
}
