package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class KeyTest {

    @Test
    void scaleStepsAndPitchesAreInverse() {
        for (Mode mode : Mode.values()) {
            Key key = new Key(5, mode);
            for (int step = -30; step < 30; step++) {
                int pitch = key.pitchOfStep(step);
                assertThat(key.contains(pitch)).isTrue();
                assertThat(key.stepOf(pitch)).isEqualTo(step);
            }
        }
    }

    @Test
    void aPitchOutsideTheScaleMapsToTheStepBelowIt() {
        Key cMajor = new Key(0, Mode.MAJOR);

        assertThat(cMajor.contains(61)).isFalse();
        assertThat(cMajor.stepOf(61)).isEqualTo(0);
        assertThat(cMajor.degreeOf(61)).isEqualTo(-1);
    }

    @Test
    void theHarmonicMinorDominantRaisesItsThirdOnly() {
        Key aMinor = new Key(9, Mode.MINOR);

        assertThat(new Chord(4, false, true).pitchClasses(aMinor)).containsExactly(4, 8, 11);
        assertThat(Chord.triad(4).pitchClasses(aMinor)).containsExactly(4, 7, 11);
        assertThat(aMinor.displayName()).isEqualTo("A minor");
    }

    @Test
    void badValuesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Key(12, Mode.MAJOR));
        assertThatIllegalArgumentException().isThrownBy(() -> new Chord(7, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> Progressions.parse("I V^ vi", Mode.MAJOR, false));
        assertThatIllegalArgumentException().isThrownBy(() -> Progressions.parse("I X", Mode.MAJOR, false));
    }
}
