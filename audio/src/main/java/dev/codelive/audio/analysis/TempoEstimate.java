package dev.codelive.audio.analysis;

/**
 * A tempo found in audio.
 *
 * @param bpm quarter notes per minute, from 60 to 200; 0 when no pulse was found (silence, sustained sound)
 * @param confidence from 0 (no periodicity at all) to 1 (a perfectly regular pulse): how strongly the onsets repeat
 *     at this tempo
 */
public record TempoEstimate(double bpm, double confidence) {

    public TempoEstimate {
        if (!(bpm >= 0) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("bpm must be >= 0 and confidence within [0, 1], got " + bpm + ", " + confidence);
        }
    }

    /** The estimate for audio without a pulse. */
    public static TempoEstimate none() {
        return new TempoEstimate(0, 0);
    }
}
