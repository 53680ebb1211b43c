package dev.codelive.bench;

/**
 * What one way of running a program costs over a baseline timed in the same rounds (each round runs both once):
 * the differences of their percentiles, the ratio of their medians, and the median of the round-by-round
 * differences, which a slow spell of the machine falling on both runs of a round leaves out.
 *
 * @param baseline the baseline's spread
 * @param measured the measured way's spread
 * @param pairedMedianMillis the median over rounds of (measured − baseline), in milliseconds
 */
record AddedCost(RunTimes baseline, RunTimes measured, double pairedMedianMillis) {

    /** @param baselineNanos and @param measuredNanos wall times by round: index i of both is round i */
    static AddedCost of(long[] baselineNanos, long[] measuredNanos) {
        if (baselineNanos.length != measuredNanos.length) {
            throw new IllegalArgumentException("paired by round, so as many baseline runs as measured ones: "
                    + baselineNanos.length + " and " + measuredNanos.length);
        }
        long[] differences = new long[measuredNanos.length];
        for (int i = 0; i < differences.length; i++) {
            differences[i] = measuredNanos[i] - baselineNanos[i];
        }
        return new AddedCost(RunTimes.ofNanos(baselineNanos), RunTimes.ofNanos(measuredNanos),
                Percentiles.nearestRank(Percentiles.sorted(differences), 50) / 1e6);
    }

    double p50Millis() {
        return measured.p50Millis() - baseline.p50Millis();
    }

    double p95Millis() {
        return measured.p95Millis() - baseline.p95Millis();
    }

    /** The measured median over the baseline's: 1.0 costs nothing. */
    double ratio() {
        return measured.p50Millis() / baseline.p50Millis();
    }
}
