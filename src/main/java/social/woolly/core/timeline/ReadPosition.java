package social.woolly.core.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MarkerMethods;

/**
 * Where the person stopped reading the home timeline, kept on the server with the markers API so
 * every client resumes there. Restores it on start and saves it as they read, debounced: the
 * model says when a save is due and the caller schedules it (with the same {@link Clock}).
 *
 * <p>Servers without markers (404, 405, 501) turn the feature off quietly, and so does a save
 * refused with another lasting 4xx. Thread-confined like
 * {@link Timeline}; the calls it returns block and run elsewhere.
 */
public final class ReadPosition {
    /** Quiet time after the last change before saving. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);

    /** Longest a change waits while the person keeps scrolling. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(15);

    /**
     * What the server said about the home marker.
     *
     * @param supported {@code false} if the server has no markers
     * @param lastReadId the saved position, {@code null} if none
     */
    public record Answer(boolean supported, @Nullable String lastReadId) {}

    private final MarkerMethods markers;
    private final Clock clock;
    private final Duration delay;
    private final Duration maxDelay;
    private boolean supported = true;
    private @Nullable String saved;
    private @Nullable String pending;
    private @Nullable String inFlight;
    private @Nullable Instant firstChangeAt;
    private @Nullable Instant dueAt;

    public ReadPosition(MarkerMethods markers, Clock clock) {
        this(markers, clock, DEFAULT_DELAY, DEFAULT_MAX_DELAY);
    }

    public ReadPosition(MarkerMethods markers, Clock clock, Duration delay, Duration maxDelay) {
        this.markers = markers;
        this.clock = clock;
        this.delay = delay;
        this.maxDelay = maxDelay;
    }

    public boolean isSupported() {
        return supported;
    }

    /** Asks the server for the saved position. */
    public ApiCall<Answer> fetch() {
        return new MarkerCall(markers.get());
    }

    /** The saved position to scroll to, if the server has one. */
    public Optional<String> restored(Answer answer) {
        if (!answer.supported()) {
            turnOff();
        } else if (answer.lastReadId() != null && saved == null) {
            saved = answer.lastReadId();
        }
        return Optional.ofNullable(answer.lastReadId());
    }

    /** The person now reads at this status (the topmost one in view; for a reblog, its own id). */
    public void readPositionChanged(String statusId) {
        if (!supported || statusId.equals(pending)) {
            return;
        }
        if (statusId.equals(saved) && inFlight == null) {
            pending = null;
            dueAt = null;
            return;
        }
        Instant now = clock.instant();
        if (pending == null || firstChangeAt == null) {
            firstChangeAt = now;
        }
        pending = statusId;
        Instant quiet = now.plus(delay);
        Instant latest = firstChangeAt.plus(maxDelay);
        dueAt = quiet.isBefore(latest) ? quiet : latest;
    }

    /** When to call {@link #saveIfDue()} next; empty if nothing waits. */
    public Optional<Instant> saveDueAt() {
        return inFlight == null ? Optional.ofNullable(dueAt) : Optional.empty();
    }

    /** The save to run now, if one is due (none while another is in flight). */
    public Optional<ApiCall<Answer>> saveIfDue() {
        if (dueAt == null || clock.instant().isBefore(dueAt)) {
            return Optional.empty();
        }
        return saveNow();
    }

    /** The save to run at once (on close), if anything changed. */
    public Optional<ApiCall<Answer>> saveNow() {
        String id = pending;
        if (!supported || id == null || inFlight != null) {
            return Optional.empty();
        }
        inFlight = id;
        pending = null;
        dueAt = null;
        firstChangeAt = null;
        return Optional.of(new MarkerCall(markers.save(id, null)));
    }

    /** A save finished. */
    public void saved(Answer answer) {
        if (!answer.supported()) {
            turnOff();
            return;
        }
        saved = inFlight;
        inFlight = null;
    }

    /**
     * A save failed: try again later (a save never shows an error). A refusal that will not change
     * on its own (a 4xx other than 408, 409 and 425) turns the feature off instead, as a 404 does.
     */
    public void saveFailed(ApiException failure) {
        String id = inFlight;
        inFlight = null;
        if (id == null || !supported) {
            return;
        }
        if (failure instanceof ApiException.Rejected rejected && isLasting(rejected.status())) {
            // Retrying every maxDelay for as long as the app runs would only repeat the refusal.
            turnOff();
            return;
        }
        if (pending == null) {
            pending = id;
            firstChangeAt = clock.instant();
        }
        Duration wait = failure instanceof ApiException.RateLimited limited ? limited.retryAfter() : maxDelay;
        dueAt = clock.instant().plus(wait);
    }

    // 408 (timeout), 409 (Mastodon: two clients saved at once) and 425 (too early) pass on retry.
    private static boolean isLasting(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 409 && status != 425;
    }

    private void turnOff() {
        supported = false;
        pending = null;
        inFlight = null;
        dueAt = null;
    }
}
