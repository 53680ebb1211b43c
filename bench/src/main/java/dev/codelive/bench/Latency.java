package dev.codelive.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of durations (nearest rank).
 *
 * @param samples how many durations
 * @param p50Millis the median, in milliseconds
 * @param p99Millis the 99th percentile, in milliseconds
 */
record Latency(int samples, double p50Millis, double p99Millis) {

    /** @param micros durations in microseconds, in any order; at least one */
    static Latency ofMicros(long[] micros) {
        if (micros.length == 0) {
            throw new IllegalArgumentException("no durations measured");
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0);
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
