package dev.codelive.audio.dsp;

import dev.codelive.audio.PcmAudio;
import java.util.Arrays;

/**
 * A look-ahead brick-wall limiter on true peaks. It first clears the band above 0.45 of the sample rate
 * ({@link BandLimiter}), where true peaks are ill-defined, then measures each frame's true peak
 * ({@link TruePeakDetector}), works out the gain each frame needs, holds the lowest need of the look-ahead window
 * (and of the interpolator's reach on either side, so every sample that shapes a peak is turned down with it),
 * releases smoothly, and averages the gain twice over the look-ahead so that it glides down in an S-curve. The
 * output is then measured again, and any peak still over the ceiling (the gain curve moving between samples can
 * nudge one) is limited again, so the output's true peak never exceeds the ceiling. Offline and immutable.
 */
public final class TruePeakLimiter {
    private static final int MAX_PASSES = 4;
    /** Frames on either side of a peak held at its gain: the interpolator's main reach, so a peak's neighbours
     * come down with it. */
    private static final int HOLD = TruePeakDetector.TAPS / 2;
    /**
     * Each pass aims this much below the ceiling (dB): room for the gain moving between samples, and for content so
     * close to the Nyquist frequency (a hard cut at the end, aliased square waves) that a finite interpolator reads it
     * a little low.
     */
    private static final double PASS_MARGIN_DB = 0.15;

    /**
     * The limiter's settings.
     *
     * @param ceilingDbtp the highest true peak allowed in the output, -20 to 0 dBTP
     * @param lookaheadSeconds how early the gain starts to come down before a peak, 0.5 to 20 ms
     * @param releaseSeconds time constant of the gain coming back up, 1 ms to 2 s
     */
    public record Settings(double ceilingDbtp, double lookaheadSeconds, double releaseSeconds) {
        public Settings {
            if (!(ceilingDbtp >= -20 && ceilingDbtp <= 0)) {
                throw new IllegalArgumentException("ceiling must be from -20 to 0 dBTP, got " + ceilingDbtp);
            }
            if (!(lookaheadSeconds >= 0.0005 && lookaheadSeconds <= 0.02)) {
                throw new IllegalArgumentException("look-ahead must be from 0.5 to 20 ms, got " + lookaheadSeconds);
            }
            if (!(releaseSeconds >= 0.001 && releaseSeconds <= 2)) {
                throw new IllegalArgumentException("release must be from 1 ms to 2 s, got " + releaseSeconds);
            }
        }
    }

    private final Settings settings;
    private final TruePeakDetector detector = new TruePeakDetector();
    private final BandLimiter bandLimiter = new BandLimiter();

    public TruePeakLimiter(Settings settings) {
        this.settings = settings;
    }


