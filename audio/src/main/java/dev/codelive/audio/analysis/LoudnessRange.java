package dev.codelive.audio.analysis;

import java.util.Arrays;

/**
 * Loudness range per EBU Tech 3342: of the 3 s short-term loudness values above the absolute gate (-70 LUFS) and
 * above a relative gate 20 LU below their energy mean, the spread from the 10th to the 95th percentile.
 */
final class LoudnessRange {
    private static final double RELATIVE_GATE_LU = -20;
    private static final double LOW_PERCENTILE = 0.10;
    private static final double HIGH_PERCENTILE = 0.95;

    private LoudnessRange() {}

    /** LRA in LU; 0 when fewer than two short-term values pass the gates. */
    static double of(double[] shortTermPowers) {
        double ungated = Loudness.meanLufs(shortTermPowers, Loudness.ABSOLUTE_GATE_LUFS);
        if (ungated == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double gate = Loudness.power(Math.max(Loudness.ABSOLUTE_GATE_LUFS, ungated + RELATIVE_GATE_LU));
        double[] gated = Arrays.stream(shortTermPowers).filter(p -> p > gate).map(Loudness::lufs).sorted().toArray();
        if (gated.length < 2) {
            return 0;
        }
        return percentile(gated, HIGH_PERCENTILE) - percentile(gated, LOW_PERCENTILE);
    }

    /** Linear interpolation between the closest ranks of sorted values. */
    private static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
