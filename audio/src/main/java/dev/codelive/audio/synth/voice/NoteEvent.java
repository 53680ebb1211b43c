package dev.codelive.audio.synth.voice;

/**
 * One note as a voice plays it, in frames of the part's buffer.
 *
 * @param startFrame where the note starts
 * @param gateFrames how long the key is held (>= 1); the release starts after it
 * @param pitch MIDI note number, or the General MIDI percussion key on a drum kit
 * @param velocity how hard, in (0, 1]
 * @param sampleRate frames per second
 */
public record NoteEvent(int startFrame, int gateFrames, int pitch, double velocity, int sampleRate) {

    public NoteEvent {
        if (startFrame < 0 || gateFrames < 1) {
            throw new IllegalArgumentException("a note starts at frame >= 0 and is held >= 1 frame");
        }
        if (!(velocity > 0 && velocity <= 1)) {
            throw new IllegalArgumentException("velocity must be in (0, 1], got " + velocity);
        }
    }

    /** Equal temperament, A4 (MIDI 69) = 440 Hz. */
    public double frequency() {
        return 440 * Math.pow(2, (pitch - 69) / 12.0);
    }

    /** The amplitude factor of the velocity: a curve, since a linear one makes soft notes too loud. */
    public double loudness() {
        return Math.pow(velocity, 1.5);
    }

    /** Frames from the start to the end of the release, given the release time; never past the buffer. */
    public int framesUntilReleased(double releaseSeconds, int bufferFrames) {
        long end = (long) startFrame + gateFrames + Math.round(releaseSeconds * sampleRate);
        return (int) Math.max(0, Math.min(end, bufferFrames) - startFrame);
    }

    /** Frames the note can sound for when it rings on its own for the given time; never past the buffer. */
    public int framesFor(double seconds, int bufferFrames) {
        long end = (long) startFrame + Math.round(seconds * sampleRate);
        return (int) Math.max(0, Math.min(end, bufferFrames) - startFrame);
    }
}
