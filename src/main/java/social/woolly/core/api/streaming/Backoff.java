package social.woolly.core.api.streaming;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before each reconnection attempt: capped exponential backoff with jitter.
 *
 * <p>The n-th delay (from 0) is {@code initial × 2ⁿ}, at most {@code cap}, then moved by a random
 * factor within ±{@code jitter} so that many clients dropped by one server restart do not all
 * return in the same second. The result never exceeds {@code cap}: an overshoot is mirrored below it. {@link #reset()} starts over
 * after a connection proved healthy. Not thread-safe: the client calls it under its lock.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration cap;
    private final double jitter;
    private final RandomGenerator random;
    private int attempts;

    /**
     * @param jitter the largest relative deviation, from 0 (none) to below 1 (0.2 is ±20 %)
     * @param random the source of jitter; pass a seeded one in tests
     */
    public Backoff(Duration initial, Duration cap, double jitter, RandomGenerator random) {
        if (!initial.isPositive() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= cap, got " + initial + " and " + cap);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        this.initial = initial;
        this.cap = cap;
        this.jitter = jitter;
        this.random = random;
    }

    /** 1 s doubling up to 60 s, ±20 %. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, RandomGenerator.getDefault());
    }

    /** The delay before the next attempt; each call counts one attempt. */
    public Duration next() {
        long capNanos = cap.toNanos();
        long baseNanos = initial.toNanos();
        for (int i = 0; i < attempts && baseNanos < capNanos; i++) {
            baseNanos *= 2;
        }
        baseNanos = Math.min(capNanos, baseNanos);
        attempts++;
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        long jittered = Math.round(baseNanos * factor);
        if (jittered > capNanos) {
            // Mirror the overshoot below the cap instead of clipping it, so that clients at the cap
            // still spread out rather than all coming back at exactly the cap.
            jittered = Math.max(1, 2 * capNanos - jittered);
        }
        return Duration.ofMillis(Math.max(1, Duration.ofNanos(jittered).toMillis()));
    }

    /** Starts the sequence over at {@code initial}. */
    public void reset() {
        attempts = 0;
    }

    /** How many delays were handed out since the last reset. */
    public int attempts() {
        return attempts;
    }
}
