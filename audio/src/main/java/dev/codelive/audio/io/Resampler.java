package dev.codelive.audio.io;

import dev.codelive.audio.dsp.KaiserWindow;
import dev.codelive.audio.PcmAudio;

/**
 * Changes the sample rate by any ratio with a band-limited, Kaiser-windowed sinc interpolator: flat to 0.455 of the
 * lower rate (20 kHz at 44.1 kHz), at least 100 dB down from half the lower rate on, so that nothing aliases or
 * images above the noise floor of 16-bit audio. Zero phase (no delay), deterministic, and the output has exactly
 * {@code round(frames * targetRate / sourceRate)} frames. Thread-safe.
 */
public final class Resampler {
    /** Stopband attenuation the filter is designed for. */
    private static final double ATTENUATION_DB = 100;
    private static final double PASSBAND_EDGE = 0.455;
    private static final double STOPBAND_EDGE = 0.5;
    private static final double CUTOFF = (PASSBAND_EDGE + STOPBAND_EDGE) / 2;
    /** Kernel table resolution per sample of the lower rate; linear interpolation between entries stays ~110 dB down. */
    private static final int TABLE_STEPS = 1024;
    /**
     * Ratios whose reduced fraction has at most this many output phases (44.1k to 48k has 160) get an exact filter
     * per phase, computed once per call; others interpolate the kernel table for every output sample.
     */
    private static final int MAX_EXACT_PHASES = 4096;

    private final KaiserWindow window = KaiserWindow.forAttenuation(ATTENUATION_DB);
    private final double halfLength;
    private final double[] kernel;

    public Resampler() {
        this.halfLength = Math.ceil(KaiserWindow.lengthFor(ATTENUATION_DB, STOPBAND_EDGE - PASSBAND_EDGE) / 2);
        this.kernel = new double[(int) (halfLength * TABLE_STEPS) + 2];
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = window.lowpass((double) i / TABLE_STEPS, CUTOFF, halfLength);
        }
    }

    /**
     * The audio at {@code targetRate}; the same instance when the rate already matches.
     *
     * @throws IllegalArgumentException when the target rate is outside 1000 to 384000 Hz
     */
    public PcmAudio resample(PcmAudio audio, int targetRate) {
        if (targetRate < 1000 || targetRate > 384_000) {
            throw new IllegalArgumentException("target rate must be from 1000 to 384000 Hz, got " + targetRate);
        }
        int sourceRate = audio.sampleRate();
        if (sourceRate == targetRate) {
            return audio;
        }
        long outFrames = (audio.frames() * (long) targetRate * 2 + sourceRate) / (2L * sourceRate);
        if (outFrames > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the resampled audio would have more than 2^31 frames");
        }
        long divisor = gcd(sourceRate, targetRate);
        int step = (int) (sourceRate / divisor);
        int phases = (int) (targetRate / divisor);
        float[][] channels = new float[audio.channelCount()][];
        double[][] bank = phases <= MAX_EXACT_PHASES ? phaseFilters(sourceRate, targetRate, step, phases) : null;
        for (int c = 0; c < channels.length; c++) {
            channels[c] = bank != null
                    ? resampleExact(audio.channel(c), bank, step, phases, (int) outFrames)
                    : resampleInterpolated(audio.channel(c), sourceRate, targetRate, (int) outFrames);
        }
        return new PcmAudio(targetRate, channels);
    }

    /**
     * One filter per output phase: output n sits {@code p / phases} of an input sample past input
     * {@code floor(n * step / phases)}, with {@code p = n * step mod phases}. Filter p's tap j multiplies the input
     * {@code j - radius(...)} samples from there.
     */
    private double[][] phaseFilters(int sourceRate, int targetRate, int step, int phases) {
        int lowRate = Math.min(sourceRate, targetRate);
        double scale = (double) lowRate / sourceRate;
        int radius = radius(sourceRate, targetRate);
        double reach = halfLength / scale;
        double[][] bank = new double[phases][2 * radius + 2];
        for (int p = 0; p < phases; p++) {
            double fraction = (double) p / phases;
            for (int j = 0; j < bank[p].length; j++) {
                double distance = fraction - (j - radius);
                bank[p][j] = Math.abs(distance) < reach ? scale * window.lowpass(distance * scale, CUTOFF, halfLength) : 0;
            }
        }
        return bank;
    }

    /** Input samples each side of an output position that the kernel can reach, rounded up. */
    private int radius(int sourceRate, int targetRate) {
        return (int) Math.ceil(halfLength * sourceRate / Math.min(sourceRate, targetRate));
    }

    private float[] resampleExact(float[] input, double[][] bank, int step, int phases, int outFrames) {
        int radius = (bank[0].length - 2) / 2;
        float[] output = new float[outFrames];
        for (int n = 0; n < outFrames; n++) {
            long position = (long) n * step;
            int whole = (int) (position / phases);
            double[] taps = bank[(int) (position - (long) whole * phases)];
            int start = whole - radius;
            double sum = 0;
            if (start >= 0 && start + taps.length <= input.length) {
                for (int j = 0; j < taps.length; j++) {
                    sum += input[start + j] * taps[j];
                }
            } else {
                for (int j = Math.max(0, -start); j < taps.length && start + j < input.length; j++) {
                    sum += input[start + j] * taps[j];
                }
            }
            output[n] = (float) sum;
        }
        return output;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private float[] resampleInterpolated(float[] input, int sourceRate, int targetRate, int outFrames) {
        int lowRate = Math.min(sourceRate, targetRate);
        // Kernel time runs in samples of the lower rate: input samples are sourceRate/lowRate times closer.
        double reach = halfLength * sourceRate / lowRate;
        double gain = (double) lowRate / sourceRate;
        double tableStep = (double) TABLE_STEPS * lowRate / sourceRate;
        double[] table = kernel;
        float[] output = new float[outFrames];
        for (int n = 0; n < outFrames; n++) {
            // Exact rational position n * sourceRate / targetRate, split into whole and fraction.
            long numerator = (long) n * sourceRate;
            long whole = numerator / targetRate;
            double fraction = (double) (numerator - whole * targetRate) / targetRate;
            int first = (int) Math.max(0, whole - (long) Math.floor(reach - fraction));
            int last = (int) Math.min(input.length - 1L, whole + (long) Math.floor(reach + fraction));
            double sum = 0;
            for (int k = first; k <= last; k++) {
                double u = Math.abs(whole - k + fraction) * tableStep;
                int index = (int) u;
                if (index + 1 < table.length) {
                    double a = u - index;
                    sum += input[k] * (table[index] + a * (table[index + 1] - table[index]));
                }
            }
            output[n] = (float) (sum * gain);
        }
        return output;
    }
}
