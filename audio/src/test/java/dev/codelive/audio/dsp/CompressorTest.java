package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.testsupport.Signals;
import org.junit.jupiter.api.Test;

class CompressorTest {
    private static final int RATE = 48_000;

    private static Compressor compressor(double threshold, double ratio, double knee, double makeup) {
        return new Compressor(new Compressor.Settings(threshold, ratio, knee, 0.005, 0.200, makeup), RATE);
    }

    /** Output peak level (dBFS) of a 1 kHz sine of the given peak level, measured over its last half second. */
    private static double steadyOutputDb(Compressor compressor, double inputDb) {
        float[] sine = Signals.sine(1000, Db.toGain(inputDb), 0, 2 * RATE, RATE);
        PcmAudio out = compressor.process(new PcmAudio(RATE, new float[][] {sine}));
        return Signals.db(Signals.peak(out.channel(0), (int) (1.5 * RATE), 2 * RATE));
    }

    @Test
    void belowTheKneeTheSignalPassesUntouched() {
        float[] sine = Signals.sine(440, Db.toGain(-30), 0, RATE, RATE);
        PcmAudio in = new PcmAudio(RATE, new float[][] {sine});

        PcmAudio out = compressor(-20, 4, 6, 0).process(in);

        assertThat(out).isEqualTo(in);
    }

    @Test
    void aboveTheThresholdTheSteadyStateFollowsTheRatio() {
        Compressor compressor = compressor(-20, 4, 0, 0);

        double at6 = steadyOutputDb(compressor, -6);
        double at18 = steadyOutputDb(compressor, -18);

        assertThat(at6).isCloseTo(-20 + 14 / 4.0, within(0.3));
        assertThat(at18).isCloseTo(-20 + 2 / 4.0, within(0.3));
        // 12 dB more in gives 12 / ratio dB more out.
        assertThat(at6 - at18).isCloseTo(3, within(0.15));
    }

    @Test
    void makeupGainIsAddedAfterCompression() {
        double plain = steadyOutputDb(compressor(-20, 2, 0, 0), -8);
        double madeUp = steadyOutputDb(compressor(-20, 2, 0, 5), -8);

        assertThat(madeUp - plain).isCloseTo(5, within(0.01));
    }

    @Test
    void theSoftKneeBendsHalfwayToTheRatioAtTheThreshold() {
        Compressor compressor = compressor(-20, 4, 8, 0);

        assertThat(compressor.gainReductionDb(-24.5)).isZero();
        // Quadratic knee: (1/R - 1) * (W/2)^2 / (2W) = -0.75 * 16 / 16 at the threshold itself.
        assertThat(compressor.gainReductionDb(-20)).isCloseTo(-0.75, within(1e-9));
        assertThat(compressor.gainReductionDb(-4)).isCloseTo(-12, within(1e-9));
    }

    @Test
    void bothChannelsGetTheSameGainSoTheImageStays() {
        float[] loud = Signals.sine(500, 0.9, 0, RATE, RATE);
        float[] quiet = Signals.sine(700, 0.05, 0, RATE, RATE);
        PcmAudio out = compressor(-20, 8, 0, 0).process(new PcmAudio(RATE, new float[][] {loud, quiet}));

        for (int n = RATE / 2; n < RATE; n += 37) {
            if (Math.abs(loud[n]) > 0.1 && Math.abs(quiet[n]) > 0.01) {
                double leftGain = out.channel(0)[n] / loud[n];
                double rightGain = out.channel(1)[n] / quiet[n];
                assertThat(rightGain).isCloseTo(leftGain, within(1e-5));
            }
        }
        assertThat(Signals.peak(out.channel(1), RATE / 2, RATE)).isLessThan(0.05 * 0.5);
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new Compressor.Settings(-20, 0.5, 0, 0.01, 0.1, 0)).hasMessageContaining("ratio");
        assertThatThrownBy(() -> new Compressor.Settings(6, 2, 0, 0.01, 0.1, 0)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new Compressor.Settings(-20, 2, 0, 0, 0.1, 0)).hasMessageContaining("attack");
    }
}
