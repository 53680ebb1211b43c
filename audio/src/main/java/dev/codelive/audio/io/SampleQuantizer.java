package dev.codelive.audio.io;

/**
 * Turns float samples (full scale 1) into signed integers of a given width: scaled by 2^(bits-1), rounded, clamped,
 * with TPDF dither at 16 bits or fewer when asked, except on exact zeros. NaN becomes 0. One instance per file, used
 * in frame order, so that the dither sequence and hence the file are the same on every run.
 */
final class SampleQuantizer {
    /** Any fixed value would do; changing it changes every dithered file written. */
    private static final long DITHER_SEED = 0x636F_6465_6C69_7665L;
    private static final double UNIT = 0x1.0p-53;

    private final double scale;
    private final long min;
    private final long max;
    private final boolean dithered;
    private long state = DITHER_SEED;

    SampleQuantizer(int bits, Dither dither) {
        this.scale = 1L << (bits - 1);
        this.min = -(1L << (bits - 1));
        this.max = (1L << (bits - 1)) - 1;
        this.dithered = dither == Dither.TPDF && bits <= 16;
    }

    int quantize(float sample) {
        if (sample == 0f) {
            // Digital silence stays silence (a mastering dither's "auto-blank"): a fade ends in true zeros and the rests
            // of a stem cost nothing in FLAC. Dither decorrelates a signal's rounding error; silence has none.
            return 0;
        }
        double value = sample * scale;
        if (dithered) {
            value += uniform() - uniform();
        }
        // The cast saturates infinities and maps NaN to 0 (JLS 5.1.3), so no sample escapes the clamp.
        long rounded = (long) Math.floor(value + 0.5);
        return (int) Math.max(min, Math.min(max, rounded));
    }

    /** SplitMix64, written out so that the sequence cannot change with the JDK; uniform in [0, 1). */
    private double uniform() {
        long z = (state += 0x9E37_79B9_7F4A_7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        z ^= z >>> 31;
        return (z >>> 11) * UNIT;
    }
}
