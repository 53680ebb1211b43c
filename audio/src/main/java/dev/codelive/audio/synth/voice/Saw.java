package dev.codelive.audio.synth.voice;

/**
 * A band-limited sawtooth: the naive ramp with a PolyBLEP correction at each wrap, which removes most of the
 * aliasing a bare ramp folds back into the audio band. Stateful, one per oscillator.
 */
final class Saw {
    private double phase;
    private double increment;

    Saw(double frequency, int sampleRate, double startPhase) {
        this.phase = startPhase - Math.floor(startPhase);
        setIncrement(frequency / sampleRate);
    }

    /** The frequency in cycles per sample (vibrato moves it), held under 0.45. */
    void setIncrement(double cyclesPerSample) {
        increment = Math.min(0.45, cyclesPerSample);
    }

    float next() {
        double value = 2 * phase - 1 - blep(phase, increment);
        phase += increment;
        if (phase >= 1) {
            phase -= 1;
        }
        return (float) value;
    }

    /** A square made of this saw and a copy half a cycle on: their difference. */
    float nextSquare() {
        double shifted = phase + 0.5;
        if (shifted >= 1) {
            shifted -= 1;
        }
        double value = (2 * phase - blep(phase, increment)) - (2 * shifted - blep(shifted, increment));
        phase += increment;
        if (phase >= 1) {
            phase -= 1;
        }
        return (float) value;
    }

    /** The polynomial band-limited step residual near a wrap at phase 0. */
    static double blep(double t, double dt) {
        if (t < dt) {
            double x = t / dt;
            return x + x - x * x - 1;
        }
        if (t > 1 - dt) {
            double x = (t - 1) / dt;
            return x * x + x + x + 1;
        }
        return 0;
    }
}
