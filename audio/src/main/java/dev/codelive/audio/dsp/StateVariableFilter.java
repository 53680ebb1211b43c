package dev.codelive.audio.dsp;

/**
 * A resonant low-pass for synth voices: the trapezoidal (zero-delay feedback) state-variable filter described by
 * Andrew Simper, which stays stable and in tune while its cutoff moves every few samples. 12 dB/octave; at a
 * resonance (q) of 1/sqrt(2) it is -3 dB at the cutoff, higher q rings at the cutoff. One channel, state per instance.
 */
public final class StateVariableFilter {
    private final int sampleRate;
    private double damping;
    private double a1;
    private double a2;
    private double a3;
    private double state1;
    private double state2;

    public StateVariableFilter(int sampleRate, double cutoffHz, double q) {
        this.sampleRate = sampleRate;
        setResonance(q);
        setCutoff(cutoffHz);
    }

    /** Moves the cutoff; frequencies above 0.45 of the sample rate are held there, which keeps the filter stable. */
    public void setCutoff(double cutoffHz) {
        if (!(cutoffHz > 0)) {
            throw new IllegalArgumentException("cutoff must be > 0 Hz, got " + cutoffHz);
        }
        double g = Math.tan(Math.PI * Math.min(cutoffHz, 0.45 * sampleRate) / sampleRate);
        a1 = 1 / (1 + g * (g + damping));
        a2 = g * a1;
        a3 = g * a2;
    }

    /** Sets q (0.5 is gentle, 0.707 flat, 5 and more ring strongly); takes effect at the next {@link #setCutoff}. */
    public void setResonance(double q) {
        if (!(q >= 0.5 && q <= 50)) {
            throw new IllegalArgumentException("resonance q must be from 0.5 to 50, got " + q);
        }
        damping = 1 / q;
    }

    public float lowPass(float input) {
        double v3 = input - state2;
        double v1 = a1 * state1 + a2 * v3;
        double v2 = state2 + a2 * state1 + a3 * v3;
        state1 = 2 * v1 - state1;
        state2 = 2 * v2 - state2;
        return (float) v2;
    }
}
