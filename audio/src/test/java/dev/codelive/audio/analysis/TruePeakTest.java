package dev.codelive.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * True peak with sines whose samples miss their peaks by a known amount (the kind of signal EBU Tech 3341 cases
 * 15 to 19 use): a sine at fs/k with its phase chosen so that no sample lands on a crest.
 */
class TruePeakTest {
    private final LoudnessMeter meter = new LoudnessMeter();

    @ParameterizedTest(name = "{0} Hz: fs/{1}, phase {2} deg, {3} dBFS")
    @CsvSource({
        "48000, 4, 45, 0", "44100, 4, 45, 0", "48000, 4, 45, -6", "48000, 6, 0, -6", "48000, 8, 22.5, -6",
        "44100, 6, 0, -6", "32000, 4, 45, -6", "96000, 4, 45, -6", "22050, 8, 22.5, -1"})
    void peakBetweenSamplesIsFound(int rate, int divisor, double phaseDegrees, double amplitudeDb) {
        PcmAudio tone = TestTones.faded(
                TestTones.sine(rate, 2, 2, (double) rate / divisor, amplitudeDb, Math.toRadians(phaseDegrees)), 0.05);
        double highestSample = amplitudeDb + 20 * Math.log10(highestSampleOfUnitSine(divisor, phaseDegrees));

        LoudnessReport report = meter.measure(tone);

        assertThat(report.samplePeakDbfs()).isCloseTo(highestSample, within(0.01));
        assertThat(report.truePeakDbtp()).isCloseTo(amplitudeDb, within(0.2));
    }

    @Test
    void anAbruptStartOvershootsAsItsReconstructionWould() {
        // A sine switched on at its crest is a step: the band-limited wave rings past it (Gibbs), and so reads higher.
        PcmAudio abrupt = TestTones.sine(48_000, 1, 0.5, 100, -6, Math.PI / 2);

        assertThat(meter.measure(abrupt).truePeakDbtp()).isGreaterThan(-6 + 0.3);
        assertThat(meter.measure(TestTones.faded(abrupt, 0.05)).truePeakDbtp()).isCloseTo(-6, within(0.05));
    }

    @Test
    void quarterRateSineAtFortyFiveDegreesHasSamplesAtMinus3ButPeaksAt0() {
        LoudnessReport report = meter.measure(TestTones.faded(TestTones.sine(48_000, 1, 1, 12_000, 0, Math.PI / 4), 0.05));

        assertThat(report.samplePeakDbfs()).isCloseTo(-3.01, within(0.01));
        assertThat(report.truePeakDbtp()).isCloseTo(0, within(0.2));
    }

    @Test
    void fullScaleSamplesCanHideAPeakThreeDecibelsOverFullScale() {
        // Every sample is +-1.0 (0 dBFS) but the wave they describe crests at sqrt(2): +3.01 dBTP.
        LoudnessReport report = meter.measure(
                TestTones.faded(TestTones.sine(48_000, 2, 1, 12_000, 20 * Math.log10(Math.sqrt(2)), Math.PI / 4), 0.05));

        assertThat(report.samplePeakDbfs()).isCloseTo(0, within(0.01));
        assertThat(report.truePeakDbtp()).isCloseTo(3.01, within(0.2));
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44_100, 48_000, 32_000, 16_000})
    void sinesUpToAQuarterOfTheRateReadWithinTheToleranceWhateverTheirPhase(int rate) {
        SplittableRandom random = new SplittableRandom(rate);
        TruePeakDetector detector = new TruePeakDetector(rate);
        for (int trial = 0; trial < 60; trial++) {
            double hz = 50 + random.nextDouble() * (rate / 4.0 - 50);
            double amplitude = 0.1 + 0.8 * random.nextDouble();
            float[] tone = TestTones.faded(TestTones.sine(rate, 1, 0.25, hz, 20 * Math.log10(amplitude),
                    random.nextDouble() * 2 * Math.PI), 0.05).channel(0);

            double error = 20 * Math.log10(detector.truePeak(tone) / amplitude);

            assertThat(error).as("%.1f Hz", hz).isBetween(-0.2, 0.05);
        }
    }

    @Test
    void oversamplingIsAtLeastFourfoldAndGrowsAtLowRates() {
        assertThat(new TruePeakDetector(48_000).factor()).isEqualTo(4);
        assertThat(new TruePeakDetector(44_100).factor()).isEqualTo(4);
        assertThat(new TruePeakDetector(192_000).factor()).isEqualTo(4);
        assertThat(new TruePeakDetector(32_000).factor()).isEqualTo(8);
        assertThat(new TruePeakDetector(16_000).factor()).isEqualTo(16);
    }

    @Test
    void skippingQuietStretchesChangesNothing() {
        // Loud bursts in long quiet stretches: the detector skips the quiet blocks; the bursts still decide the peak.
        PcmAudio burst = TestTones.faded(TestTones.sine(48_000, 1, 0.05, 11_000, -1, 0.3), 0.01);
        PcmAudio quiet = TestTones.noise(48_000, 1, 48_000, 0.05, 4);
        PcmAudio programme = TestTones.concat(quiet, burst, quiet, burst, quiet);

        double measured = new TruePeakDetector(48_000).truePeak(programme.channel(0));

        assertThat(20 * Math.log10(measured)).isCloseTo(-1, within(0.1));
    }

    /** The largest |sin(2 pi n / divisor + phase)| over all n. */
    private static double highestSampleOfUnitSine(int divisor, double phaseDegrees) {
        double max = 0;
        for (int n = 0; n < divisor; n++) {
            max = Math.max(max, Math.abs(Math.sin(2 * Math.PI * n / divisor + Math.toRadians(phaseDegrees))));
        }
        return max;
    }
}
