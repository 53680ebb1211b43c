package dev.codelive.audio.synth.voice;

import java.util.SplittableRandom;

/** One sound of the drum kit, placed in the kit's stereo picture by the kit. */
interface DrumSound {

    /** Adds one hit; the gains place it left/right. */
    void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain);

    static float noise(SplittableRandom random) {
        return (float) (2 * random.nextDouble() - 1);
    }
}
