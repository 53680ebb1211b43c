package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.testsupport.Signals;
import dev.codelive.audio.testsupport.Spectrum;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The drum kit's sounds have the spectral character of their instruments. */
class DrumKitSoundTest {
    private static final int RATE = 44_100;
    private static final BuiltInRenderer RENDERER = new BuiltInRenderer(1);

    private static float[] hit(int key, double beats) {
        Part part = new Part("kit", Instrument.DRUM_KIT, List.of(new Note(0, beats, key, 0.9)), 0, 0, 0);
        PcmAudio stem = RENDERER.render(new Score(120, 2, List.of(part)), RATE).stems().get("kit");
        return stem.mixdown();
    }

    private static Spectrum spectrumOf(float[] sound) {
        return Spectrum.of(sound, 0, RATE / 2, RATE, 1 << 15);
    }

    @Test
    void kickHasMostOfItsEnergyBelow150Hz() {
        assertThat(spectrumOf(hit(Drum.KICK.key(), 0.5)).energyFraction(0, 150)).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @EnumSource(value = Drum.class, names = {"CLOSED_HAT", "PEDAL_HAT", "OPEN_HAT", "SHAKER"})
    void hatsAndShakerLiveAbove5kHz(Drum drum) {
        assertThat(spectrumOf(hit(drum.key(), 0.5)).energyFraction(5000, 22_050)).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @EnumSource(value = Drum.class, names = {"CRASH", "RIDE"})
    void cymbalsLiveAbove3kHz(Drum drum) {
        assertThat(spectrumOf(hit(drum.key(), 0.5)).energyFraction(3000, 22_050)).isGreaterThan(0.7);
    }

    @Test
    void snareHasBothTheDrumHeadAndTheWires() {
        Spectrum snare = spectrumOf(hit(Drum.SNARE.key(), 0.5));

        assertThat(snare.energyFraction(150, 400)).isGreaterThan(0.1);
        assertThat(snare.energyFraction(1500, 10_000)).isGreaterThan(0.3);
    }

    @Test
    void tomsAreTunedFromLowToHigh() {
        double low = spectrumOf(hit(Drum.LOW_TOM.key(), 0.5)).peakFrequency(40, 400);
        double mid = spectrumOf(hit(Drum.MID_TOM.key(), 0.5)).peakFrequency(40, 400);
        double high = spectrumOf(hit(Drum.HIGH_TOM.key(), 0.5)).peakFrequency(40, 400);

        assertThat(low).isLessThan(mid);
        assertThat(mid).isLessThan(high);
    }

    @Test
    void theEndOfAnOpenHatNoteChokesIt() {
        float[] choked = hit(Drum.OPEN_HAT.key(), 0.2);
        float[] ringing = hit(Drum.OPEN_HAT.key(), 2);

        int afterChoke = (int) (0.2 * RATE);
        assertThat(Signals.rms(choked, afterChoke, afterChoke + RATE / 10))
                .isLessThan(Signals.rms(ringing, afterChoke, afterChoke + RATE / 10) / 100);
    }

    @Test
    void everyGeneralMidiPercussionKeyPlaysAndOthersAreRejected() {
        for (int key = 35; key <= 81; key++) {
            assertThat(Signals.rms(hit(key, 0.5), 0, RATE / 4)).as("key %d", key).isGreaterThan(1e-3);
        }
        Part wrong = new Part("kit", Instrument.DRUM_KIT, List.of(new Note(0, 1, 20, 0.9)), 0, 0, 0);

        assertThatThrownBy(() -> RENDERER.render(new Score(120, 1, List.of(wrong)), RATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part kit")
                .hasMessageContaining("key 20");
    }
}
