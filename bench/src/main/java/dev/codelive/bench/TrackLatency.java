package dev.codelive.bench;

import java.util.Arrays;

/**
 * The spread of a set of job latencies (nearest rank), in seconds.
 *
 * @param jobs how many latencies
 */
record TrackLatency(int jobs, double p50Seconds, double p95Seconds, double maxSeconds, double meanSeconds) {

    /** @param nanos latencies in nanoseconds, in any order; at least one */
    static TrackLatency ofNanos(long[] nanos) {
        long[] sorted = Percentiles.sorted(nanos);
        return new TrackLatency(sorted.length, Percentiles.nearestRank(sorted, 50) / 1e9, Percentiles.nearestRank(sorted, 95) / 1e9,
                sorted[sorted.length - 1] / 1e9, Arrays.stream(sorted).average().orElseThrow() / 1e9);
    }
}
