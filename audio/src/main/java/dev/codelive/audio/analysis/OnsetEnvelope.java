package dev.codelive.audio.analysis;

import dev.codelive.audio.PcmAudio;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * How strongly new sound starts at each moment: the spectral flux of the mono mix (the summed rise of log-compressed
 * STFT magnitudes from one frame to the next), every 5 ms, less its local average so that only onsets remain.
 *
 * @param strength the onset strength per frame, never negative
 * @param frameRate frames per second
 */
record OnsetEnvelope(double[] strength, double frameRate) {
    private static final double HOP_SECONDS = 0.005;
    /** About 23 ms: short enough to separate sixteenth notes at 200 bpm, long enough to resolve a kick drum. */
    private static final double WINDOW_SECONDS = 0.023;
    /** Log compression: loud and soft onsets count more evenly, as they do to the ear. */
    private static final double COMPRESSION = 1000;
    private static final double LOCAL_AVERAGE_SECONDS = 0.5;
    /** Band edges in Hz: kick, bass, snare body, mid, presence, air. */
    private static final double[] BAND_EDGES_HZ = {0, 200, 500, 1200, 3000, 7000};

    static OnsetEnvelope of(PcmAudio audio) {
        int rate = audio.sampleRate();
        int size = Integer.highestOneBit((int) Math.ceil(WINDOW_SECONDS * rate) * 2 - 1);
        int hop = Math.max(1, (int) Math.round(rate * HOP_SECONDS));
        float[] mono = audio.mixdown();
        int frames = mono.length / hop + 1;
        double[] window = new double[size];
        double windowSum = 0;
        for (int i = 0; i < size; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
            windowSum += window[i];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        double[] buffer = new double[size];
        double[] previous = new double[size / 2];
        double[] current = new double[size / 2];
        int[] band = bandOfBin(size, rate);
        double[][] flux = new double[BAND_EDGES_HZ.length][frames];
        for (int f = 0; f < frames; f++) {
            int centre = f * hop;
            for (int i = 0; i < size; i++) {
                int at = centre - size / 2 + i;
                buffer[i] = at >= 0 && at < mono.length ? mono[at] * window[i] : 0;
            }
            fft.realForward(buffer);
            for (int k = 1; k < size / 2; k++) {
                double magnitude = 2 * Math.hypot(buffer[2 * k], buffer[2 * k + 1]) / windowSum;
                current[k] = Math.log1p(COMPRESSION * magnitude);
                if (f > 0) {
                    flux[band[k]][f] += Math.max(0, current[k] - previous[k]);
                }
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        double frameRate = (double) rate / hop;
        return new OnsetEnvelope(withoutLocalAverage(balanced(flux), (int) Math.round(LOCAL_AVERAGE_SECONDS * frameRate / 2)),
                frameRate);
    }

    private static int[] bandOfBin(int size, int rate) {
        int[] band = new int[size / 2];
        for (int k = 0; k < band.length; k++) {
            double hz = (double) k * rate / size;
            while (band[k] + 1 < BAND_EDGES_HZ.length && hz >= BAND_EDGES_HZ[band[k] + 1]) {
                band[k]++;
            }
        }
        return band;
    }

    /**
     * The bands' fluxes summed, each first divided by its own mean, so that a kick (a few low bins) counts as much
     * as a snare (many bins): otherwise the accent pattern, not the pulse, decides the tempo. Bands far quieter than
     * the busiest are not raised above a hundredth of it, so that near-empty bands do not turn into noise.
     */
    private static double[] balanced(double[][] flux) {
        double[] means = new double[flux.length];
        double busiest = 0;
        for (int b = 0; b < flux.length; b++) {
            means[b] = java.util.Arrays.stream(flux[b]).average().orElse(0);
            busiest = Math.max(busiest, means[b]);
        }
        double[] sum = new double[flux[0].length];
        if (busiest == 0) {
            return sum;
        }
        for (int b = 0; b < flux.length; b++) {
            double scale = 1 / (means[b] + 0.01 * busiest);
            for (int f = 0; f < sum.length; f++) {
                sum[f] += flux[b][f] * scale;
            }
        }
        return sum;
    }

    /** Each value less the mean of those within {@code radius} frames, floored at 0. */
    private static double[] withoutLocalAverage(double[] values, int radius) {
        double[] prefix = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(values.length, i + radius + 1);
            result[i] = Math.max(0, values[i] - (prefix[to] - prefix[from]) / (to - from));
        }
        return result;
    }
}
