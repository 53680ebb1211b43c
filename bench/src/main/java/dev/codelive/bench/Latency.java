package dev.codelive.bench;

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
        long[] sorted = Percentiles.sorted(micros);
        return new Latency(sorted.length, Percentiles.nearestRank(sorted, 50) / 1000.0, Percentiles.nearestRank(sorted, 99) / 1000.0);
    }
}
