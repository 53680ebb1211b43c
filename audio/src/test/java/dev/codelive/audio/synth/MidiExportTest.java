package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiExportTest {
    @TempDir
    Path directory;

    private static Score score() {
        return new Score(100, 6, List.of(
                new Part("drums", Instrument.DRUM_KIT, List.of(new Note(0, 0.5, Drum.KICK.key(), 1.0),
                        new Note(1, 0.5, Drum.SNARE.key(), 0.5)), -6, 0, 0.2),
                new Part("keys", Instrument.ELECTRIC_PIANO, List.of(new Note(0.5, 1.5, 60, 0.8),
                        new Note(2, 1, 60, 0.8), new Note(9.5, 2, 64, 0.8), new Note(20, 1, 67, 0.8)), 0, -1, 0),
                new Part("bass", Instrument.BASS, List.of(new Note(0, 4, 36, 0.7)), 3, 1, 0.5)));
    }

    @Test
    void writesATypeOneFileThatReadsBackWithTheSameMusic() throws Exception {
        Path file = directory.resolve("song.mid");
        MidiExport.write(score(), file);

        Sequence read = MidiSystem.getSequence(file.toFile());

        assertThat(MidiSystem.getMidiFileFormat(file.toFile()).getType()).isEqualTo(1);
        assertThat(read.getDivisionType()).isEqualTo(Sequence.PPQ);
        assertThat(read.getResolution()).isEqualTo(MidiExport.TICKS_PER_BEAT);
        Track[] tracks = read.getTracks();
        assertThat(tracks).hasSize(4);
        assertThat(tempoMicrosPerBeat(tracks[0])).isEqualTo(600_000);
        assertThat(trackName(tracks[1])).isEqualTo("drums");
        assertThat(trackName(tracks[2])).isEqualTo("keys");
        assertThat(trackName(tracks[3])).isEqualTo("bass");
        // 6 s at 100 bpm is 10 beats.
        assertThat(read.getTickLength()).isEqualTo(10 * 480);
        assertThat(read.getMicrosecondLength()).isEqualTo(6_000_000);
    }

    @Test
    void drumsPlayOnChannelTenAndOtherPartsGetTheirProgramsOnChannelsOfTheirOwn() {
        Track[] tracks = MidiExport.toSequence(score()).getTracks();

        assertThat(shortMessages(tracks[1], ShortMessage.PROGRAM_CHANGE)).isEmpty();
        assertThat(shortMessages(tracks[1], ShortMessage.NOTE_ON))
                .allSatisfy(message -> assertThat(message.getChannel()).isEqualTo(9));
        assertThat(shortMessages(tracks[2], ShortMessage.PROGRAM_CHANGE)).singleElement()
                .satisfies(message -> {
                    assertThat(message.getChannel()).isZero();
                    assertThat(message.getData1()).isEqualTo(Instrument.ELECTRIC_PIANO.gmProgram());
                });
        assertThat(shortMessages(tracks[3], ShortMessage.PROGRAM_CHANGE)).singleElement()
                .satisfies(message -> {
                    assertThat(message.getChannel()).isEqualTo(1);
                    assertThat(message.getData1()).isEqualTo(Instrument.BASS.gmProgram());
                });
    }

    @Test
    void controllersCarryGainPanAndReverbSend() {
        Track[] tracks = MidiExport.toSequence(score()).getTracks();

        // General MIDI volume is 40 log10(cc / 127) dB, so -6 dB from the default 100 is 71, +3 dB is 119.
        assertThat(controller(tracks[1], 7)).isEqualTo(71);
        assertThat(controller(tracks[2], 7)).isEqualTo(100);
        assertThat(controller(tracks[3], 7)).isEqualTo(119);
        assertThat(controller(tracks[2], 10)).isZero();
        assertThat(controller(tracks[3], 10)).isEqualTo(127);
        assertThat(controller(tracks[1], 10)).isEqualTo(64);
        assertThat(controller(tracks[3], 91)).isEqualTo(64);
    }

    @Test
    void notesLandOnTheirTicksWithTheirVelocitiesAndThoseAfterTheEndAreCut() {
        Track keys = MidiExport.toSequence(score()).getTracks()[2];

        List<long[]> ons = new ArrayList<>();
        List<long[]> offs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            MidiEvent event = keys.get(i);
            if (event.getMessage() instanceof ShortMessage message && message.getCommand() == ShortMessage.NOTE_ON) {
                ons.add(new long[] {event.getTick(), message.getData1(), message.getData2()});
            }
            if (event.getMessage() instanceof ShortMessage message && message.getCommand() == ShortMessage.NOTE_OFF) {
                offs.add(new long[] {event.getTick(), message.getData1()});
            }
        }
        assertThat(ons).containsExactly(new long[] {240, 60, 102}, new long[] {960, 60, 102}, new long[] {4560, 64, 102});
        // The note struck again at beat 2 is released first, and the one across the end stops at the end.
        assertThat(offs).containsExactly(new long[] {960, 60}, new long[] {1440, 60}, new long[] {4800, 64});
        int offIndex = -1;
        int onIndex = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).getTick() == 960 && keys.get(i).getMessage() instanceof ShortMessage message) {
                if (message.getCommand() == ShortMessage.NOTE_OFF) {
                    offIndex = i;
                } else if (message.getCommand() == ShortMessage.NOTE_ON) {
                    onIndex = i;
                }
            }
        }
        assertThat(offIndex).isLessThan(onIndex);
    }

    @Test
    void rejectsMorePitchedPartsThanMidiHasChannels() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            parts.add(new Part("p" + i, Instrument.PIANO, List.of(new Note(0, 1, 60, 0.5)), 0, 0, 0));
        }
        Score crowded = new Score(120, 2, parts);

        assertThatThrownBy(() -> MidiExport.toSequence(crowded)).hasMessageContaining("15 channels");
        assertThat(MidiExport.toSequence(new Score(120, 2, parts.subList(0, 15))).getTracks()).hasSize(16);
    }

    private static int tempoMicrosPerBeat(Track track) {
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof MetaMessage meta && meta.getType() == 0x51) {
                byte[] data = meta.getData();
                return ((data[0] & 0xFF) << 16) | ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
            }
        }
        throw new AssertionError("no tempo");
    }

    private static String trackName(Track track) {
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof MetaMessage meta && meta.getType() == 0x03) {
                return new String(meta.getData(), StandardCharsets.US_ASCII);
            }
        }
        throw new AssertionError("no name");
    }

    private static List<ShortMessage> shortMessages(Track track, int command) {
        List<ShortMessage> found = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof ShortMessage message && message.getCommand() == command) {
                found.add(message);
            }
        }
        return found;
    }

    private static int controller(Track track, int number) {
        return shortMessages(track, ShortMessage.CONTROL_CHANGE).stream()
                .filter(message -> message.getData1() == number)
                .findFirst().orElseThrow().getData2();
    }
}
