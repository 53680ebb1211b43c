package dev.codelive.foundry.compose;

import java.util.Objects;

/**
 * A key: tonic and mode.
 *
 * @param tonic the tonic's pitch class, 0 = C to 11 = B
 * @param mode its scale
 */
public record Key(int tonic, Mode mode) {
    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    public Key {
        Objects.requireNonNull(mode, "mode");
        if (tonic < 0 || tonic > 11) {
            throw new IllegalArgumentException("tonic must be a pitch class 0-11, got " + tonic);
        }
    }

    /** The pitch class of scale degree {@code degree} (0-based, any integer). */
    public int pitchClassOf(int degree) {
        return Math.floorMod(tonic + mode.semitonesAt(degree), 12);
    }

    /** Whether the MIDI pitch belongs to the scale. */
    public boolean contains(int pitch) {
        return degreeOf(pitch) >= 0;
    }

    /** The 0-based degree of a pitch's class in the scale, or -1 when it is outside the scale. */
    public int degreeOf(int pitch) {
        int pitchClass = Math.floorMod(pitch, 12);
        for (int degree = 0; degree < 7; degree++) {
            if (pitchClassOf(degree) == pitchClass) {
                return degree;
            }
        }
        return -1;
    }

    /**
     * The MIDI pitch of a scale step counted from the tonic in octave 4 region: step 0 is the tonic at or above
     * middle C's octave start (C4 = 60), step 7 the tonic an octave higher, negative steps go down.
     */
    public int pitchOfStep(int step) {
        return 60 + tonic + mode.semitonesAt(step);
    }

    /** The scale step ({@link #pitchOfStep}) of an in-scale pitch; for an out-of-scale pitch, the step just below it. */
    public int stepOf(int pitch) {
        int step = Math.floorDiv(pitch - 60 - tonic, 12) * 7;
        while (pitchOfStep(step + 1) <= pitch) {
            step++;
        }
        while (pitchOfStep(step) > pitch) {
            step--;
        }
        return step;
    }

    public String tonicName() {
        return NAMES[tonic];
    }

    /** E.g. {@code A minor}, {@code D dorian}. */
    public String displayName() {
        return tonicName() + " " + mode.displayName();
    }
}
