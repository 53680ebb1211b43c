package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a part's notes, keeping each one valid: notes starting at or after the piece's end are dropped, notes
 * running past it are shortened, velocities are kept in (0, 1] and pitches in MIDI range.
 */
final class Notes {
    private static final double MIN_VELOCITY = 0.05;
    private final double endBeat;
    private final List<Note> notes = new ArrayList<>();

    Notes(double endBeat) {
        this.endBeat = endBeat;
    }

    void add(double startBeat, double beats, int pitch, double velocity) {
        if (startBeat >= endBeat - 1e-9 || beats <= 0 || pitch < 0 || pitch > 127) {
            return;
        }
        double length = Math.min(beats, endBeat - startBeat);
        notes.add(new Note(startBeat, length, pitch, Math.max(MIN_VELOCITY, Math.min(1, velocity))));
    }

    List<Note> list() {
        return List.copyOf(notes);
    }
}
