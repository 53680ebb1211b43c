package dev.codelive.bench;

/**
 * The spread of the wall times of one way of running a program (nearest rank).
 *
 * @param samples how many runs
 * @param p50Millis the median, in milliseconds
 * @param p95Millis the 95th percentile, in milliseconds
 */
record RunTimes(int samples, double p50Millis, double p95Millis) {

    /** @param nanos wall times in nanoseconds, in any order; at least one */
    static RunTimes ofNanos(long[] nanos) {
        long[] sorted = Percentiles.sorted(nanos);
        return new RunTimes(sorted.length, Percentiles.nearestRank(sorted, 50) / 1e6, Percentiles.nearestRank(sorted, 95) / 1e6);
    }
}
