package dev.codelive.foundry.compose;

import java.util.Locale;

/** A scale: the seven church modes the composer writes in, except locrian (its tonic chord is diminished). */
public enum Mode {
    MAJOR(0, 2, 4, 5, 7, 9, 11),
    MINOR(0, 2, 3, 5, 7, 8, 10),
    DORIAN(0, 2, 3, 5, 7, 9, 10),
    PHRYGIAN(0, 1, 3, 5, 7, 8, 10),
    LYDIAN(0, 2, 4, 6, 7, 9, 11),
    MIXOLYDIAN(0, 2, 4, 5, 7, 9, 10);

    private final int[] semitones;

    Mode(int... semitones) {
        this.semitones = semitones;
    }

    /** Semitones above the tonic of scale degree {@code degree} (0-based; wraps into further octaves). */
    public int semitonesAt(int degree) {
        int octave = Math.floorDiv(degree, 7);
        return semitones[Math.floorMod(degree, 7)] + 12 * octave;
    }

    /** Whether its third is minor, which decides the progressions it borrows from. */
    public boolean isMinorFamily() {
        return semitones[2] == 3;
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
