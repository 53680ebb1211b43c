package dev.codelive.audio.synth.voice;

import java.util.SplittableRandom;

/** Plays notes of one instrument. Implementations hold settings only, so one instance serves every note and thread. */
public interface Voice {

    /**
     * Adds the note to the buffer, from its start until it has died away or the buffer ends.
     *
     * @param random the note's own randomness (noise, phases, detuning), so that a note sounds the same whatever
     *     else is played
     */
    void play(NoteEvent note, SplittableRandom random, StereoBuffer out);

    /** Throws IllegalArgumentException, saying why, when this voice cannot play the pitch; every pitch by default. */
    default void checkPlayable(int pitch) {
    }
}
