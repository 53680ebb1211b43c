package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PanTest {

    @Test
    void keepsThePowerConstantAcrossTheField() {
        for (double position = -1; position <= 1; position += 0.125) {
            Pan pan = Pan.constantPower(position);
            assertThat(pan.left() * pan.left() + pan.right() * pan.right()).isCloseTo(2, within(1e-12));
        }
    }

    @Test
    void centreIsUnityAndTheSidesAreHard() {
        assertThat(Pan.constantPower(0).left()).isCloseTo(1, within(1e-12));
        assertThat(Pan.constantPower(0).right()).isCloseTo(1, within(1e-12));
        assertThat(Pan.constantPower(-1).right()).isCloseTo(0, within(1e-12));
        assertThat(Pan.constantPower(1).left()).isCloseTo(0, within(1e-12));
        assertThat(Pan.constantPower(0.5).right()).isGreaterThan(Pan.constantPower(0.5).left());
    }

    @Test
    void rejectsPositionsOffTheField() {
        assertThatThrownBy(() -> Pan.constantPower(1.5)).hasMessageContaining("pan");
        assertThatThrownBy(() -> Pan.constantPower(Double.NaN)).hasMessageContaining("pan");
    }

    @Test
    void convertsDecibels() {
        assertThat(Db.toGain(-6.0206)).isCloseTo(0.5, within(1e-4));
        assertThat(Db.fromGain(10)).isCloseTo(20, within(1e-12));
    }
}
