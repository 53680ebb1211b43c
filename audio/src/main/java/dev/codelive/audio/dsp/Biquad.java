package dev.codelive.audio.dsp;

/**
 * A second-order IIR filter with the coefficients of R. Bristow-Johnson's "Audio EQ Cookbook", run in transposed
 * direct form II in double precision. One channel, state per instance.
 */
public final class Biquad {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double z1;
    private double z2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    /** 12 dB/octave low-pass, -3 dB at the cutoff when q = 1/sqrt(2). */
    public static Biquad lowPass(int sampleRate, double cutoffHz, double q) {
        Angles w = Angles.of(sampleRate, cutoffHz, q);
        double b1 = 1 - w.cos;
        return new Biquad(b1 / 2, b1, b1 / 2, 1 + w.alpha, -2 * w.cos, 1 - w.alpha);
    }

    /** 12 dB/octave high-pass, -3 dB at the cutoff when q = 1/sqrt(2). */
    public static Biquad highPass(int sampleRate, double cutoffHz, double q) {
        Angles w = Angles.of(sampleRate, cutoffHz, q);
        double b1 = 1 + w.cos;
        return new Biquad(b1 / 2, -b1, b1 / 2, 1 + w.alpha, -2 * w.cos, 1 - w.alpha);
    }

    /** Band-pass with 0 dB at the centre and a bandwidth of centre / q between its -3 dB points. */
    public static Biquad bandPass(int sampleRate, double centreHz, double q) {
        Angles w = Angles.of(sampleRate, centreHz, q);
        return new Biquad(w.alpha, 0, -w.alpha, 1 + w.alpha, -2 * w.cos, 1 - w.alpha);
    }

    /** Boosts or cuts by gainDb around the centre frequency; 0 dB far from it. */
    public static Biquad peaking(int sampleRate, double centreHz, double q, double gainDb) {
        Angles w = Angles.of(sampleRate, centreHz, q);
        double a = Math.pow(10, gainDb / 40);
        return new Biquad(1 + w.alpha * a, -2 * w.cos, 1 - w.alpha * a, 1 + w.alpha / a, -2 * w.cos, 1 - w.alpha / a);
    }

    /** Boosts or cuts by gainDb below the corner frequency (half the gain at the corner), shelf slope 1. */
    public static Biquad lowShelf(int sampleRate, double cornerHz, double gainDb) {
        Angles w = Angles.of(sampleRate, cornerHz, Math.sqrt(0.5));
        double a = Math.pow(10, gainDb / 40);
        double root = 2 * Math.sqrt(a) * w.alpha;
        return new Biquad(
                a * ((a + 1) - (a - 1) * w.cos + root),
                2 * a * ((a - 1) - (a + 1) * w.cos),
                a * ((a + 1) - (a - 1) * w.cos - root),
                (a + 1) + (a - 1) * w.cos + root,
                -2 * ((a - 1) + (a + 1) * w.cos),
                (a + 1) + (a - 1) * w.cos - root);
    }

    /** Boosts or cuts by gainDb above the corner frequency (half the gain at the corner), shelf slope 1. */
    public static Biquad highShelf(int sampleRate, double cornerHz, double gainDb) {
        Angles w = Angles.of(sampleRate, cornerHz, Math.sqrt(0.5));
        double a = Math.pow(10, gainDb / 40);
        double root = 2 * Math.sqrt(a) * w.alpha;
        return new Biquad(
                a * ((a + 1) + (a - 1) * w.cos + root),
                -2 * a * ((a - 1) + (a + 1) * w.cos),
                a * ((a + 1) + (a - 1) * w.cos - root),
                (a + 1) - (a - 1) * w.cos + root,
                2 * ((a - 1) - (a + 1) * w.cos),
                (a + 1) - (a - 1) * w.cos - root);
    }

    public float process(float input) {
        double output = b0 * input + z1;
        z1 = b1 * input - a1 * output + z2;
        z2 = b2 * input - a2 * output;
        return (float) output;
    }

    /** Filters samples[from, to) in place. */
    public void processInPlace(float[] samples, int from, int to) {
        double s1 = z1;
        double s2 = z2;
        for (int i = from; i < to; i++) {
            double input = samples[i];
            double output = b0 * input + s1;
            s1 = b1 * input - a1 * output + s2;
            s2 = b2 * input - a2 * output;
            samples[i] = (float) output;
        }
        z1 = s1;
        z2 = s2;
    }

    public void processInPlace(float[] samples) {
        processInPlace(samples, 0, samples.length);
    }

    /** The cookbook's intermediate values for one frequency. */
    private record Angles(double cos, double alpha) {
        static Angles of(int sampleRate, double frequency, double q) {
            if (!(frequency > 0 && frequency < sampleRate / 2.0)) {
                throw new IllegalArgumentException("filter frequency must be above 0 and below half the sample rate ("
                        + sampleRate / 2 + " Hz), got " + frequency);
            }
            if (!(q > 0) || Double.isInfinite(q)) {
                throw new IllegalArgumentException("filter q must be > 0, got " + q);
            }
            double omega = 2 * Math.PI * frequency / sampleRate;
            return new Angles(Math.cos(omega), Math.sin(omega) / (2 * q));
        }
    }
}
