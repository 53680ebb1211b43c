package dev.codelive.audio.synth;

import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.synth.voice.NoteEvent;
import dev.codelive.audio.synth.voice.StereoBuffer;
import dev.codelive.audio.synth.voice.Voice;
import dev.codelive.audio.synth.voice.VoiceBank;
import java.util.List;
import java.util.SplittableRandom;

/** Plays one part on the built-in voices into a dry stereo buffer of the score's length. */
final class PartSynthesizer {

    private PartSynthesizer() {}

    /** Fails, naming the part, when a note cannot be played (a drum key outside General MIDI percussion). */
    static void check(Part part) {
        Voice voice = VoiceBank.voiceFor(part.instrument());
        for (Note note : part.notes()) {
            try {
                voice.checkPlayable(note.pitch());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("part " + part.name() + ": " + e.getMessage(), e);
            }
        }
    }

    static StereoBuffer play(Part part, Score score, int sampleRate, int frames) {
        Voice voice = VoiceBank.voiceFor(part.instrument());
        StereoBuffer buffer = StereoBuffer.silence(frames);
        List<Note> notes = part.notes();
        for (int index = 0; index < notes.size(); index++) {
            Note note = notes.get(index);
            long start = RenderTiming.frameAt(score, note.startBeat(), sampleRate);
            if (start >= frames) {
                continue;
            }
            long end = RenderTiming.frameAt(score, note.endBeat(), sampleRate);
            int gate = (int) Math.max(1, Math.min(end - start, Integer.MAX_VALUE));
            NoteEvent event = new NoteEvent((int) start, gate, note.pitch(), note.velocity(), sampleRate);
            voice.play(event, new SplittableRandom(NoteSeeds.forNote(part.name(), index)), buffer);
        }
        return buffer;
    }
}
