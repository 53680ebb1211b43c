package dev.codelive.audio;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The magnitude spectrum of a stretch of samples, for tests that look for a tone or for what should not be there.
 * Levels come through a flat-top window (amplitude right to about 0.01 dB wherever the tone falls between bins,
 * sidelobes under -90 dB); the peak frequency through a Blackman-Harris window, whose narrower main lobe locates it.
 */
public final class SpectrumProbe {
    private static final double[] FLAT_TOP = {0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368};
    private static final double[] BLACKMAN_HARRIS = {0.35875, 0.48829, 0.14128, 0.01168};

    private final double[] flatTop;
    private final double[] blackmanHarris;
    private final double binHz;

    private SpectrumProbe(double[] flatTop, double[] blackmanHarris, double binHz) {
        this.flatTop = flatTop;
        this.blackmanHarris = blackmanHarris;
        this.binHz = binHz;
    }

    /** The spectrum of {@code length} samples (a power of two) from {@code start}. */
    public static SpectrumProbe of(float[] samples, int start, int length, int sampleRate) {
        return new SpectrumProbe(magnitudes(samples, start, length, FLAT_TOP),
                magnitudes(samples, start, length, BLACKMAN_HARRIS), (double) sampleRate / length);
    }

    /** Magnitudes scaled so that a sine of amplitude A shows A in its bin; the window is a0 - a1 cos x + a2 cos 2x - ... */
    private static double[] magnitudes(float[] samples, int start, int length, double[] window) {
        double[] data = new double[length];
        double windowSum = 0;
        for (int i = 0; i < length; i++) {
            double w = 0;
            for (int k = 0; k < window.length; k++) {
                w += (k % 2 == 0 ? 1 : -1) * window[k] * Math.cos(2 * Math.PI * k * i / length);
            }
            data[i] = samples[start + i] * w;
            windowSum += w;
        }
        new DoubleFFT_1D(length).realForward(data);
        double[] magnitudes = new double[length / 2];
        magnitudes[0] = Math.abs(data[0]) / windowSum;
        for (int k = 1; k < length / 2; k++) {
            magnitudes[k] = 2 * Math.hypot(data[2 * k], data[2 * k + 1]) / windowSum;
        }
        return magnitudes;
    }

    /** The frequency of the strongest bin, refined by a parabola through it and its neighbours' log magnitudes. */
    public double peakHz() {
        int best = 1;
        for (int k = 1; k < blackmanHarris.length - 1; k++) {
            if (blackmanHarris[k] > blackmanHarris[best]) {
                best = k;
            }
        }
        double a = Math.log(blackmanHarris[best - 1] + 1e-30);
        double b = Math.log(blackmanHarris[best] + 1e-30);
        double c = Math.log(blackmanHarris[best + 1] + 1e-30);
        return (best + 0.5 * (a - c) / (a - 2 * b + c)) * binHz;
    }

    /** The amplitude of a sine at this frequency, in dBFS (the strongest bin within 4 bins of it). */
    public double levelDbAt(double hz) {
        int center = (int) Math.round(hz / binHz);
        double best = 0;
        for (int k = Math.max(0, center - 4); k <= Math.min(flatTop.length - 1, center + 4); k++) {
            best = Math.max(best, flatTop[k]);
        }
        return 20 * Math.log10(best + 1e-30);
    }

    /** The strongest bin outside {@code [fromHz, toHz]}, in dBFS: whatever leaked, imaged or aliased. */
    public double strongestDbOutside(double fromHz, double toHz) {
        double best = 0;
        for (int k = 0; k < flatTop.length; k++) {
            double hz = k * binHz;
            if (hz < fromHz || hz > toHz) {
                best = Math.max(best, flatTop[k]);
            }
        }
        return 20 * Math.log10(best + 1e-30);
    }
}
