package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.dsp.Compressor;
import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.testsupport.Signals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInRendererTest {
    private static final int RATE = 32_000;

    /** A small band: drums, bass, pad, lead and choir over four bars, with pans, gains and reverb sends. */
    static Score band(double seconds, double gainDb) {
        List<Note> drums = new ArrayList<>();
        List<Note> bass = new ArrayList<>();
        List<Note> pad = new ArrayList<>();
        List<Note> lead = new ArrayList<>();
        for (int beat = 0; beat < 16; beat++) {
            drums.add(new Note(beat, 0.25, beat % 2 == 0 ? Drum.KICK.key() : Drum.SNARE.key(), 0.9));
            drums.add(new Note(beat + 0.5, 0.25, Drum.CLOSED_HAT.key(), 0.6));
            bass.add(new Note(beat, 0.9, 40 + (beat / 4) * 2, 0.8));
            lead.add(new Note(beat, 0.5, 64 + beat % 5, 0.7));
        }
        for (int bar = 0; bar < 4; bar++) {
            for (int pitch : new int[] {52, 55, 59}) {
                pad.add(new Note(bar * 4, 4, pitch, 0.6));
            }
        }
        return new Score(120, seconds, List.of(
                new Part("drums", Instrument.DRUM_KIT, drums, gainDb, 0, 0.1),
                new Part("bass", Instrument.SYNTH_BASS, bass, gainDb, 0, 0),
                new Part("pad", Instrument.PAD, pad, gainDb - 3, -0.4, 0.5),
                new Part("lead", Instrument.LEAD, lead, gainDb - 2, 0.3, 0.3),
                new Part("choir", Instrument.CHOIR, List.of(new Note(0, 8, 60, 0.6)), gainDb, 0, 0.6)));
    }

    @Test
    void rendersExactlyTheScoresLengthWithOneStemPerPart() {
        Score score = band(7.12345, 0);

        RenderedScore rendered = new BuiltInRenderer().render(score, RATE);

        int frames = (int) Math.round(7.12345 * RATE);
        assertThat(rendered.mix().frames()).isEqualTo(frames);
        assertThat(rendered.mix().channelCount()).isEqualTo(2);
        assertThat(rendered.mix().sampleRate()).isEqualTo(RATE);
        assertThat(rendered.stems()).containsOnlyKeys("drums", "bass", "pad", "lead", "choir");
        rendered.stems().values().forEach(stem -> {
            assertThat(stem.frames()).isEqualTo(frames);
            assertThat(stem.channelCount()).isEqualTo(2);
            assertThat(Signals.rms(stem.channel(0), 0, frames)).isPositive();
        });
    }

    @Test
    void isBitIdenticalWhateverTheThreadCount() {
        Score score = band(8, 0);

        RenderedScore single = new BuiltInRenderer(1).render(score, RATE);
        RenderedScore parallel = new BuiltInRenderer(4).render(score, RATE);
        RenderedScore again = new BuiltInRenderer(2).render(score, RATE);

        assertThat(parallel.mix()).isEqualTo(single.mix());
        assertThat(again.mix()).isEqualTo(single.mix());
        assertThat(parallel.stems()).isEqualTo(single.stems());
    }

    @Test
    void aPartSoundsTheSameWhateverElseIsInTheScore() {
        Score full = band(8, 0);
        Part lead = full.parts().get(3);
        Score alone = new Score(120, 8, List.of(lead));

        PcmAudio inBand = new BuiltInRenderer().render(full, RATE).stems().get("lead");
        PcmAudio solo = new BuiltInRenderer().render(alone, RATE).stems().get("lead");

        assertThat(solo).isEqualTo(inBand);
    }

    @Test
    void belowTheBusCompressorTheMixIsTheSumOfTheStems() {
        RenderedScore rendered = new BuiltInRenderer().render(band(8, -30), RATE);

        float[][] sum = sumOfStems(rendered, band(8, -30));

        assertThat(rendered.mix().channel(0)).isEqualTo(sum[0]);
        assertThat(rendered.mix().channel(1)).isEqualTo(sum[1]);
    }

    @Test
    void loudMixesAreTheSumOfTheStemsThroughTheBusCompressor() {
        Score loud = band(8, 6);
        RenderedScore rendered = new BuiltInRenderer().render(loud, RATE);

        float[][] sum = sumOfStems(rendered, loud);
        PcmAudio expected = new Compressor(MixBus.BUS_COMPRESSION, RATE).process(new PcmAudio(RATE, sum));

        assertThat(rendered.mix()).isEqualTo(expected);
        assertThat(Signals.peak(rendered.mix().channel(0), 0, rendered.mix().frames()))
                .isLessThan(Signals.peak(sum[0], 0, sum[0].length));
    }

    @Test
    void notesPastTheEndAreCutAndTailsRingToTheEnd() {
        Part within = new Part("keys", Instrument.PIANO, List.of(new Note(7, 4, 60, 0.8)), 0, 0, 0);
        Part withLate = new Part("keys", Instrument.PIANO, List.of(new Note(7, 4, 60, 0.8), new Note(9, 1, 67, 0.8)), 0, 0, 0);
        Score score = new Score(120, 4.0, List.of(within));
        Score scoreWithLate = new Score(120, 4.0, List.of(withLate));

        PcmAudio stem = new BuiltInRenderer().render(score, RATE).stems().get("keys");
        PcmAudio stemWithLate = new BuiltInRenderer().render(scoreWithLate, RATE).stems().get("keys");

        assertThat(stemWithLate).isEqualTo(stem);
        assertThat(stem.frames()).isEqualTo(4 * RATE);
        // The note starts at 3.5 s and is still sounding in the last frames.
        assertThat(Signals.rms(stem.channel(0), stem.frames() - RATE / 100, stem.frames())).isGreaterThan(1e-3);
        assertThat(Signals.peak(stem.channel(0), 0, (int) (3.5 * RATE))).isZero();
    }

    @Test
    void panGainAndReverbSendShapeTheStem() {
        List<Note> note = List.of(new Note(0, 0.5, 60, 0.8));
        Score dryLeft = new Score(120, 3, List.of(new Part("p", Instrument.ORGAN, note, 0, -1, 0)));
        Score louder = new Score(120, 3, List.of(new Part("p", Instrument.ORGAN, note, 6, -1, 0)));
        Score wet = new Score(120, 3, List.of(new Part("p", Instrument.ORGAN, note, 0, -1, 1)));
        BuiltInRenderer renderer = new BuiltInRenderer();

        PcmAudio left = renderer.render(dryLeft, RATE).stems().get("p");
        PcmAudio plus6 = renderer.render(louder, RATE).stems().get("p");
        PcmAudio reverberant = renderer.render(wet, RATE).stems().get("p");

        assertThat(Signals.peak(left.channel(1), 0, left.frames())).isZero();
        assertThat(Signals.rms(plus6.channel(0), 0, RATE) / Signals.rms(left.channel(0), 0, RATE))
                .isCloseTo(Math.pow(10, 6 / 20.0), within(1e-4));
        int afterNote = RATE / 2;
        assertThat(Signals.rms(left.channel(0), afterNote, 2 * RATE)).isLessThan(1e-6);
        assertThat(Signals.rms(reverberant.channel(0), afterNote, 2 * RATE)).isGreaterThan(1e-3);
        // The reverb is stereo even when the part is hard left.
        assertThat(Signals.rms(reverberant.channel(1), afterNote, 2 * RATE)).isGreaterThan(1e-3);
    }

    @Test
    void anEmptyScoreIsSilenceOfTheRightLength() {
        RenderedScore rendered = new BuiltInRenderer().render(new Score(90, 1.5, List.of()), RATE);

        assertThat(rendered.stems()).isEmpty();
        assertThat(rendered.mix()).isEqualTo(PcmAudio.silence(RATE, 2, (int) (1.5 * RATE)));
    }

    @Test
    void rejectsSampleRatesItCannotRenderAndBadThreadCounts() {
        BuiltInRenderer renderer = new BuiltInRenderer();
        Score score = band(2, 0);

        assertThatThrownBy(() -> renderer.render(score, 4000)).hasMessageContaining("sample rate");
        assertThatThrownBy(() -> renderer.render(score, 400_000)).hasMessageContaining("sample rate");
        assertThatThrownBy(() -> new BuiltInRenderer(0)).hasMessageContaining("threads");
        assertThat(renderer.describe()).isEqualTo("builtin");
    }

    private static float[][] sumOfStems(RenderedScore rendered, Score score) {
        int frames = rendered.mix().frames();
        float[][] sum = new float[2][frames];
        for (Part part : score.parts()) {
            PcmAudio stem = rendered.stems().get(part.name());
            for (int c = 0; c < 2; c++) {
                for (int n = 0; n < frames; n++) {
                    sum[c][n] += stem.channel(c)[n];
                }
            }
        }
        return sum;
    }
}
