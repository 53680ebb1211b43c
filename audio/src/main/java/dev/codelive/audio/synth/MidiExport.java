package dev.codelive.audio.synth;

import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleToLongFunction;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * A score as a Standard MIDI File (type 1): a tempo track, then one track per part named after it, with its program,
 * volume (0 dB = 100, the General MIDI default), pan and reverb send, and its notes. Drum parts play on channel 10
 * and share its controllers (the first drum part sets them); other parts get a channel each, so a score has at most
 * 15 of them. Notes past the score's end are left out and the tracks end with the score, as the renderers do.
 */
public final class MidiExport {
    public static final int TICKS_PER_BEAT = 480;
    static final int DRUM_CHANNEL = 9;
    private static final int MAX_MELODIC_CHANNELS = 15;

    private MidiExport() {}

    public static Sequence toSequence(Score score) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, TICKS_PER_BEAT);
            long endTick = Math.round(score.seconds() / score.secondsPerBeat() * TICKS_PER_BEAT);
            Track tempo = sequence.createTrack();
            int microsPerBeat = (int) Math.round(60_000_000 / score.bpm());
            tempo.add(new MidiEvent(new MetaMessage(0x51, new byte[] {
                    (byte) (microsPerBeat >> 16), (byte) (microsPerBeat >> 8), (byte) microsPerBeat}, 3), 0));
            tempo.add(new MidiEvent(new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4), 0));
            tempo.add(new MidiEvent(new MetaMessage(0x2F, new byte[0], 0), endTick));
            int nextChannel = 0;
            boolean drumChannelSet = false;
            for (Part part : score.parts()) {
                int channel;
                boolean setControllers = true;
                if (part.instrument().isDrums()) {
                    channel = DRUM_CHANNEL;
                    setControllers = !drumChannelSet;
                    drumChannelSet = true;
                } else {
                    if (nextChannel == DRUM_CHANNEL) {
                        nextChannel++;
                    }
                    if (nextChannel > 15) {
                        throw new IllegalArgumentException("a MIDI file has " + MAX_MELODIC_CHANNELS
                                + " channels for pitched parts; this score has more");
                    }
                    channel = nextChannel++;
                }
                writePart(sequence.createTrack(), part, score, channel, setControllers, endTick);
            }
            return sequence;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("a MIDI message was built wrong", e);
        }
    }

    /** Writes the score as a type 1 .mid file. */
    public static void write(Score score, Path file) throws IOException {
        MidiSystem.write(toSequence(score), 1, file.toFile());
    }

    private static void writePart(Track track, Part part, Score score, int channel, boolean setControllers, long endTick)
            throws InvalidMidiDataException {
        byte[] name = part.name().getBytes(StandardCharsets.US_ASCII);
        track.add(new MidiEvent(new MetaMessage(0x03, name, name.length), 0));
        if (!part.instrument().isDrums()) {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, part.instrument().gmProgram(), 0), 0));
        }
        if (setControllers) {
            int volume = (int) Math.max(0, Math.min(127, Math.round(100 * Math.pow(10, part.gainDb() / 40))));
            // 64 is the centre: 64 steps to the left, 63 to the right.
            int pan = (int) Math.round(64 + (part.pan() < 0 ? 64 : 63) * part.pan());
            int reverb = (int) Math.round(127 * part.reverbSend());
            track.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 7, volume), 0));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 10, pan), 0));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 91, reverb), 0));
        }
        for (TimedMessage timed : noteMessages(MidiNote.of(part, score), channel, beat -> Math.round(beat * TICKS_PER_BEAT))) {
            track.add(new MidiEvent(timed.message(), timed.time()));
        }
        track.add(new MidiEvent(new MetaMessage(0x2F, new byte[0], 0), endTick));
    }

    /**
     * Note-ons and note-offs in time order (time in the caller's unit: ticks, microseconds), a note-off before a
     * note-on at the same time, so that a key struck again right as it is released sounds anew instead of being cut.
     */
    static List<TimedMessage> noteMessages(List<MidiNote> notes, int channel, DoubleToLongFunction timeOfBeat)
            throws InvalidMidiDataException {
        List<TimedMessage> messages = new ArrayList<>();
        for (MidiNote note : notes) {
            messages.add(new TimedMessage(timeOfBeat.applyAsLong(note.startBeat()), 1,
                    new ShortMessage(ShortMessage.NOTE_ON, channel, note.key(), note.velocity())));
            messages.add(new TimedMessage(timeOfBeat.applyAsLong(note.endBeat()), 0,
                    new ShortMessage(ShortMessage.NOTE_OFF, channel, note.key(), 0)));
        }
        messages.sort(Comparator.comparingLong(TimedMessage::time).thenComparingInt(TimedMessage::order));
        return messages;
    }

    /** A message at a time; order 0 (note-off) goes before order 1 (note-on) at equal times. */
    record TimedMessage(long time, int order, MidiMessage message) {}
}
