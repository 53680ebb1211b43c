package dev.codelive.audio.master;

/**
 * What a master must reach.
 *
 * @param integratedLufs the integrated loudness aimed at, -40 to -5 LUFS
 * @param truePeakDbtp the highest true peak allowed, -20 to 0 dBTP
 * @param toleranceLu how far from the loudness aimed at a master may end up, more than 0 and at most 3 LU
 */
public record MasteringTarget(double integratedLufs, double truePeakDbtp, double toleranceLu) {

    /** Streaming loudness: -14 LUFS, true peak at most -1 dBTP, within 0.5 LU. */
    public static final MasteringTarget STREAMING = new MasteringTarget(-14, -1, 0.5);

    public MasteringTarget {
        if (!(integratedLufs >= -40 && integratedLufs <= -5)) {
            throw new IllegalArgumentException("target loudness must be from -40 to -5 LUFS, got " + integratedLufs);
        }
        if (!(truePeakDbtp >= -20 && truePeakDbtp <= 0)) {
            throw new IllegalArgumentException("true-peak ceiling must be from -20 to 0 dBTP, got " + truePeakDbtp);
        }
        if (!(toleranceLu > 0 && toleranceLu <= 3)) {
            throw new IllegalArgumentException("loudness tolerance must be in (0, 3] LU, got " + toleranceLu);
        }
    }
}
