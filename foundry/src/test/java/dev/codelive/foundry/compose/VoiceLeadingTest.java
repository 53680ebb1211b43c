package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VoiceLeadingTest {
    private static final Key C_MAJOR = new Key(0, Mode.MAJOR);

    @Test
    void eachVoicingHoldsExactlyTheChordsPitchClassesInsideTheRegister() {
        VoiceLeading leading = new VoiceLeading(52, 74);
        for (int degree : new int[] {0, 5, 3, 4, 0, 2, 6, 1}) {
            Chord chord = Chord.triad(degree).withSeventh();
            int[] voicing = leading.next(chord.pitchClasses(C_MAJOR));

            assertThat(Arrays.stream(voicing).map(pitch -> Math.floorMod(pitch, 12)).sorted().toArray())
                    .isEqualTo(Arrays.stream(chord.pitchClasses(C_MAJOR)).sorted().toArray());
            assertThat(Arrays.stream(voicing).boxed().toList()).allMatch(pitch -> pitch >= 52 && pitch <= 74);
            assertThat(voicing[voicing.length - 1] - voicing[0]).isLessThan(12);
        }
    }

    @Test
    void chordsMoveByTheSmallestStepsInsteadOfJumpingInRootPosition() {
        VoiceLeading leading = new VoiceLeading(52, 76);
        int[] tonic = leading.next(Chord.triad(0).pitchClasses(C_MAJOR));
        int[] subdominant = leading.next(Chord.triad(3).pitchClasses(C_MAJOR));
        int[] dominant = leading.next(Chord.triad(4).pitchClasses(C_MAJOR));

        // I-IV-V voice-led keeps a common tone and moves the rest by steps: at most 5 semitones in all per change
        assertThat(movement(tonic, subdominant)).isLessThanOrEqualTo(5);
        assertThat(movement(subdominant, dominant)).isLessThanOrEqualTo(6);
        assertThat(tonic).isEqualTo(new int[] {60, 64, 67});
    }

    @Test
    void aRegisterNarrowerThanAnOctaveIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VoiceLeading(60, 70));
    }

    private static int movement(int[] from, int[] to) {
        int total = 0;
        for (int pitch : to) {
            int nearest = Integer.MAX_VALUE;
            for (int before : from) {
                nearest = Math.min(nearest, Math.abs(pitch - before));
            }
            total += nearest;
        }
        return total;
    }
}
