package dev.codelive.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Integrated loudness and gating, with the EBU Tech 3341 test signals built here from their definitions. */
class LoudnessMeterTest {
    private final LoudnessMeter meter = new LoudnessMeter();

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000, 22_050, 32_000, 88_200, 96_000, 192_000})
    void case1StereoSineAtMinus23DbfsIsMinus23Lufs(int rate) {
        PcmAudio tone = TestTones.sine(rate, 2, 20, 1000, -23);

        assertThat(meter.measure(tone).integratedLufs()).isCloseTo(-23, within(0.1));
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000})
    void case2StereoSineAtMinus33DbfsIsMinus33Lufs(int rate) {
        assertThat(meter.measure(TestTones.sine(rate, 2, 20, 1000, -33)).integratedLufs()).isCloseTo(-33, within(0.1));
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000})
    void case3QuietPartsBelowTheRelativeGateDoNotCount(int rate) {
        PcmAudio programme = TestTones.concat(segment(rate, 10, -36), segment(rate, 60, -23), segment(rate, 10, -36));

        assertThat(meter.measure(programme).integratedLufs()).isCloseTo(-23, within(0.1));
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000})
    void case4BlocksBelowTheAbsoluteGateDoNotCountEither(int rate) {
        PcmAudio programme = TestTones.concat(segment(rate, 10, -72), segment(rate, 10, -36), segment(rate, 60, -23),
                segment(rate, 10, -36), segment(rate, 10, -72));

        assertThat(meter.measure(programme).integratedLufs()).isCloseTo(-23, within(0.1));
        assertThat(meter.integratedLoudness(programme)).as("the loudness alone").isEqualTo(meter.measure(programme).integratedLufs());
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000})
    void case5LevelsAboveTheGateAreEnergyAveraged(int rate) {
        PcmAudio programme = TestTones.concat(segment(rate, 20, -26), segment(rate, 20.1, -20), segment(rate, 20, -26));

        assertThat(meter.measure(programme).integratedLufs()).isCloseTo(-23, within(0.1));
    }

    @Test
    void case6FiveChannelsWeightTheSurroundsByOnePointFourOne() {
        int rate = 48_000;
        PcmAudio front = TestTones.sine(rate, 1, 20, 1000, -28);
        PcmAudio centre = TestTones.sine(rate, 1, 20, 1000, -24);
        PcmAudio surround = TestTones.sine(rate, 1, 20, 1000, -30);
        PcmAudio fiveZero = new PcmAudio(rate, new float[][] {
            front.channel(0), front.channel(0), centre.channel(0), surround.channel(0), surround.channel(0)});

        assertThat(meter.measure(fiveZero).integratedLufs()).isCloseTo(-23, within(0.1));
    }

    @Test
    void theLfeOfFivePointOneIsLeftOut() {
        int rate = 48_000;
        float[] front = TestTones.sine(rate, 1, 20, 1000, -28).channel(0);
        float[] centre = TestTones.sine(rate, 1, 20, 1000, -24).channel(0);
        float[] surround = TestTones.sine(rate, 1, 20, 1000, -30).channel(0);
        float[] loudLfe = TestTones.sine(rate, 1, 20, 60, -6).channel(0);
        PcmAudio fivePointOne = new PcmAudio(rate, new float[][] {front, front, centre, loudLfe, surround, surround});

        assertThat(meter.measure(fivePointOne).integratedLufs()).isCloseTo(-23, within(0.1));
    }

    @Test
    void monoCountsItsOneChannelOnceAsBs1770Says() {
        assertThat(meter.measure(TestTones.sine(48_000, 1, 20, 1000, -23)).integratedLufs())
                .isCloseTo(-23 - 10 * Math.log10(2), within(0.1));
    }

    @Test
    void silenceIsMinusInfinityEverywhere() {
        assertThat(meter.integratedLoudness(PcmAudio.silence(48_000, 2, 48_000))).isEqualTo(Double.NEGATIVE_INFINITY);
        LoudnessReport report = meter.measure(PcmAudio.silence(48_000, 2, 48_000 * 5));

        assertThat(report.integratedLufs()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(report.truePeakDbtp()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(report.samplePeakDbfs()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(report.loudnessRangeLu()).isZero();
    }

    @Test
    void signalBelowTheAbsoluteGateIsMinusInfinity() {
        assertThat(meter.measure(TestTones.sine(48_000, 2, 5, 1000, -75)).integratedLufs())
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void programmeShorterThanOneBlockHasNoIntegratedLoudnessButHasPeaks() {
        LoudnessReport report = meter.measure(TestTones.sine(48_000, 2, 0.3, 1000, -6));

        assertThat(report.integratedLufs()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(report.samplePeakDbfs()).isCloseTo(-6, within(0.01));
    }

    @Test
    void loudnessFollowsLevelOneForOne() {
        double at20 = meter.measure(TestTones.noise(44_100, 2, 44_100 * 10, 0.1, 3)).integratedLufs();
        double at40 = meter.measure(TestTones.noise(44_100, 2, 44_100 * 10, 0.01, 3)).integratedLufs();

        assertThat(at20 - at40).isCloseTo(20, within(0.01));
    }

    private static PcmAudio segment(int rate, double seconds, double dbfs) {
        return TestTones.sine(rate, 2, seconds, 1000, dbfs);
    }
}
