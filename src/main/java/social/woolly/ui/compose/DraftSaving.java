package social.woolly.ui.compose;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import social.woolly.core.compose.Draft;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * When and how the composer's draft reaches the drafts store: {@link #DELAY} after the last change
 * or at once when asked, off the FX thread, each stored draft told to the listeners. A failure goes
 * to {@code failed}; nothing here throws. FX thread only.
 */
final class DraftSaving {
    static final Duration DELAY = Duration.ofMillis(800);

    private final Drafts drafts;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Consumer<Exception> failed;
    private final List<Consumer<Draft>> listeners = new ArrayList<>();
    private long changedAt = Long.MIN_VALUE;

    DraftSaving(Drafts drafts, BackgroundRunner runner, Clock clock, Consumer<Exception> failed) {
        this.drafts = drafts;
        this.runner = runner;
        this.clock = clock;
        this.failed = failed;
    }

    /** The draft changed now: it is due {@link #DELAY} from now. */
    void changed() {
        changedAt = clock.millis();
    }

    /** Whether a change waits longer than {@link #DELAY}. */
    boolean isDue() {
        return changedAt != Long.MIN_VALUE && clock.millis() - changedAt >= DELAY.toMillis();
    }

    /** Nothing waits any more (the draft left, or is saved). */
    void forget() {
        changedAt = Long.MIN_VALUE;
    }

    /** Stores {@code snapshot} (an empty draft is not stored); what waited is then done. */
    void save(Draft snapshot) {
        forget();
        if (!snapshot.isEmpty()) {
            runner.runBlocking(() -> drafts.save(snapshot), this::stored, failed::accept);
        }
    }

    /** Tells the listeners that {@code draft} is stored (also for saves made elsewhere, while sending). */
    void stored(Draft draft) {
        listeners.forEach(listener -> listener.accept(draft));
    }

    void delete(String draftId) {
        runner.runBlocking(() -> drafts.delete(draftId), deleted -> {}, failed::accept);
    }

    /** The newest stored draft of the account, to {@code found} (FX thread). */
    void newest(String accountKey, Consumer<Optional<Draft>> found) {
        runner.runBlocking(() -> drafts.newest(accountKey), found::accept, failed::accept);
    }

    void onStored(Consumer<Draft> listener) {
        listeners.add(listener);
    }
}
