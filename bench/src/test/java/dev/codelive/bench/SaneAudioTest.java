package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.audio.PcmAudio;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The check every render's output must pass before its time counts. */
class SaneAudioTest {
    private static final int RATE = 44_100;

    @Test
    void oursMustBeTheSongsLengthToTheFrame() {
        SaneAudio expected = SaneAudio.exactly(RATE, 2);

        assertThat(expected.problem(tone(2 * RATE, RATE, 2))).isEmpty();
        assertThat(expected.problem(tone(2 * RATE + 1, RATE, 2))).get().asString().contains("expected");
        assertThat(expected.problem(tone(2 * RATE - 1, RATE, 2))).isPresent();
    }

    @Test
    void fluidsynthMayAddAReleaseTailButNotCutTheSong() {
        SaneAudio expected = SaneAudio.withTail(RATE, 2, 15);

        assertThat(expected.problem(tone(2 * RATE, RATE, 2))).isEmpty();
        assertThat(expected.problem(tone(10 * RATE, RATE, 2))).isEmpty();
        assertThat(expected.problem(tone(RATE, RATE, 2))).get().asString().contains("got 1.000 s");
        assertThat(expected.problem(tone(18 * RATE, RATE, 2))).isPresent();
    }

    @Test
    void silenceOrDitherAloneFails() {
        PcmAudio dither = new PcmAudio(RATE, new float[][] {filled(RATE, 3e-5f), filled(RATE, -3e-5f)});

        assertThat(SaneAudio.exactly(RATE, 1).problem(dither)).get().asString().startsWith("silent");
    }

    @Test
    void monoOrAnotherRateFails() {
        assertThat(SaneAudio.exactly(RATE, 1).problem(tone(RATE, RATE, 1))).get().asString().contains("1 channel(s)");
        assertThat(SaneAudio.exactly(RATE, 1).problem(tone(48_000, 48_000, 2))).get().asString().contains("48000 Hz");
    }

    private static PcmAudio tone(int frames, int rate, int channels) {
        float[][] samples = new float[channels][];
        for (int c = 0; c < channels; c++) {
            samples[c] = new float[frames];
            for (int i = 0; i < frames; i++) {
                samples[c][i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
            }
        }
        return new PcmAudio(rate, samples);
    }

    private static float[] filled(int frames, float value) {
        float[] samples = new float[frames];
        Arrays.fill(samples, value);
        return samples;
    }
}
