package dev.codelive.audio.synth;

import dev.codelive.audio.score.Score;

/** Plays a {@link Score} offline, as fast as it can: the built-in synthesizer, or a General MIDI soundfont. */
public interface ScoreRenderer {

    /**
     * Renders the score to stereo audio of exactly {@code round(score.seconds() * sampleRate)} frames.
     * Deterministic: the same score and rate give bit-identical samples.
     */
    RenderedScore render(Score score, int sampleRate);

    /** What it is, for logs and the track's metadata, e.g. {@code builtin} or {@code soundfont FluidR3_GM.sf2}. */
    String describe();
}
