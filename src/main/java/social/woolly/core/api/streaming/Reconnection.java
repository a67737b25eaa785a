package social.woolly.core.api.streaming;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The timing side of staying connected: how long to wait after each lost attempt, and the gap to
 * report once a dropped connection is back. Not thread-safe: the client calls it under its lock.
 */
final class Reconnection {
    private final Clock clock;
    private final Backoff backoff;
    private final Duration healthyAfter;
    private @Nullable Instant openedAt;
    private @Nullable Instant droppedAt;
    private @Nullable Instant lastEventAt;

    Reconnection(Clock clock, Backoff backoff, Duration healthyAfter) {
        this.clock = clock;
        this.backoff = backoff;
        this.healthyAfter = healthyAfter;
    }

    /**
     * Whether an upgrade answered with this HTTP status may succeed later: timeouts, rate limits
     * and server trouble (a proxy's 502 during a deploy). Anything else (404, 400, 403, 501, a 200
     * page …) means this server has no streaming for us.
     */
    static boolean mayRetry(int upgradeStatus) {
        return upgradeStatus == 408
                || upgradeStatus == 429
                || (upgradeStatus >= 500 && upgradeStatus != 501 && upgradeStatus != 505);
    }

    /** A socket opened; if it ends the outage of an earlier connection, the event that says so. */
    Optional<StreamEvent.Resumed> opened() {
        Instant now = clock.instant();
        openedAt = now;
        if (droppedAt == null) {
            return Optional.empty();
        }
        Duration gap = Duration.between(droppedAt, now);
        droppedAt = null;
        return Optional.of(new StreamEvent.Resumed(gap, lastEventAt));
    }

    /** A content event arrived. */
    void received() {
        lastEventAt = clock.instant();
    }

    /**
     * The current attempt ended, open or not; returns the delay before the next. A connection that
     * stayed up for {@code healthyAfter} starts the backoff over.
     */
    Duration lost() {
        Instant now = clock.instant();
        if (openedAt != null) {
            // Only the drop of a working connection starts an outage; failed attempts extend it.
            droppedAt = now;
            if (Duration.between(openedAt, now).compareTo(healthyAfter) >= 0) {
                backoff.reset();
            }
            openedAt = null;
        }
        return backoff.next();
    }
}
