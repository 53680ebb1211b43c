package dev.codelive.audio.analysis;

/**
 * Loudness of a programme per ITU-R BS.1770-4 and EBU R128.
 *
 * @param integratedLufs gated integrated loudness, LUFS; {@code Double.NEGATIVE_INFINITY} for silence
 * @param loudnessRangeLu loudness range (EBU Tech 3342), LU
 * @param truePeakDbtp the highest true peak over all channels (at least 4x oversampled), dBTP
 * @param samplePeakDbfs the highest sample magnitude, dBFS
 */
public record LoudnessReport(double integratedLufs, double loudnessRangeLu, double truePeakDbtp, double samplePeakDbfs) {}
