package dev.codelive.foundry.compose;

/**
 * What every part writer works from: the brief, its sections and its chords.
 *
 * @param brief what was asked for
 * @param arrangement the sections
 * @param harmony the chords
 */
record Piece(MusicBrief brief, Arrangement arrangement, ChordTimeline harmony) {
    /** How much the moods change every section's energy. */
    private static final double MOOD_WEIGHT = 0.3;

    Key key() {
        return brief.key();
    }

    Genre genre() {
        return brief.genre();
    }

    double totalBeats() {
        return arrangement.totalBeats();
    }

    /** The section's energy with the moods applied, from 0.15 to 1. */
    double energy(Section section) {
        return Math.max(0.15, Math.min(1, section.kind().energy() + MOOD_WEIGHT * brief.moodEnergy()));
    }

    /** How hard notes are played in a section, from about 0.5 to 0.95. */
    double dynamics(Section section) {
        return 0.45 + 0.5 * energy(section);
    }

    /** Where an off-beat eighth really falls: on the third of the triplet when the genre swings. */
    double swung(double beat) {
        double within = beat - Math.floor(beat);
        return brief.genre().swing() && Math.abs(within - 0.5) < 1e-9 ? Math.floor(beat) + 2.0 / 3 : beat;
    }
}
