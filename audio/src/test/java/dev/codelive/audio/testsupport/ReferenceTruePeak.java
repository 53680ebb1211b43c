package dev.codelive.audio.testsupport;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * True peak by ideal band-limited interpolation, for checking the limiter independently of its own detector: the
 * signal, padded with silence, is upsampled 8x by zero-filling its spectrum (JTransforms), then the largest magnitude
 * is taken.
 */
public final class ReferenceTruePeak {
    private static final int FACTOR = 8;
    private static final int PADDING = 256;

    private ReferenceTruePeak() {}

    public static double dbtp(float[]... channels) {
        double max = 0;
        for (float[] channel : channels) {
            max = Math.max(max, peak(channel));
        }
        return 20 * Math.log10(max);
    }

    private static double peak(float[] samples) {
        int size = Integer.highestOneBit(samples.length + 2 * PADDING - 1) << 1;
        double[] spectrum = new double[size];
        for (int n = 0; n < samples.length; n++) {
            spectrum[PADDING + n] = samples[n];
        }
        new DoubleFFT_1D(size).realForward(spectrum);
        int upSize = size * FACTOR;
        double[] up = new double[upSize];
        // realForward packs Re[0], Re[size/2], then Re/Im pairs; the Nyquist bin is split between +/- frequencies.
        up[0] = spectrum[0];
        for (int k = 1; k < size / 2; k++) {
            up[2 * k] = spectrum[2 * k];
            up[2 * k + 1] = spectrum[2 * k + 1];
        }
        up[size] = spectrum[1] / 2;
        new DoubleFFT_1D(upSize).realInverse(up, true);
        double max = 0;
        for (double value : up) {
            max = Math.max(max, Math.abs(value));
        }
        return max * FACTOR;
    }
}
