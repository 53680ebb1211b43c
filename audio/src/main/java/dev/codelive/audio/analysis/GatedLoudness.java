package dev.codelive.audio.analysis;

/**
 * Integrated loudness per BS.1770-4: the energy mean of the 400 ms blocks above the absolute gate (-70 LUFS), then
 * of those above the relative gate (10 LU below that first mean).
 */
final class GatedLoudness {
    private static final double RELATIVE_GATE_LU = -10;

    private GatedLoudness() {}

    /** Integrated loudness in LUFS, -infinity when no block passes the absolute gate (silence). */
    static double integrated(double[] blockPowers) {
        double ungated = Loudness.meanLufs(blockPowers, Loudness.ABSOLUTE_GATE_LUFS);
        if (ungated == Double.NEGATIVE_INFINITY) {
            return ungated;
        }
        double relativeGate = Math.max(Loudness.ABSOLUTE_GATE_LUFS, ungated + RELATIVE_GATE_LU);
        return Loudness.meanLufs(blockPowers, relativeGate);
    }
}
