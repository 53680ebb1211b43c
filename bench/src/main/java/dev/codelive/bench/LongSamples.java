package dev.codelive.bench;

import java.util.Arrays;

/** A growable array of longs for one thread's measurements: no boxing in the measured loop. */
final class LongSamples {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** All of {@code parts} in one array. */
    static long[] concat(Iterable<LongSamples> parts) {
        LongSamples all = new LongSamples();
        for (LongSamples part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        return all.toArray();
    }
}