    /** The limited audio: same rate, channels and length, true peak at most the ceiling. */
    public PcmAudio process(PcmAudio input) {
        double ceiling = Db.toGain(settings.ceilingDbtp());
        int lookahead = Math.max(1, (int) Math.round(settings.lookaheadSeconds() * input.sampleRate()));
        double release = Math.exp(-1 / (settings.releaseSeconds() * input.sampleRate()));
        // Silence on both sides lets the detector see the overshoot just before the first and after the last frame
        // (up to the interpolator's reach away), and gives the gain room to come down before a loud start (the hold
        // and both running means), so that the gain curve's guarantee holds from the first frame.
        int padding = TruePeakDetector.TAPS / 2 + HOLD + 2 * lookahead + 1;
        float[][] channels = new float[input.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            float[] padded = new float[input.frames() + 2 * padding];
            System.arraycopy(input.channel(c), 0, padded, padding, input.frames());
            channels[c] = bandLimiter.process(padded);
            // The output ends where the input does: cut the filter's ringing off now, so that the peaks measured are
            // those of the audio that leaves.
            Arrays.fill(channels[c], 0, padding, 0f);
            Arrays.fill(channels[c], padding + input.frames(), channels[c].length, 0f);
        }
        limit(channels, ceiling, lookahead, release);
        float[][] out = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            out[c] = Arrays.copyOfRange(channels[c], padding, padding + input.frames());
        }
        return new PcmAudio(input.sampleRate(), out);
    }

    private void limit(float[][] channels, double ceiling, int lookahead, double release) {
        TruePeakDetector.Meter meter = detector.meter();
        float[] peaks = new float[channels[0].length];
        meter.framePeaks(channels, 0, peaks.length, peaks);
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            if (max(peaks) <= ceiling) {
                return;
            }
            double target = ceiling * Db.toGain(-PASS_MARGIN_DB * pass);
            float[] gains = gainCurve(peaks, target, lookahead, release);
            applyGain(channels, gains);
            remeasureWhereChanged(meter, channels, gains, peaks);
        }
        // Not reached in practice; a plain scale is the one move sure to land under the ceiling.
        double peak = detector.maxPeak(channels);
        if (peak > ceiling) {
            applyGain(channels, constant(channels[0].length, (float) (ceiling / peak * Db.toGain(-PASS_MARGIN_DB))));
        }
    }

    /** Peaks can only have moved where the gain did, give or take the interpolator's reach: measure those again. */
    private static void remeasureWhereChanged(TruePeakDetector.Meter meter, float[][] channels, float[] gains,
                                              float[] peaks) {
        int frames = gains.length;
        int reach = TruePeakDetector.TAPS / 2 + 1;
        int runStart = -1;
        int lastChanged = -1;
        for (int n = 0; n < frames; n++) {
            if (gains[n] < 1) {
                if (runStart >= 0 && n - lastChanged > 2 * reach) {
                    meter.framePeaks(channels, Math.max(0, runStart - reach), Math.min(frames, lastChanged + 1 + reach), peaks);
                    runStart = -1;
                }
                if (runStart < 0) {
                    runStart = n;
                }
                lastChanged = n;
            }
        }
        if (runStart >= 0) {
            meter.framePeaks(channels, Math.max(0, runStart - reach), Math.min(frames, lastChanged + 1 + reach), peaks);
        }
    }

    /** The gain per frame that keeps every peak at or under the target. */
    static float[] gainCurve(float[] peaks, double target, int lookahead, double release) {
        int frames = peaks.length;
        double[] needed = new double[frames];
        for (int n = 0; n < frames; n++) {
            needed[n] = peaks[n] > target ? target / peaks[n] : 1;
        }
        double[] gains = slidingMinimum(needed, HOLD, HOLD + 2 * (lookahead - 1));
        double level = 1;
        for (int n = 0; n < frames; n++) {
            level = Math.min(gains[n], 1 - (1 - level) * release);
            gains[n] = level;
        }
        // Two running means over the look-ahead make the attack an S-curve, whose spectrum falls fast, so the gain
        // moving adds next to nothing near the Nyquist frequency. Each mean only mixes minima that already cover
        // frames n-HOLD .. n+HOLD, so the result is no higher than any gain those frames need.
        movingAverage(gains, lookahead);
        movingAverage(gains, lookahead);
        float[] out = new float[frames];
        for (int n = 0; n < frames; n++) {
            out[n] = (float) Math.min(1, gains[n]);
        }
        return out;
    }

    /** values[n] becomes the mean of values[n - length + 1 .. n], counting 1 before the start. */
    private static void movingAverage(double[] values, int length) {
        double[] history = new double[length];
        Arrays.fill(history, 1);
        double sum = length;
        for (int n = 0; n < values.length; n++) {
            int slot = n % length;
            sum += values[n] - history[slot];
            history[slot] = values[n];
            values[n] = sum / length;
        }
    }

    /** out[n] = min(values[n - before .. n + after]), in linear time with a queue of candidate minima. */
    private static double[] slidingMinimum(double[] values, int before, int after) {
        int frames = values.length;
        double[] out = new double[frames];
        // Every index enters the queue once, so an array as long as the input holds it.
        int[] candidates = new int[frames];
        int head = 0;
        int tail = 0;
        int next = 0;
        for (int n = 0; n < frames; n++) {
            int last = Math.min(frames - 1, n + after);
            while (next <= last) {
                while (tail > head && values[candidates[tail - 1]] >= values[next]) {
                    tail--;
                }
                candidates[tail++] = next++;
            }
            while (candidates[head] < n - before) {
                head++;
            }
            out[n] = values[candidates[head]];
        }
        return out;
    }

    private static void applyGain(float[][] channels, float[] gains) {
        for (float[] channel : channels) {
            for (int n = 0; n < channel.length; n++) {
                channel[n] *= gains[n];
            }
        }
    }

    private static float[] constant(int frames, float gain) {
        float[] gains = new float[frames];
        Arrays.fill(gains, gain);
        return gains;
    }

    private static float max(float[] values) {
        float max = 0;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
