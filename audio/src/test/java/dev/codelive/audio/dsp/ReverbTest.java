package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.testsupport.Signals;
import org.junit.jupiter.api.Test;

class ReverbTest {
    private static final int RATE = 48_000;

    private static PcmAudio impulse(int frames) {
        float[] samples = new float[frames];
        samples[0] = 1;
        return new PcmAudio(RATE, new float[][] {samples});
    }

    private static double energyDb(float[] left, float[] right, int from, int to) {
        double sum = 0;
        for (int n = from; n < to; n++) {
            sum += (double) left[n] * left[n] + (double) right[n] * right[n];
        }
        return 10 * Math.log10(sum / (to - from) + 1e-300);
    }

    @Test
    void theTailFallsSixtyDecibelsInAboutTheDecayTimeAndThenToSilence() {
        Reverb reverb = new Reverb(new Reverb.Settings(0, 1.5, 0, 1, 0), RATE);
        PcmAudio out = reverb.process(impulse(8 * RATE));
        float[] left = out.channel(0);
        float[] right = out.channel(1);
        int window = RATE / 20;

        double early = energyDb(left, right, RATE / 10, RATE / 10 + window);
        double atDecay = energyDb(left, right, RATE / 10 + (int) (1.5 * RATE), RATE / 10 + (int) (1.5 * RATE) + window);
        assertThat(early - atDecay).isCloseTo(60, within(8.0));
        assertThat(Signals.peak(left, 7 * RATE, 8 * RATE)).isLessThan(1e-6);
        assertThat(Signals.peak(right, 7 * RATE, 8 * RATE)).isLessThan(1e-6);
    }

    @Test
    void dampingShortensTheHighsMoreThanTheLows() {
        PcmAudio noise = new PcmAudio(RATE, new float[][] {Signals.whiteNoise(0.5, RATE / 10, 5)});
        float[] bright = new Reverb(new Reverb.Settings(0, 2, 0, 1, 0), RATE).process(pad(noise)).channel(0);
        float[] dark = new Reverb(new Reverb.Settings(0, 2, 1, 1, 0), RATE).process(pad(noise)).channel(0);

        assertThat(highShare(dark, RATE, 2 * RATE)).isLessThan(highShare(bright, RATE, 2 * RATE) / 2);
    }

    @Test
    void theWetSignalStartsAfterThePreDelayAndIsWideStereo() {
        Reverb reverb = new Reverb(new Reverb.Settings(0.040, 1.0, 0.3, 1, 0), RATE);
        PcmAudio out = reverb.process(impulse(RATE));
        float[] left = out.channel(0);
        float[] right = out.channel(1);

        assertThat(Signals.peak(left, 0, (int) (0.040 * RATE))).isZero();
        assertThat(Signals.peak(left, (int) (0.040 * RATE), RATE / 5)).isPositive();
        double dot = 0;
        for (int n = 0; n < RATE; n++) {
            dot += (double) left[n] * right[n];
        }
        double correlation = dot / (Signals.rms(left, 0, RATE) * Signals.rms(right, 0, RATE) * RATE);
        assertThat(Math.abs(correlation)).isLessThan(0.5);
    }

    @Test
    void dryOnlyPassesTheInputAndWetOnlyIsLinear() {
        PcmAudio a = new PcmAudio(RATE, new float[][] {Signals.whiteNoise(0.3, RATE, 1)});
        PcmAudio b = new PcmAudio(RATE, new float[][] {Signals.sine(300, 0.3, 0, RATE, RATE)});
        PcmAudio sum = new PcmAudio(RATE, new float[][] {add(a.channel(0), b.channel(0))});

        PcmAudio dry = new Reverb(new Reverb.Settings(0.01, 2, 0.5, 0, 1), RATE).process(a);
        assertThat(dry.channel(0)).isEqualTo(a.channel(0));

        Reverb wet = new Reverb(new Reverb.Settings(0.01, 2, 0.5, 1, 0), RATE);
        float[] separately = add(wet.process(a).channel(0), wet.process(b).channel(0));
        float[] together = wet.process(sum).channel(0);
        for (int n = 0; n < RATE; n += 11) {
            assertThat(together[n]).isCloseTo(separately[n], within(1e-4f));
        }
        assertThat(wet.process(a)).isEqualTo(wet.process(a));
    }

    @Test
    void writingOverTheInputGivesWhatSeparateOutputsGet() {
        Reverb reverb = new Reverb(new Reverb.Settings(0.03, 1.5, 0.5, 0.7, 0.5), RATE);
        float[] left = Signals.whiteNoise(0.3, RATE, 11);
        float[] right = Signals.sine(440, 0.3, 0, RATE, RATE);
        float[] outLeft = new float[RATE];
        float[] outRight = new float[RATE];
        reverb.process(left, right, outLeft, outRight);

        reverb.process(left, right, left, right);

        assertThat(left).isEqualTo(outLeft);
        assertThat(right).isEqualTo(outRight);
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new Reverb.Settings(0, 0, 0.5, 1, 0)).hasMessageContaining("decay");
        assertThatThrownBy(() -> new Reverb.Settings(1, 2, 0.5, 1, 0)).hasMessageContaining("pre-delay");
        assertThatThrownBy(() -> new Reverb.Settings(0, 2, 2, 1, 0)).hasMessageContaining("damping");
        Reverb reverb = new Reverb(new Reverb.Settings(0, 2, 0.5, 1, 0), RATE);
        assertThatThrownBy(() -> reverb.process(PcmAudio.silence(44_100, 1, 10))).hasMessageContaining("Hz");
    }

    private static PcmAudio pad(PcmAudio audio) {
        float[] padded = new float[3 * RATE];
        System.arraycopy(audio.channel(0), 0, padded, 0, audio.frames());
        return new PcmAudio(RATE, new float[][] {padded});
    }

    /** Share of the energy in the difference signal (a crude high-pass) over the signal's energy. */
    private static double highShare(float[] samples, int from, int to) {
        double high = 0;
        double all = 0;
        for (int n = from; n < to; n++) {
            double difference = samples[n] - samples[n - 1];
            high += difference * difference;
            all += (double) samples[n] * samples[n];
        }
        return high / all;
    }

    private static float[] add(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int n = 0; n < a.length; n++) {
            out[n] = a[n] + b[n];
        }
        return out;
    }
}
