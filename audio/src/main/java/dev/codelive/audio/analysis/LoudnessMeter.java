package dev.codelive.audio.analysis;

import dev.codelive.audio.PcmAudio;

/**
 * Measures a programme per ITU-R BS.1770-4 and EBU R128 at any sample rate: integrated loudness (400 ms blocks, 75 %
 * overlap, absolute gate -70 LUFS, relative gate -10 LU), loudness range (EBU Tech 3342: 3 s windows every 100 ms,
 * relative gate -20 LU, 10th to 95th percentile), true peak (at least 4x oversampled) and sample peak. With 5 to 8
 * channels in WAV order (L, R, C, LFE, ...) the surround channels weigh 1.41 and the LFE is left out, as BS.1770
 * says; otherwise every channel counts fully (mono once, not doubled). Programmes shorter than one 400 ms block
 * measure -infinity integrated loudness, as silence does. Thread-safe.
 */
public final class LoudnessMeter {
    private static final int BLOCK_SEGMENTS = 4;
    private static final int SHORT_TERM_SEGMENTS = 30;

    /** The loudness, loudness range and peaks of the whole programme. */
    public LoudnessReport measure(PcmAudio audio) {
        WeightedSegments segments = WeightedSegments.of(audio);
        double integrated = GatedLoudness.integrated(segments.windowPowers(BLOCK_SEGMENTS));
        double range = LoudnessRange.of(segments.windowPowers(SHORT_TERM_SEGMENTS));
        TruePeakDetector detector = new TruePeakDetector(audio.sampleRate());
        double truePeak = 0;
        double samplePeak = 0;
        for (int c = 0; c < audio.channelCount(); c++) {
            samplePeak = Math.max(samplePeak, TruePeakDetector.samplePeak(audio.channel(c)));
            truePeak = Math.max(truePeak, detector.truePeak(audio.channel(c)));
        }
        return new LoudnessReport(integrated, range, decibels(truePeak), decibels(samplePeak));
    }

    /**
     * The integrated loudness alone (LUFS; -infinity for silence or less than one block): what {@link #measure} reports
     * as {@code integratedLufs}, without the loudness range and the peaks. The true peak's oversampling costs several
     * times the loudness itself, and a loop that only steers gain needs none of it.
     */
    public double integratedLoudness(PcmAudio audio) {
        return GatedLoudness.integrated(WeightedSegments.of(audio).windowPowers(BLOCK_SEGMENTS));
    }

    private static double decibels(double linear) {
        return linear == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(linear);
    }
}
