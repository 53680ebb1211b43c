package dev.codelive.audio.synth.voice;

/**
 * A bank of decaying sinusoids, each a two-pole resonator y[n] = 2r cos(w) y[n-1] - r^2 y[n-2]: two multiplies per
 * partial per sample, the decay built in. Stateful, one bank per note.
 */
final class Resonators {
    private final double[] frequencies;
    private final double[] feedback;
    private final double[] damping;
    private final double[] previous;
    private final double[] beforePrevious;
    private int count;

    Resonators(int capacity) {
        frequencies = new double[capacity];
        feedback = new double[capacity];
        damping = new double[capacity];
        previous = new double[capacity];
        beforePrevious = new double[capacity];
    }

    /**
     * Adds a partial a * r^n * sin(w n) that starts at zero (so without a click) and falls by 1/e every
     * decaySeconds; a decay of infinity keeps it steady. Partials at or above 0.45 of the rate are left out.
     */
    void add(double frequency, double amplitude, double decaySeconds, int sampleRate) {
        if (frequency >= 0.45 * sampleRate) {
            return;
        }
        double omega = 2 * Math.PI * frequency / sampleRate;
        double r = Double.isInfinite(decaySeconds) ? 1 : Math.exp(-1 / (decaySeconds * sampleRate));
        frequencies[count] = omega;
        feedback[count] = 2 * r * Math.cos(omega);
        damping[count] = r * r;
        previous[count] = 0;
        beforePrevious[count] = -amplitude * Math.sin(omega) / r;
        count++;
    }

    /** From now on every partial falls by 1/e every decaySeconds, continuing from where it is. */
    void damp(double decaySeconds, int sampleRate) {
        double r = Math.exp(-1 / (decaySeconds * sampleRate));
        for (int k = 0; k < count; k++) {
            feedback[k] = 2 * r * Math.cos(frequencies[k]);
            damping[k] = r * r;
        }
    }

    double next() {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double value = feedback[k] * previous[k] - damping[k] * beforePrevious[k];
            beforePrevious[k] = previous[k];
            previous[k] = value;
            sum += value;
        }
        return sum;
    }
}
