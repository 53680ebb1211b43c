package dev.codelive.audio.testsupport;

/** Pitch by autocorrelation, for sounds whose strongest partial is not their fundamental (a sung vowel). */
public final class Autocorrelation {

    private Autocorrelation() {}

    /**
     * The fundamental of samples[from, from + length) between minHz and maxHz: the shortest lag whose normalised
     * autocorrelation comes within 5 % of the best one (so not an octave below), refined by a parabola.
     */
    public static double pitchHz(float[] samples, int from, int length, int sampleRate, double minHz, double maxHz) {
        int shortest = (int) Math.floor(sampleRate / maxHz);
        int longest = (int) Math.ceil(sampleRate / minHz);
        double[] correlation = new double[longest + 2];
        for (int lag = shortest - 1; lag <= longest + 1; lag++) {
            double sum = 0;
            double energyA = 0;
            double energyB = 0;
            for (int n = from; n < from + length; n++) {
                sum += (double) samples[n] * samples[n + lag];
                energyA += (double) samples[n] * samples[n];
                energyB += (double) samples[n + lag] * samples[n + lag];
            }
            correlation[lag] = sum / Math.sqrt(energyA * energyB + 1e-30);
        }
        double best = 0;
        for (int lag = shortest; lag <= longest; lag++) {
            best = Math.max(best, correlation[lag]);
        }
        for (int lag = shortest; lag <= longest; lag++) {
            boolean localPeak = correlation[lag] >= correlation[lag - 1] && correlation[lag] >= correlation[lag + 1];
            if (localPeak && correlation[lag] >= 0.95 * best) {
                double left = correlation[lag - 1];
                double right = correlation[lag + 1];
                double offset = 0.5 * (left - right) / (left - 2 * correlation[lag] + right);
                return sampleRate / (lag + offset);
            }
        }
        throw new IllegalStateException("no pitch between " + minHz + " and " + maxHz + " Hz");
    }
}
