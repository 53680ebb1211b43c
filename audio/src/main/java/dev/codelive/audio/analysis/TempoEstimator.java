package dev.codelive.audio.analysis;

import dev.codelive.audio.PcmAudio;

/**
 * Estimates the tempo of music from 60 to 200 bpm: onset strength by band-wise spectral flux (STFT with
 * JTransforms), then the autocorrelation of that envelope read through a comb of beat multiples, doubling the tempo
 * while the half-beats carry onsets nearly as strong as the beats (see {@link TempoInduction}). Works on any sample
 * rate and channel count (it listens to the mono mix). Where the half-beats are almost as busy as the beats, below
 * 100 bpm (off-beat hi-hats, breakbeats), it may report the double tempo, as many listeners would tap it. Thread-safe.
 */
public final class TempoEstimator {

    /** The tempo of the audio; {@link TempoEstimate#none()} for silence or audio without a pulse. */
    public TempoEstimate estimate(PcmAudio audio) {
        return TempoInduction.estimate(OnsetEnvelope.of(audio));
    }
}
