package dev.codelive.foundry.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the chord timeline of an arrangement: each section plays its progression from its first beat, the last body
 * chord becomes the genre's cadence, and the ending holds the tonic.
 */
final class Harmony {
    /** The cadence chord lasts at most one bar. */
    private static final double CADENCE_BEATS = 4;

    private Harmony() {}

    static ChordTimeline plan(MusicBrief brief, Arrangement arrangement, SplittableRandom random) {
        Genre genre = brief.genre();
        Progressions.Choice choice = Progressions.choose(genre, brief.key(), brief.moods(), random);
        List<ChordSpan> spans = new ArrayList<>();
        for (Section section : arrangement.sections()) {
            if (section.kind() == SectionKind.ENDING) {
                break;
            }
            List<Chord> progression = choice.forSection(section.kind());
            double beat = section.startBeat();
            for (int i = 0; beat < section.endBeat() - 1e-9; i++) {
                double beats = Math.min(genre.beatsPerChord(), section.endBeat() - beat);
                spans.add(new ChordSpan(beat, beats, progression.get(i % progression.size())));
                beat += beats;
            }
        }
        if (!spans.isEmpty()) {
            ChordSpan last = spans.removeLast();
            double cadence = Math.min(CADENCE_BEATS, last.beats());
            if (last.beats() > cadence) {
                spans.add(new ChordSpan(last.startBeat(), last.beats() - cadence, last.chord()));
            }
            spans.add(new ChordSpan(last.endBeat() - cadence, cadence, Progressions.cadence(genre, brief.key())));
        }
        Section ending = arrangement.ending();
        spans.add(new ChordSpan(ending.startBeat(), ending.beats(), Progressions.tonic(genre)));
        return new ChordTimeline(brief.key(), spans);
    }
}
