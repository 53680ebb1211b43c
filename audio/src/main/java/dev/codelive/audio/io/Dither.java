package dev.codelive.audio.io;

/** What happens to the part of a sample that an integer format cannot hold. */
public enum Dither {
    /**
     * Triangular (TPDF) dither of ±1 LSB when quantising to 16 bits, from a fixed-seed generator: the noise floor is
     * signal-independent, and the same samples always give the same file. At 24 bits samples are only rounded.
     */
    TPDF,
    /** Rounding to the nearest step, so that samples already on the grid come back exactly. */
    NONE
}
