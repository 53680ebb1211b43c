package dev.codelive.audio.dsp;

/**
 * A circular delay line worked a block at a time: read the next block of delayed samples, then write the block that
 * replaces them. A block may not be longer than the delay. Stateful.
 */
final class DelayLine {
    private final float[] buffer;
    private int position;

    DelayLine(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a delay line is at least one sample long");
        }
        this.buffer = new float[length];
    }

    int length() {
        return buffer.length;
    }

    /** The samples written one delay ago, into out[0, count). */
    void read(float[] out, int count) {
        int first = Math.min(count, buffer.length - position);
        System.arraycopy(buffer, position, out, 0, first);
        System.arraycopy(buffer, 0, out, first, count - first);
    }

    /** Stores in[0, count) where the block just read was, and moves on by count. */
    void write(float[] in, int count) {
        int first = Math.min(count, buffer.length - position);
        System.arraycopy(in, 0, buffer, position, first);
        System.arraycopy(in, first, buffer, 0, count - first);
        position = (position + count) % buffer.length;
    }
}
