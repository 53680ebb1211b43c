package dev.codelive.audio.synth;

import dev.codelive.audio.score.Score;

/** The frame arithmetic every renderer shares, so that they agree to the sample. */
final class RenderTiming {
    static final int MIN_SAMPLE_RATE = 8_000;
    static final int MAX_SAMPLE_RATE = 192_000;

    private RenderTiming() {}

    static void checkSampleRate(int sampleRate) {
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate must be from " + MIN_SAMPLE_RATE + " to " + MAX_SAMPLE_RATE
                    + " Hz, got " + sampleRate);
        }
    }

    /** round(seconds * rate): the exact length of every rendering of the score. */
    static int totalFrames(Score score, int sampleRate) {
        return Math.toIntExact(Math.round(score.seconds() * sampleRate));
    }

    /** The frame a beat falls on. */
    static long frameAt(Score score, double beat, int sampleRate) {
        return Math.round(score.secondsAt(beat) * sampleRate);
    }
}
