package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Score;
import java.util.List;

/**
 * A composed piece: the score, and the plan it was written from (useful to describe the track and to test it).
 *
 * @param score the notes, one part per stem
 * @param brief what was asked for
 * @param arrangement its sections
 * @param harmony its chords
 * @param voices who plays what
 */
public record Composition(Score score, MusicBrief brief, Arrangement arrangement, ChordTimeline harmony,
        List<Voice> voices) {
    public Composition {
        voices = List.copyOf(voices);
    }
}
