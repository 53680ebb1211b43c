package dev.codelive.audio.dsp;

/** Conversions between decibels and linear amplitude. */
public final class Db {

    private Db() {}

    /** The amplitude factor of a level in dB (0 dB = 1). */
    public static double toGain(double db) {
        return Math.pow(10, db / 20);
    }

    /** The level in dB of an amplitude factor; {@code -Infinity} for 0. */
    public static double fromGain(double gain) {
        return 20 * Math.log10(gain);
    }
}
