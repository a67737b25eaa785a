package social.woolly.ui.timeline;

import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import social.woolly.core.timeline.ReadPosition;
import social.woolly.core.timeline.StatusEntry;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The home timeline's read marker on screen: fetched once, jumped to when its post is loaded,
 * and moved forward (never back) as the person reads; saving is debounced by {@link ReadPosition}.
 * A server without markers turns it off quietly. FX thread only.
 */
final class ReadMarker {
    private final ReadPosition position;
    private final BackgroundRunner runner;
    private @Nullable String pendingJump;
    private @Nullable String reportedKey;

    ReadMarker(ReadPosition position, BackgroundRunner runner) {
        this.position = position;
        this.runner = runner;
    }

    /** Asks the server where the person stopped; {@code found} runs when the answer is in. */
    void fetch(Runnable found) {
        runner.run(
                position.fetch(),
                answer -> position.restored(answer).ifPresent(id -> {
                    pendingJump = StatusEntry.keyOf(id);
                    found.run();
                }),
                failure -> {
                    // No marker, no jump: the timeline opens at the top as usual.
                });
    }

    /** The row to scroll to, once, as soon as it is loaded. */
    Optional<String> jumpIfLoaded(ToIntFunction<String> indexOf) {
        String key = pendingJump;
        if (key == null || indexOf.applyAsInt(key) < 0) {
            return Optional.empty();
        }
        pendingJump = null;
        reportedKey = key;
        return Optional.of(key);
    }

    /**
     * The row {@code key} is at the top of the viewport. Only a row above the last reported one
     * (newer) moves the marker: scrolling down does not unread.
     */
    void read(String key, @Nullable String statusId, ToIntFunction<String> indexOf) {
        int at = indexOf.applyAsInt(key);
        if (statusId == null || at < 0) {
            return;
        }
        int reported = reportedKey == null ? Integer.MAX_VALUE : indexOf.applyAsInt(reportedKey);
        if (at < reported || reported < 0) {
            reportedKey = key;
            position.readPositionChanged(statusId);
        }
    }

    void saveIfDue() {
        position.saveIfDue().ifPresent(call -> runner.run(call, position::saved, position::saveFailed));
    }

    void saveNow() {
        position.saveNow().ifPresent(call -> runner.run(call, position::saved, position::saveFailed));
    }
}
