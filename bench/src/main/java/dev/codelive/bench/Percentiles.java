package dev.codelive.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured values, shared by the bench commands. */
final class Percentiles {
    private Percentiles() {}

    /** A sorted copy of {@code values}; refuses an empty set, which has no percentiles. */
    static long[] sorted(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no durations measured");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The {@code percent}th percentile of {@code sorted} (ascending, not empty): the smallest value at or above that share. */
    static long nearestRank(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
