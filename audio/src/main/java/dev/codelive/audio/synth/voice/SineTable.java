package dev.codelive.audio.synth.voice;

/** A sine by table look-up with linear interpolation (error under 3e-7), for oscillators that run every sample. */
final class SineTable {
    private static final int SIZE = 4096;
    private static final float[] TABLE = new float[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            TABLE[i] = (float) Math.sin(2 * Math.PI * i / SIZE);
        }
    }

    private SineTable() {}

    /** sin(2 pi phase), phase in cycles (any value). */
    static float sin(double phase) {
        double wrapped = phase - Math.floor(phase);
        double position = wrapped * SIZE;
        int index = (int) position;
        float fraction = (float) (position - index);
        return TABLE[index] + fraction * (TABLE[index + 1] - TABLE[index]);
    }
}
