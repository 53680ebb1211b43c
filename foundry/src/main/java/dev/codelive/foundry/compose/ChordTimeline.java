package dev.codelive.foundry.compose;

import java.util.List;

/**
 * The harmony of a whole piece: chord after chord, without gaps, in one key.
 *
 * @param key the key every chord is built in
 * @param spans in order, the first at beat 0, the last ending with the piece
 */
public record ChordTimeline(Key key, List<ChordSpan> spans) {
    public ChordTimeline {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a piece has at least one chord");
        }
    }

    /** The chord sounding at a beat (the last one past the end). */
    public ChordSpan spanAt(double beat) {
        for (ChordSpan span : spans) {
            if (beat < span.endBeat() - 1e-9) {
                return span;
            }
        }
        return spans.getLast();
    }

    public Chord chordAt(double beat) {
        return spanAt(beat).chord();
    }

    /** The spans overlapping [from, to). */
    public List<ChordSpan> between(double from, double to) {
        return spans.stream().filter(span -> span.endBeat() > from + 1e-9 && span.startBeat() < to - 1e-9).toList();
    }
}
