package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.testsupport.Autocorrelation;
import dev.codelive.audio.testsupport.Signals;
import dev.codelive.audio.testsupport.Spectrum;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each instrument of the built-in synthesizer, one note at a time. */
class InstrumentVoicesTest {
    private static final int RATE = 44_100;
    private static final BuiltInRenderer RENDERER = new BuiltInRenderer(1);

    /** One note of 2 beats at 120 bpm (1 s held), in a 2.5 s score, dry and centred. */
    static float[] renderNote(Instrument instrument, int pitch, double velocity) {
        Part part = new Part("solo", instrument, List.of(new Note(0, 2, pitch, velocity)), 0, 0, 0);
        PcmAudio stem = RENDERER.render(new Score(120, 2.5, List.of(part)), RATE).stems().get("solo");
        return stem.mixdown();
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyInstrumentSounds(Instrument instrument) {
        int pitch = instrument.isDrums() ? Drum.SNARE.key() : 60;

        float[] note = renderNote(instrument, pitch, 0.8);

        double rms = Signals.rms(note, 0, RATE);
        assertThat(Signals.db(rms)).isGreaterThan(-40);
        assertThat(Signals.peak(note, 0, note.length)).isLessThan(1.0);
        for (float sample : note) {
            assertThat(Float.isFinite(sample)).isTrue();
        }
    }

    static Stream<Arguments> pitchedNotes() {
        return Stream.of(Instrument.values())
                .filter(instrument -> !instrument.isDrums() && instrument != Instrument.CHOIR)
                .flatMap(instrument -> {
                    boolean low = instrument == Instrument.BASS || instrument == Instrument.SYNTH_BASS;
                    int[] pitches = low ? new int[] {28, 40, 52} : new int[] {48, 62, 69, 81};
                    return java.util.Arrays.stream(pitches).mapToObj(pitch -> Arguments.of(instrument, pitch));
                });
    }

    @ParameterizedTest(name = "{0} note {1}")
    @MethodSource("pitchedNotes")
    void fundamentalIsWithinTenCentsOfTheNote(Instrument instrument, int pitch) {
        double expected = 440 * Math.pow(2, (pitch - 69) / 12.0);
        float[] note = renderNote(instrument, pitch, 0.8);

        // The held part of the note, after the attack.
        Spectrum spectrum = Spectrum.of(note, RATE / 10, (int) (0.8 * RATE), RATE, 1 << 17);
        double semitone = Math.pow(2, 1 / 12.0);
        double measured = spectrum.peakFrequency(expected / semitone, expected * semitone);

        assertThat(cents(measured, expected)).isCloseTo(0, within(10.0));
        // And it is a real partial of the sound, not leakage.
        assertThat(spectrum.peakLevelDb(expected / semitone, expected * semitone)).isGreaterThan(-30);
    }

    @ParameterizedTest(name = "choir note {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {48, 57, 64, 72})
    void choirSingsTheNoteWithinTenCents(int pitch) {
        double expected = 440 * Math.pow(2, (pitch - 69) / 12.0);
        float[] note = renderNote(Instrument.CHOIR, pitch, 0.8);

        double measured = Autocorrelation.pitchHz(note, RATE / 5, RATE / 2, RATE, expected / 1.5, expected * 1.5);

        assertThat(cents(measured, expected)).isCloseTo(0, within(10.0));
    }

    @Test
    void pianoIsBrighterWhenPlayedHarder() {
        float[] soft = renderNote(Instrument.PIANO, 60, 0.25);
        float[] hard = renderNote(Instrument.PIANO, 60, 1.0);

        double softShare = Spectrum.of(soft, 0, RATE / 2, RATE, 1 << 15).energyFraction(1000, 20_000);
        double hardShare = Spectrum.of(hard, 0, RATE / 2, RATE, 1 << 15).energyFraction(1000, 20_000);

        assertThat(hardShare).isGreaterThan(2 * softShare);
        assertThat(Signals.rms(hard, 0, RATE)).isGreaterThan(3 * Signals.rms(soft, 0, RATE));
    }

    @Test
    void pianoDecaysWhileHeldAndStopsSoonAfterRelease() {
        float[] note = renderNote(Instrument.PIANO, 60, 0.8);

        double early = Signals.rms(note, 0, RATE / 10);
        double late = Signals.rms(note, 8 * RATE / 10, 9 * RATE / 10);
        double afterRelease = Signals.rms(note, (int) (1.5 * RATE), 2 * RATE);

        assertThat(late).isLessThan(early / 2);
        assertThat(afterRelease).isLessThan(late / 1000);
    }

    private static double cents(double measured, double expected) {
        return 1200 * Math.log(measured / expected) / Math.log(2);
    }
}
