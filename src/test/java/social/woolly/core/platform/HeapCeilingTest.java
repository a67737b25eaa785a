package social.woolly.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class HeapCeilingTest {
    private static final long MB = 1024 * 1024;

    /** An old generation whose figures the test sets; a collection brings it down to {@code live}. */
    private static final class FakeOld implements HeapCeiling.OldGeneration {
        long used;
        long afterCollection;
        long live;
        int collections;

        @Override
        public long used() {
            return used;
        }

        @Override
        public long usedAfterCollection() {
            return afterCollection;
        }

        void collect() {
            collections++;
            used = live;
            afterCollection = live;
        }
    }

    private final FakeOld old = new FakeOld();
    private long now = Duration.ofHours(1).toNanos();
    private long lastInput = Long.MIN_VALUE / 2;
    private final HeapCeiling ceiling = new HeapCeiling(old, old::collect, () -> now, () -> lastInput);

    private void pass(Duration time) {
        now += time.toNanos();
    }

    /** What the ceiling lets the old generation grow by over {@code base}. */
    private static long allowance(long base) {
        return Math.max(HeapCeiling.MIN_ALLOWANCE, base / 100 * HeapCeiling.ALLOWANCE_PERCENT);
    }

    @Test
    void check_belowTheAllowance_leavesTheHeapAlone() {
        old.used = 60 * MB;
        old.afterCollection = 60 * MB;
        assertThat(ceiling.check()).isFalse();

        old.used = 60 * MB + allowance(60 * MB) - 1;
        assertThat(ceiling.check()).isFalse();
        assertThat(old.collections).isZero();
    }

    @Test
    void check_theAllowanceOverWhatTheLastCollectionLeft_whileQuiet_collects() {
        long base = 200 * MB; // big enough for the percentage to count, not the minimum
        assertThat(allowance(base)).isGreaterThan(HeapCeiling.MIN_ALLOWANCE);
        old.afterCollection = base;
        old.used = base + allowance(base);
        old.live = base + 2 * MB;

        assertThat(ceiling.check()).isTrue();
        assertThat(old.collections).isEqualTo(1);
        // The new base is what the collection left: nothing more to do.
        pass(Duration.ofMinutes(5));
        assertThat(ceiling.check()).isFalse();
    }

    @Test
    void check_smallHeap_allowsAtLeastTheMinimum() {
        old.afterCollection = 20 * MB;
        old.used = 20 * MB + HeapCeiling.MIN_ALLOWANCE - MB;
        assertThat(ceiling.check()).isFalse();

        old.used = 20 * MB + HeapCeiling.MIN_ALLOWANCE;
        assertThat(ceiling.check()).isTrue();
    }

    @Test
    void check_beforeAnyFullCollection_measuresFromTheFirstCheck() {
        long first = 150 * MB; // startup garbage included; there has been no full collection yet
        old.used = first;
        assertThat(ceiling.check()).isFalse();

        old.used = first + allowance(first) - 1;
        assertThat(ceiling.check()).isFalse();
        old.used = first + allowance(first);
        assertThat(ceiling.check()).isTrue();
    }

    @Test
    void check_whileThePersonUsesTheWindow_waitsForAQuietMoment_upToTwiceTheAllowance() {
        long base = 64 * MB;
        old.afterCollection = base;
        old.live = base;
        old.used = base + allowance(base) + MB;
        lastInput = now - Duration.ofMillis(300).toNanos();
        assertThat(ceiling.check()).isFalse();

        pass(Duration.ofSeconds(1));
        assertThat(ceiling.check()).as("a second without input").isTrue();

        old.used = base + 2 * allowance(base) - 1;
        pass(Duration.ofMinutes(1));
        lastInput = now;
        assertThat(ceiling.check()).isFalse();
        old.used = base + 2 * allowance(base); // no more waiting
        assertThat(ceiling.check()).isTrue();
        assertThat(old.collections).isEqualTo(2);
    }

    @Test
    void check_soonAfterACollection_waitsTheMinimumInterval() {
        old.afterCollection = 64 * MB;
        old.used = 100 * MB;
        old.live = 64 * MB;
        assertThat(ceiling.check()).isTrue();

        // The live set itself grew past the allowance: the collection could not bring it down.
        old.live = 100 * MB;
        old.afterCollection = 64 * MB;
        old.used = 100 * MB;
        pass(HeapCeiling.MIN_INTERVAL.minusSeconds(1));
        assertThat(ceiling.check()).isFalse();
        pass(Duration.ofSeconds(1));
        assertThat(ceiling.check()).isTrue();
        assertThat(old.collections).isEqualTo(2);
    }

    @Test
    void start_withTheRunningCollector_schedulesChecksThatCanBeCancelled() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            // Surefire's JVM runs a collector with an old generation (serial, parallel or G1).
            var task = HeapCeiling.start(scheduler, System::nanoTime);
            assertThat(task).isPresent();
            assertThat(task.get().isDone()).isFalse();
            task.get().cancel(false);
            assertThat(task.get().isCancelled()).isTrue();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
