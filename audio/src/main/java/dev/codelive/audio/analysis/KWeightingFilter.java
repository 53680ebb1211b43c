package dev.codelive.audio.analysis;

/**
 * The K-weighting of ITU-R BS.1770-4: a high shelf (+4 dB above about 1.5 kHz, the head's effect) followed by the RLB
 * high-pass. BS.1770 gives coefficients for 48 kHz only; here they are derived for any rate from the analogue
 * prototypes' parameters (centre frequency, gain, Q) through the bilinear transform, as libebur128 does, so that 44.1
 * kHz and every other rate get the same response rather than the 48 kHz coefficients applied at the wrong rate.
 */
final class KWeightingFilter {
    private static final double SHELF_HZ = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double HIGH_PASS_HZ = 38.13547087602444;
    private static final double HIGH_PASS_Q = 0.5003270373238773;

    private final Biquad shelf;
    private final Biquad highPass;

    KWeightingFilter(int sampleRate) {
        double k = Math.tan(Math.PI * SHELF_HZ / sampleRate);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / SHELF_Q + k * k;
        this.shelf = new Biquad((vh + vb * k / SHELF_Q + k * k) / a0, 2 * (k * k - vh) / a0,
                (vh - vb * k / SHELF_Q + k * k) / a0, 2 * (k * k - 1) / a0, (1 - k / SHELF_Q + k * k) / a0);
        k = Math.tan(Math.PI * HIGH_PASS_HZ / sampleRate);
        a0 = 1 + k / HIGH_PASS_Q + k * k;
        this.highPass = new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / HIGH_PASS_Q + k * k) / a0);
    }

    Biquad shelf() {
        return shelf;
    }

    Biquad highPass() {
        return highPass;
    }

    /** The channel K-weighted, as a new array. */
    double[] apply(float[] samples) {
        double[] weighted = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            weighted[i] = samples[i];
        }
        shelf.filterInPlace(weighted);
        highPass.filterInPlace(weighted);
        return weighted;
    }
}
