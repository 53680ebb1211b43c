package dev.codelive.audio.synth;

import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * A note as MIDI plays it: key and 7-bit velocity, from its start to its end beat, the end cut at the score's end.
 * Notes that start at or after the end are left out, as the built-in synthesizer leaves them out.
 */
record MidiNote(double startBeat, double endBeat, int key, int velocity) {

    static List<MidiNote> of(Part part, Score score) {
        double lastBeat = score.seconds() / score.secondsPerBeat();
        List<MidiNote> notes = new ArrayList<>();
        for (Note note : part.notes()) {
            if (note.startBeat() >= lastBeat) {
                continue;
            }
            int velocity = (int) Math.max(1, Math.min(127, Math.round(note.velocity() * 127)));
            notes.add(new MidiNote(note.startBeat(), Math.min(note.endBeat(), lastBeat), note.pitch(), velocity));
        }
        return notes;
    }
}
