package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.testsupport.Signals;
import dev.codelive.audio.testsupport.Spectrum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** General MIDI playback with the installed soundfont (skipped without one, except in CI, where it fails). */
class SoundFontRendererTest {
    private static final int RATE = 44_100;
    private static SoundFontRenderer renderer;
    private static Path soundFont;

    @TempDir
    Path directory;

    @BeforeAll
    static void findSoundFont() {
        Optional<Path> found = SoundFonts.locate(System.getenv());
        if (found.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs a General MIDI soundfont: install fluid-soundfont-gm or set SOUNDFONT");
            }
            Assumptions.abort("no General MIDI soundfont installed");
        }
        soundFont = found.get();
        renderer = new SoundFontRenderer(soundFont, 2);
    }

    private static Score everyInstrument() {
        List<Part> parts = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            int first = instrument.isDrums() ? Drum.SNARE.key() : 60;
            int second = instrument.isDrums() ? Drum.CLOSED_HAT.key() : 67;
            String name = instrument.name().toLowerCase(Locale.ROOT).replace('_', '-');
            parts.add(new Part(name, instrument, List.of(new Note(0, 2, first, 0.8), new Note(2, 1, second, 0.8)), 0, 0, 0.2));
        }
        return new Score(120, 2.7, parts);
    }

    private static float[] solo(Instrument instrument, int pitch) {
        Part part = new Part("solo", instrument, List.of(new Note(0, 2, pitch, 0.8)), 0, 0, 0);
        return renderer.render(new Score(120, 1.5, List.of(part)), RATE).stems().get("solo").mixdown();
    }

    @Test
    void runsWithTheExportFlagThatSurefirePasses() {
        assertThat(Gervill.accessible()).isTrue();
        assertThat(renderer.describe()).isEqualTo("soundfont " + soundFont.getFileName());
    }

    @Test
    void everyInstrumentSoundsInItsOwnStemOfTheExactLength() {
        RenderedScore rendered = renderer.render(everyInstrument(), RATE);

        int frames = (int) Math.round(2.7 * RATE);
        assertThat(rendered.mix().frames()).isEqualTo(frames);
        assertThat(rendered.stems()).hasSize(Instrument.values().length);
        rendered.stems().forEach((name, stem) -> {
            assertThat(stem.frames()).as(name).isEqualTo(frames);
            assertThat(Signals.db(Signals.rms(stem.mixdown(), 0, frames))).as(name).isGreaterThan(-50);
        });
    }

    @Test
    void twoRendersAreBitIdentical() {
        RenderedScore first = renderer.render(everyInstrument(), RATE);
        RenderedScore second = new SoundFontRenderer(soundFont, 1).render(everyInstrument(), RATE);

        assertThat(second.mix()).isEqualTo(first.mix());
        assertThat(second.stems()).isEqualTo(first.stems());
    }

    @Test
    void programsAreInTune() {
        for (int pitch : new int[] {57, 69}) {
            double expected = 440 * Math.pow(2, (pitch - 69) / 12.0);
            float[] note = solo(Instrument.PIANO, pitch);
            double measured = Spectrum.of(note, RATE / 10, (int) (0.6 * RATE), RATE, 1 << 17)
                    .peakFrequency(expected / 1.05, expected * 1.05);

            assertThat(1200 * Math.log(measured / expected) / Math.log(2)).isCloseTo(0, within(10.0));
        }
    }

    @Test
    void drumPartsPlayTheDrumKitOnChannelTen() {
        float[] kick = solo(Instrument.DRUM_KIT, Drum.KICK.key());
        float[] hat = solo(Instrument.DRUM_KIT, Drum.CLOSED_HAT.key());

        assertThat(Spectrum.of(kick, 0, RATE / 2, RATE, 1 << 15).energyFraction(0, 150)).isGreaterThan(0.5);
        assertThat(Spectrum.of(hat, 0, RATE / 4, RATE, 1 << 15).energyFraction(5000, 22_050)).isGreaterThan(0.5);
    }

    @Test
    void notesPastTheEndAreCutAndTheQuietMixIsTheSumOfItsStems() {
        Part part = new Part("keys", Instrument.PIANO, List.of(new Note(0, 1, 60, 0.5)), -20, 0, 0.3);
        Part withLate = new Part("keys", Instrument.PIANO, List.of(new Note(0, 1, 60, 0.5), new Note(5, 1, 72, 0.9)), -20, 0, 0.3);

        RenderedScore rendered = renderer.render(new Score(120, 2, List.of(part)), RATE);
        RenderedScore withLateNote = renderer.render(new Score(120, 2, List.of(withLate)), RATE);

        assertThat(withLateNote.mix()).isEqualTo(rendered.mix());
        PcmAudio stem = rendered.stems().get("keys");
        assertThat(rendered.mix()).isEqualTo(stem);
    }

    @Test
    void rejectsAMissingSoundfontAndUnsupportedRates() {
        assertThatThrownBy(() -> new SoundFontRenderer(directory.resolve("none.sf2")))
                .hasMessageContaining("none.sf2");
        assertThatThrownBy(() -> renderer.render(everyInstrument(), 1000)).hasMessageContaining("sample rate");
    }

    @Test
    void withoutTheExportFlagRenderingFailsNamingTheFlag() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                GervillAccessProbe.class.getName(), soundFont.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();

        assertThat(output).contains("refused: ").contains("--add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED");
    }
}
