package social.woolly.ui.compose.complete;

import java.time.Duration;
import social.woolly.ui.concurrent.Cancellable;

/** Runs an action on the FX thread after a while, unless cancelled first: for debouncing. */
@FunctionalInterface
interface Delay {

    /** Runs {@code action} on the FX thread after {@code wait}; cancelling before guarantees it never runs. */
    Cancellable after(Duration wait, Runnable action);
}
