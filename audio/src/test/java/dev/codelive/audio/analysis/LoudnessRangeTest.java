package dev.codelive.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loudness range with the EBU Tech 3342 test signals (stereo 1 kHz sines, 20 s per level) built here. */
class LoudnessRangeTest {
    private final LoudnessMeter meter = new LoudnessMeter();

    @ParameterizedTest(name = "{0} then {1} dBFS at {3} Hz -> {2} LU")
    @CsvSource({"-20, -30, 10, 48000", "-20, -15, 5, 48000", "-40, -20, 20, 48000", "-20, -30, 10, 44100",
        "-20, -15, 5, 44100", "-40, -20, 20, 44100"})
    void twoLevels(double first, double second, double expectedLu, int rate) {
        PcmAudio programme = TestTones.concat(level(rate, first), level(rate, second));

        assertThat(meter.measure(programme).loudnessRangeLu()).isCloseTo(expectedLu, within(1.0));
    }

    @Test
    void case4FiveLevelsWhereTheQuietestFallBelowTheRelativeGate() {
        int rate = 48_000;
        PcmAudio programme = TestTones.concat(level(rate, -50), level(rate, -35), level(rate, -20), level(rate, -35),
                level(rate, -50));

        assertThat(meter.measure(programme).loudnessRangeLu()).isCloseTo(15, within(1.0));
    }

    @Test
    void steadyToneHasNoRange() {
        assertThat(meter.measure(TestTones.sine(48_000, 2, 30, 1000, -20)).loudnessRangeLu()).isCloseTo(0, within(0.05));
    }

    @Test
    void programmeShorterThanOneShortTermWindowHasNoRange() {
        assertThat(meter.measure(TestTones.sine(48_000, 2, 2.5, 1000, -20)).loudnessRangeLu()).isZero();
    }

    private static PcmAudio level(int rate, double dbfs) {
        return TestTones.sine(rate, 2, 20, 1000, dbfs);
    }
}
