package social.woolly.bench;

import java.util.Arrays;

/** Durations in nanoseconds, appended one by one; nearest-rank percentiles. Not thread-safe. */
final class Samples {
    private long[] values = new long[4096];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** The nearest-rank percentile, {@code 0 < p ≤ 100}, in milliseconds; NaN when empty. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double sumMillis() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    /** How many samples are above {@code millis}. */
    int countAbove(double millis) {
        long limit = (long) (millis * 1e6);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] > limit) {
                n++;
            }
        }
        return n;
    }

    /** A copy holding this and {@code other}. */
    Samples plus(Samples other) {
        Samples both = new Samples();
        both.values = Arrays.copyOf(values, Math.max(4096, size + other.size));
        System.arraycopy(other.values, 0, both.values, size, other.size);
        both.size = size + other.size;
        return both;
    }
}
