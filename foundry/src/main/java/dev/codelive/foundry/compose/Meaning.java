package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;

/** What a word or phrase of the {@link Vocabulary} does to the brief. */
public sealed interface Meaning {

    /** Chooses the genre (the first genre named wins). */
    record GenreWord(Genre genre) implements Meaning {}

    /** Adds a mood. */
    record MoodWord(Mood mood) implements Meaning {}

    /** Asks for an instrument as a part of its own; after a {@link Negation}, leaves it out. */
    record InstrumentWord(Instrument instrument) implements Meaning {}

    /** Multiplies the genre's default tempo, when no number is given. */
    record TempoWord(double factor) implements Meaning {}

    /** Chooses the mode when no key is named ("minor", "dorian"). */
    record ModeWord(Mode mode) implements Meaning {}

    /** Asks for a voice ({@code true}) or for none ({@code false}); after a {@link Negation}, for none. */
    record VocalsWord(boolean sing) implements Meaning {}

    /** "no", "without": turns the instrument or vocals word right after it (or one word later) into a refusal. */
    record Negation() implements Meaning {}
}
