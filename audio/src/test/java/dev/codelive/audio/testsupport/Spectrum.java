package dev.codelive.audio.testsupport;

import org.jtransforms.fft.DoubleFFT_1D;

/** The power spectrum of a stretch of audio (Hann window, JTransforms), with the measurements the tests need. */
public final class Spectrum {
    private final double[] power;
    private final int size;
    private final int sampleRate;

    private Spectrum(double[] power, int size, int sampleRate) {
        this.power = power;
        this.size = size;
        this.sampleRate = sampleRate;
    }

    /** The spectrum of samples[from, from + length), zero-padded to a power of two of at least minSize. */
    public static Spectrum of(float[] samples, int from, int length, int sampleRate, int minSize) {
        int size = Integer.highestOneBit(Math.max(length, minSize) - 1) << 1;
        double[] data = new double[size];
        for (int n = 0; n < length && from + n < samples.length; n++) {
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / (length - 1));
            data[n] = samples[from + n] * window;
        }
        new DoubleFFT_1D(size).realForward(data);
        double[] power = new double[size / 2 + 1];
        power[0] = data[0] * data[0];
        power[size / 2] = data[1] * data[1];
        for (int k = 1; k < size / 2; k++) {
            power[k] = data[2 * k] * data[2 * k] + data[2 * k + 1] * data[2 * k + 1];
        }
        return new Spectrum(power, size, sampleRate);
    }

    public double binHz() {
        return (double) sampleRate / size;
    }

    /**
     * The frequency of the strongest peak between low and high, refined by a parabola through the log power of the
     * peak bin and its neighbours.
     */
    public double peakFrequency(double lowHz, double highHz) {
        int best = strongestBin(lowHz, highHz);
        double left = Math.log(power[best - 1] + 1e-300);
        double centre = Math.log(power[best] + 1e-300);
        double right = Math.log(power[best + 1] + 1e-300);
        double offset = 0.5 * (left - right) / (left - 2 * centre + right);
        return (best + offset) * binHz();
    }

    /** The power of the strongest bin between low and high, relative to the strongest bin overall, in dB. */
    public double peakLevelDb(double lowHz, double highHz) {
        double max = 0;
        for (double p : power) {
            max = Math.max(max, p);
        }
        return 10 * Math.log10(power[strongestBin(lowHz, highHz)] / max);
    }

    /** The share of the total power between low and high. */
    public double energyFraction(double lowHz, double highHz) {
        double total = 0;
        double inside = 0;
        for (int k = 0; k < power.length; k++) {
            double frequency = k * binHz();
            total += power[k];
            if (frequency >= lowHz && frequency < highHz) {
                inside += power[k];
            }
        }
        return inside / total;
    }

    private int strongestBin(double lowHz, double highHz) {
        int from = Math.max(1, (int) Math.ceil(lowHz / binHz()));
        int to = Math.min(power.length - 2, (int) Math.floor(highHz / binHz()));
        int best = from;
        for (int k = from; k <= to; k++) {
            if (power[k] > power[best]) {
                best = k;
            }
        }
        return best;
    }
}
