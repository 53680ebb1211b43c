package dev.codelive.audio.testsupport;

import java.util.SplittableRandom;

/** Test signals built from their definitions. */
public final class Signals {

    private Signals() {}

    public static float[] sine(double frequency, double amplitude, double phaseRadians, int frames, int sampleRate) {
        float[] out = new float[frames];
        for (int n = 0; n < frames; n++) {
            out[n] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * n / sampleRate + phaseRadians));
        }
        return out;
    }

    /** A naive (not band-limited) square wave: its band-limited reconstruction overshoots between samples. */
    public static float[] square(double frequency, double amplitude, int frames, int sampleRate) {
        float[] out = new float[frames];
        for (int n = 0; n < frames; n++) {
            double phase = (frequency * n / sampleRate) % 1.0;
            out[n] = (float) (phase < 0.5 ? amplitude : -amplitude);
        }
        return out;
    }

    public static float[] whiteNoise(double amplitude, int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] out = new float[frames];
        for (int n = 0; n < frames; n++) {
            out[n] = (float) (amplitude * (2 * random.nextDouble() - 1));
        }
        return out;
    }

    public static double rms(float[] samples, int from, int to) {
        double sum = 0;
        for (int n = from; n < to; n++) {
            sum += (double) samples[n] * samples[n];
        }
        return Math.sqrt(sum / (to - from));
    }

    public static double peak(float[] samples, int from, int to) {
        double max = 0;
        for (int n = from; n < to; n++) {
            max = Math.max(max, Math.abs(samples[n]));
        }
        return max;
    }

    public static double db(double amplitude) {
        return 20 * Math.log10(amplitude);
    }
}
