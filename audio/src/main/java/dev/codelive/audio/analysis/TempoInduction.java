package dev.codelive.audio.analysis;

import java.util.Arrays;

/**
 * Finds the beat period in an onset envelope from its autocorrelation, in two steps.
 * <ol>
 *   <li>A comb: the mean autocorrelation at the first four multiples of each candidate period (60 to 200 bpm, 0.05
 *       bpm apart). It peaks at every metrical level whose multiples all line up with onsets, and highest at the
 *       slowest of them, whose multiples skip the weaker off-beats.</li>
 *   <li>A climb: from there, double the tempo while the onsets halfway between the beats are strong enough, i.e.
 *       while the correlation at the odd multiples of the faster period is at least {@value #CLIMB_RATIO} of that at
 *       the even ones. A backbeat (snare between kicks) passes; off-beat hi-hats, quieter than the kicks they sit
 *       between, and empty half-beats do not.</li>
 * </ol>
 */
final class TempoInduction {
    static final double MIN_BPM = 60;
    static final double MAX_BPM = 200;
    private static final double STEP_BPM = 0.05;
    private static final int COMB_TEETH = 4;
    /** Measured on drum patterns: beats with a backbeat score 0.5 to 1, off-beat eighth hats 0.1 to 0.45. */
    static final double CLIMB_RATIO = 0.5;

    private TempoInduction() {}

    static TempoEstimate estimate(OnsetEnvelope envelope) {
        int maxLag = (int) Math.ceil(COMB_TEETH * 60 * envelope.frameRate() / MIN_BPM) + 2;
        double[] correlation = normalisedAutocorrelation(envelope.strength(), maxLag);
        if (correlation == null) {
            return TempoEstimate.none();
        }
        double frameRate = envelope.frameRate();
        double bpm = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double candidate = MIN_BPM; candidate <= MAX_BPM + 1e-9; candidate += STEP_BPM) {
            double score = comb(correlation, frameRate, candidate);
            if (score > bestScore) {
                bestScore = score;
                bpm = candidate;
            }
        }
        bpm = refine(correlation, frameRate, bpm);
        while (2 * bpm <= MAX_BPM && halfBeatSupport(correlation, frameRate, 2 * bpm) >= CLIMB_RATIO) {
            bpm = refine(correlation, frameRate, 2 * bpm);
        }
        double strength = comb(correlation, frameRate, bpm);
        if (!(strength > 0)) {
            return TempoEstimate.none();
        }
        return new TempoEstimate(bpm, Math.min(1, strength));
    }

    /** How well onsets recur at the odd multiples of the period of {@code bpm}, relative to the even ones. */
    private static double halfBeatSupport(double[] correlation, double frameRate, double bpm) {
        double period = 60 * frameRate / bpm;
        double odd = interpolate(correlation, period) + interpolate(correlation, 3 * period);
        double even = interpolate(correlation, 2 * period) + interpolate(correlation, 4 * period);
        return even > 0 ? odd / even : 0;
    }

    /** The mean of the autocorrelation at the first multiples of the period of {@code bpm}. */
    private static double comb(double[] correlation, double frameRate, double bpm) {
        double period = 60 * frameRate / bpm;
        double sum = 0;
        for (int k = 1; k <= COMB_TEETH; k++) {
            sum += interpolate(correlation, k * period);
        }
        return sum / COMB_TEETH;
    }

    /** The peak of the comb near {@code bpm}, from a parabola through the grid points around it. */
    private static double refine(double[] correlation, double frameRate, double bpm) {
        double before = comb(correlation, frameRate, bpm - STEP_BPM);
        double at = comb(correlation, frameRate, bpm);
        double after = comb(correlation, frameRate, bpm + STEP_BPM);
        double curvature = before - 2 * at + after;
        if (curvature >= 0) {
            return bpm;
        }
        double offset = Math.max(-1, Math.min(1, 0.5 * (before - after) / curvature));
        return Math.max(MIN_BPM, Math.min(MAX_BPM, bpm + offset * STEP_BPM));
    }

    /**
     * The autocorrelation of the mean-removed envelope up to {@code maxLag}, unbiased (each lag divided by its number
     * of products) and divided by its value at lag 0; null when the envelope is flat (silence). Computed directly:
     * only a few seconds of lags are needed, so this is cheaper than a transform of the whole envelope.
     */
    private static double[] normalisedAutocorrelation(double[] envelope, int maxLag) {
        int n = envelope.length;
        double mean = Arrays.stream(envelope).average().orElse(0);
        double[] centred = Arrays.stream(envelope).map(value -> value - mean).toArray();
        double[] correlation = new double[Math.min(n, maxLag + 1)];
        for (int lag = 0; lag < correlation.length; lag++) {
            double sum = 0;
            for (int i = 0; i + lag < n; i++) {
                sum += centred[i] * centred[i + lag];
            }
            correlation[lag] = sum / (n - lag);
        }
        double zero = correlation.length == 0 ? 0 : correlation[0];
        if (!(zero > 1e-12)) {
            return null;
        }
        for (int lag = 0; lag < correlation.length; lag++) {
            correlation[lag] /= zero;
        }
        return correlation;
    }

    private static double interpolate(double[] values, double position) {
        int below = (int) position;
        if (below + 1 >= values.length) {
            return 0;
        }
        double fraction = position - below;
        return values[below] * (1 - fraction) + values[below + 1] * fraction;
    }
}
