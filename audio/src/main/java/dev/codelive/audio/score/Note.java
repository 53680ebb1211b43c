package dev.codelive.audio.score;

/**
 * One note of a {@link Part}, in musical time.
 *
 * @param startBeat when it starts, in beats (quarter notes) from the start of the score
 * @param beats how long it sounds before its release, in beats
 * @param pitch MIDI note number (60 = middle C); for a {@link Instrument#DRUM_KIT} part, the General MIDI percussion key
 *     (see {@link Drum})
 * @param velocity how hard it is played, from 0 (exclusive) to 1
 */
public record Note(double startBeat, double beats, int pitch, double velocity) {

    public Note {
        if (!(startBeat >= 0) || !(beats > 0) || Double.isInfinite(startBeat) || Double.isInfinite(beats)) {
            throw new IllegalArgumentException("a note starts at a beat >= 0 and lasts > 0 beats, got " + startBeat + " / " + beats);
        }
        if (pitch < 0 || pitch > 127) {
            throw new IllegalArgumentException("pitch must be a MIDI note 0-127, got " + pitch);
        }
        if (!(velocity > 0 && velocity <= 1)) {
            throw new IllegalArgumentException("velocity must be in (0, 1], got " + velocity);
        }
    }

    public double endBeat() {
        return startBeat + beats;
    }
}
