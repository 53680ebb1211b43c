package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdsrTest {
    private static final int RATE = 48_000;

    /** Levels of the first n samples, releasing at sample releaseAt (or never when negative). */
    private static float[] run(Adsr.Shape shape, int frames, int releaseAt) {
        Adsr adsr = new Adsr(shape, RATE);
        float[] levels = new float[frames];
        for (int n = 0; n < frames; n++) {
            if (n == releaseAt) {
                adsr.release();
            }
            levels[n] = adsr.next();
        }
        return levels;
    }

    @Test
    void attackRisesLinearlyToFullLevelAtTheAttackTime() {
        float[] levels = run(new Adsr.Shape(0.010, 0.1, 0.5, 0.2), RATE, -1);

        assertThat(levels[0]).isZero();
        assertThat(levels[240]).isCloseTo(0.5f, within(1e-6f));
        assertThat(levels[480]).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void decayFallsExponentiallyAndLandsOnTheSustainLevelAtItsTime() {
        float[] levels = run(new Adsr.Shape(0.010, 0.100, 0.25, 0.2), RATE, -1);
        int decayStart = 480;
        int decayEnd = decayStart + 4800;

        for (int n = decayStart + 1; n <= decayEnd; n++) {
            assertThat(levels[n]).isLessThan(levels[n - 1]);
        }
        assertThat(levels[decayEnd]).isEqualTo(0.25f);
        // An exponential curve has fallen most of the way by half time, unlike a straight line (0.625).
        assertThat(levels[decayStart + 2400]).isLessThan(0.40f).isGreaterThan(0.25f);
        assertThat(levels[RATE - 1]).isEqualTo(0.25f);
    }

    @Test
    void releaseFallsFromTheSustainLevelToSilenceInTheReleaseTime() {
        Adsr.Shape shape = new Adsr.Shape(0.005, 0.05, 0.6, 0.100);
        int releaseAt = 24_000;
        float[] levels = run(shape, RATE, releaseAt);

        assertThat(levels[releaseAt]).isCloseTo(0.6f, within(1e-6f));
        assertThat(levels[releaseAt + 4800]).isZero();
        assertThat(levels[releaseAt + 4799]).isPositive();
        Adsr adsr = new Adsr(shape, RATE);
        for (int n = 0; n < releaseAt; n++) {
            adsr.next();
        }
        adsr.release();
        for (int n = 0; n < 4800; n++) {
            assertThat(adsr.isFinished()).isFalse();
            adsr.next();
        }
        assertThat(adsr.isFinished()).isTrue();
    }

    @Test
    void releaseDuringTheAttackStartsFromTheLevelReachedWithoutAJump() {
        float[] levels = run(new Adsr.Shape(0.100, 0.1, 0.8, 0.050), RATE, 1200);

        assertThat(levels[1199]).isCloseTo(1199f / 4800, within(1e-6f));
        assertThat(levels[1200]).isCloseTo(0.25f, within(1e-6f));
        assertThat(levels[1201]).isLessThan(0.25f).isGreaterThan(0.24f);
        assertThat(levels[1200 + 2400]).isZero();
    }

    @Test
    void zeroTimesJumpStraightToTheirTargets() {
        float[] levels = run(new Adsr.Shape(0, 0, 0.7, 0), 10, 5);

        assertThat(levels[0]).isEqualTo(0.7f);
        assertThat(levels[4]).isEqualTo(0.7f);
        assertThat(levels[5]).isZero();
    }

    @Test
    void rejectsImpossibleShapes() {
        assertThatThrownBy(() -> new Adsr.Shape(-0.1, 0.1, 0.5, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Adsr.Shape(0.1, 0.1, 1.5, 0.1)).hasMessageContaining("sustain");
        assertThatThrownBy(() -> new Adsr.Shape(0.1, Double.NaN, 0.5, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
