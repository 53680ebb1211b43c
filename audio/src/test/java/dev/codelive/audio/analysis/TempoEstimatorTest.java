package dev.codelive.audio.analysis;

import static dev.codelive.audio.analysis.DrumPatterns.Hit.CLICK;
import static dev.codelive.audio.analysis.DrumPatterns.Hit.HAT;
import static dev.codelive.audio.analysis.DrumPatterns.Hit.KICK;
import static dev.codelive.audio.analysis.DrumPatterns.Hit.SNARE;
import static dev.codelive.audio.analysis.DrumPatterns.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TempoEstimatorTest {
    private final TempoEstimator estimator = new TempoEstimator();

    @ParameterizedTest(name = "{0} bpm")
    @ValueSource(ints = {70, 90, 120, 128, 140, 174})
    void clicksOnEveryBeat(int bpm) {
        PcmAudio clicks = DrumPatterns.render(44_100, bpm, 20, at(0, CLICK), at(1, CLICK), at(2, CLICK), at(3, CLICK));

        TempoEstimate estimate = estimator.estimate(clicks);

        assertThat(estimate.bpm()).isCloseTo(bpm, within(1.0));
        assertThat(estimate.confidence()).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "{0} bpm")
    @ValueSource(ints = {70, 90, 120, 128, 140, 174})
    void rockBeatKickSnareAndEighthHats(int bpm) {
        PcmAudio beat = DrumPatterns.render(48_000, bpm, 20, at(0, KICK), at(2, KICK), at(1, SNARE), at(3, SNARE),
                at(0, HAT, 0.5), at(0.5, HAT, 0.5), at(1, HAT, 0.5), at(1.5, HAT, 0.5), at(2, HAT, 0.5),
                at(2.5, HAT, 0.5), at(3, HAT, 0.5), at(3.5, HAT, 0.5));

        assertThat(estimator.estimate(beat).bpm()).isCloseTo(bpm, within(1.0));
    }

    @ParameterizedTest(name = "{0} bpm")
    @ValueSource(ints = {70, 90, 120, 128, 140, 174})
    void kicksOnOneAndThreeAndNoiseBurstSnaresOnTwoAndFour(int bpm) {
        PcmAudio beat = DrumPatterns.render(22_050, bpm, 20, at(0, KICK), at(1, SNARE), at(2, KICK), at(3, SNARE));

        assertThat(estimator.estimate(beat).bpm()).isCloseTo(bpm, within(1.0));
    }

    @ParameterizedTest(name = "{0} bpm")
    @ValueSource(ints = {110, 120, 124, 128, 132, 140})
    void fourOnTheFloorWithOffBeatHatsIsTheQuarterTempoNotItsHalf(int bpm) {
        PcmAudio house = DrumPatterns.render(44_100, bpm, 20, at(0, KICK), at(1, KICK), at(2, KICK), at(3, KICK),
                at(0.5, HAT, 0.7), at(1.5, HAT, 0.7), at(2.5, HAT, 0.7), at(3.5, HAT, 0.7), at(1, SNARE, 0.6),
                at(3, SNARE, 0.6));

        assertThat(estimator.estimate(house).bpm()).isCloseTo(bpm, within(1.0));
    }

    @Test
    void tempoIsFoundWithinAOneTenthOfABeatPerMinute() {
        PcmAudio clicks = DrumPatterns.render(48_000, 123.4, 30, at(0, CLICK), at(1, CLICK), at(2, CLICK), at(3, CLICK));

        assertThat(estimator.estimate(clicks).bpm()).isCloseTo(123.4, within(0.1));
    }

    @Test
    void drumAndBassBreakAt174IsNotHalved() {
        PcmAudio dnb = DrumPatterns.render(44_100, 174, 20, at(0, KICK), at(2.5, KICK), at(1, SNARE), at(3, SNARE),
                at(0.5, HAT, 0.4), at(1.5, HAT, 0.4), at(2, HAT, 0.4), at(3.5, HAT, 0.4));

        assertThat(estimator.estimate(dnb).bpm()).isCloseTo(174, within(1.0));
    }

    @Test
    void silenceHasNoTempoAndNoConfidence() {
        TempoEstimate estimate = estimator.estimate(PcmAudio.silence(44_100, 2, 44_100 * 10));

        assertThat(estimate).isEqualTo(TempoEstimate.none());
    }

    @Test
    void steadyNoiseHasLittleConfidence() {
        TempoEstimate noise = estimator.estimate(TestTones.noise(44_100, 2, 44_100 * 20, 0.3, 9));
        TempoEstimate clicks = estimator.estimate(
                DrumPatterns.render(44_100, 120, 20, at(0, CLICK), at(1, CLICK), at(2, CLICK), at(3, CLICK)));

        assertThat(noise.confidence()).isLessThan(0.2).isLessThan(clicks.confidence() / 3);
    }

    @Test
    void aSteadyToneHasNoPulse() {
        assertThat(estimator.estimate(TestTones.sine(44_100, 1, 10, 440, -6)).confidence()).isLessThan(0.2);
    }

    @Test
    void estimatesRejectImpossibleValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TempoEstimate(-1, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TempoEstimate(120, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
