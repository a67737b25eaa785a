package social.woolly.core.platform;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the Java heap close to what the app really holds. With the serial collector (the launcher's),
 * an object that dies after surviving a young collection (above all a picture scrolled past) waits in
 * the old generation for a full collection, and the old generation grows to take new arrivals instead
 * of collecting: a full collection comes by itself only at the maximum heap. In the timeline soak that
 * was 35 MB more committed heap after two minutes of scrolling while the live set grew 4 MB
 * (docs/bench/README.md). This asks for a full collection once the old generation holds {@link
 * #ALLOWANCE_PERCENT} % more than after the last one (at least {@link #MIN_ALLOWANCE}), at a moment
 * without input when it can: the heap then shrinks back (the launcher's {@code -XX:-ShrinkHeapInSteps}
 * and small free ratios). ADR 0004 says why this and not a smaller maximum heap.
 *
 * <p>A full collection of Woolly's heap stops every thread for 80–130 ms (2 vCPUs), so it comes at
 * most every {@link #MIN_INTERVAL}, and while the person is using the window only once the garbage is
 * twice the allowance. Does nothing without an old generation it can read (other collectors' names).
 */
public final class HeapCeiling {
    private static final Logger LOG = Logger.getLogger(HeapCeiling.class.getName());

    static final long MIN_ALLOWANCE = 6L * 1024 * 1024;
    /** Allowed growth, in percent of what the old generation held after the last full collection. */
    static final int ALLOWANCE_PERCENT = 10;

    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    /** The old generation's figures, in bytes. */
    interface OldGeneration {
        long used();

        /** What it held after the last collection of it; 0 before the first. */
        long usedAfterCollection();
    }

    private final OldGeneration old;
    private final Runnable collect;
    private final LongSupplier nanoTime;
    private final LongSupplier lastInputNanos;
    private long firstSeen = -1;
    private long lastCollection;
    private boolean collected;

    HeapCeiling(OldGeneration old, Runnable collect, LongSupplier nanoTime, LongSupplier lastInputNanos) {
        this.old = old;
        this.collect = collect;
        this.nanoTime = nanoTime;
        this.lastInputNanos = lastInputNanos;
    }

    /**
     * Checks the heap every {@link #CHECK_INTERVAL} on {@code scheduler} until the returned task is
     * cancelled; empty when the running collector has no old generation this understands.
     *
     * @param lastInputNanos when the person last used the window, in {@link System#nanoTime()} time
     */
    public static Optional<ScheduledFuture<?>> start(ScheduledExecutorService scheduler, LongSupplier lastInputNanos) {
        return oldGeneration().map(pool -> {
            HeapCeiling ceiling = new HeapCeiling(
                    new OldGeneration() {
                        @Override
                        public long used() {
                            return pool.getUsage().getUsed();
                        }

                        @Override
                        public long usedAfterCollection() {
                            var usage = pool.getCollectionUsage();
                            return usage == null ? 0 : usage.getUsed();
                        }
                    },
                    System::gc,
                    System::nanoTime,
                    lastInputNanos);
            long every = CHECK_INTERVAL.toMillis();
            return scheduler.scheduleWithFixedDelay(ceiling::checkQuietly, every, every, TimeUnit.MILLISECONDS);
        });
    }

    private static Optional<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .filter(pool -> {
                    String name = pool.getName().toLowerCase(Locale.ROOT);
                    return name.contains("old") || name.contains("tenured");
                })
                .findFirst();
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; a bad reading only skips this check.
            LOG.log(Level.FINE, "heap check failed", e);
        }
    }

    /**
     * One check: collects when the old generation has grown past the allowance since the last full
     * collection (or since the first check, before any), the last one this asked for was long
     * enough ago, and either the window has been quiet or the growth is twice the allowance.
     *
     * @return whether it collected
     */
    boolean check() {
        long used = old.used();
        if (firstSeen < 0) {
            firstSeen = used;
        }
        long afterCollection = old.usedAfterCollection();
        long base = afterCollection > 0 ? afterCollection : firstSeen;
        long allowance = Math.max(MIN_ALLOWANCE, base / 100 * ALLOWANCE_PERCENT);
        long grown = used - base;
        long now = nanoTime.getAsLong();
        if (grown < allowance || (collected && now - lastCollection < MIN_INTERVAL.toNanos())) {
            return false;
        }
        boolean quiet = now - lastInputNanos.getAsLong() >= QUIET.toNanos();
        if (!quiet && grown < 2 * allowance) {
            return false;
        }
        collect.run();
        collected = true;
        lastCollection = nanoTime.getAsLong();
        LOG.fine(() -> String.format(
                Locale.ROOT,
                "old generation %.1f MB, %.1f MB after the last collection: collected, now %.1f MB",
                used / 1e6,
                base / 1e6,
                old.usedAfterCollection() / 1e6));
        return true;
    }
}
