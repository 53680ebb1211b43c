package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.testsupport.ReferenceTruePeak;
import dev.codelive.audio.testsupport.Signals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TruePeakDetectorTest {
    private static final int RATE = 48_000;
    private final TruePeakDetector detector = new TruePeakDetector();

    @Test
    void seesTheInterSamplePeakOfAQuarterRateSineSampledAt45Degrees() {
        float[] sine = Signals.sine(RATE / 4.0, 0.5, Math.PI / 4, RATE, RATE);

        float[] peaks = detector.framePeaks(new float[][] {sine});

        // Away from the ends, whose abrupt start and stop ring past the sine's own level.
        assertThat(Signals.db(Signals.peak(sine, RATE / 4, 3 * RATE / 4))).isCloseTo(-9.03, within(0.01));
        assertThat(Signals.db(Signals.peak(peaks, RATE / 4, 3 * RATE / 4))).isCloseTo(-6.02, within(0.02));
    }

    @ParameterizedTest(name = "{0} Hz")
    @CsvSource({"100", "997", "5000", "12345", "18000", "20500"})
    void agreesWithIdealBandLimitedUpsamplingOnSines(double frequency) {
        float[] sine = Signals.sine(frequency, 0.7, 0.37, RATE / 2, RATE);
        for (int n = 0; n < sine.length; n++) {
            // A smooth fade in and out, so that the ends add nothing near the Nyquist frequency.
            sine[n] *= (float) Math.pow(Math.sin(Math.PI * n / (sine.length - 1)), 2);
        }

        double measured = Signals.db(detector.maxPeak(new float[][] {sine}));

        assertThat(measured).isCloseTo(ReferenceTruePeak.dbtp(sine), within(0.05));
    }

    @Test
    void reportsTheLoudestChannelFrameByFrame() {
        float[] left = Signals.sine(1000, 0.2, 0, 4800, RATE);
        float[] right = Signals.sine(1000, 0.6, 0, 4800, RATE);

        float[] peaks = detector.framePeaks(new float[][] {left, right});

        assertThat(peaks).hasSize(4800);
        double max = 0;
        for (float peak : peaks) {
            max = Math.max(max, peak);
        }
        assertThat(max).isCloseTo(0.6, within(0.001));
    }
}
