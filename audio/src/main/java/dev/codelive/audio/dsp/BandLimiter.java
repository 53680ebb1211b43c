package dev.codelive.audio.dsp;

/**
 * A linear-phase low-pass at 0.45 of the sample rate (19.8 kHz at 44.1 kHz, inaudible), aligned so that it adds no
 * delay. It clears the band just under the Nyquist frequency, where the peaks between samples are so ill-defined
 * that two good true-peak meters disagree by a dB; what is left, every interpolator measures alike. Immutable.
 */
final class BandLimiter {
    private static final int HALF = 63;
    private static final double CUTOFF = 0.45;
    private static final KaiserWindow WINDOW = new KaiserWindow(7);

    private final FirBank bank;

    BandLimiter() {
        float[] taps = new float[2 * HALF + 1];
        double sum = 0;
        double[] weights = new double[taps.length];
        for (int k = -HALF; k <= HALF; k++) {
            double x = 2 * CUTOFF * k;
            double sinc = k == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            weights[k + HALF] = sinc * WINDOW.at((double) k / (HALF + 1));
            sum += weights[k + HALF];
        }
        for (int i = 0; i < taps.length; i++) {
            taps[i] = (float) (weights[i] / sum);
        }
        this.bank = new FirBank(new float[][] {taps}, HALF);
    }

    /** The filtered signal, same length; the signal counts as silent beyond its ends. */
    float[] process(float[] signal) {
        return bank.applyFirst(signal);
    }
}
