package dev.codelive.audio.dsp;

/** A one-pole high-pass near 10 Hz that removes a constant offset; state per instance, one channel. */
public final class DcBlocker {
    private final double pole;
    private double previousInput;
    private double previousOutput;

    public DcBlocker(int sampleRate) {
        this.pole = Math.exp(-2 * Math.PI * 10.0 / sampleRate);
    }

    public float process(float input) {
        double output = input - previousInput + pole * previousOutput;
        previousInput = input;
        previousOutput = output;
        return (float) output;
    }

    public void processInPlace(float[] samples) {
        for (int i = 0; i < samples.length; i++) {
            samples[i] = process(samples[i]);
        }
    }
}
