package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures paired by round: ratios taken round by round, and songs combined round by round. */
class RoundSeriesTest {

    @Test
    void ratiosArePairedByRound() {
        assertThat(RoundSeries.ratios(List.of(2.0, 3.0, 8.0), List.of(1.0, 2.0, 4.0))).containsExactly(2.0, 1.5, 2.0);
    }

    @Test
    void theMedianOfPerRoundRatiosLeavesOutASlowRoundThatTheRatioOfMediansKeeps() {
        // Round 2 ran on a busy machine: the reference slowed, ours did not yet (it ran first). Ours is twice as slow.
        List<Double> ours = List.of(2.0, 2.0, 2.0, 2.2);
        List<Double> reference = List.of(1.0, 5.0, 1.0, 1.1);

        double pairedMedian = Figures.median(RoundSeries.ratios(ours, reference));

        assertThat(pairedMedian).isEqualTo(2.0);
        assertThat(Figures.median(ours) / Figures.median(reference)).isNotEqualTo(2.0);
    }

    @Test
    void songsAddUpOrTakeTheLargestRoundByRound() {
        List<List<Double>> songs = List.of(List.of(1.0, 2.0), List.of(3.0, 1.0), List.of(0.5, 0.5));

        assertThat(RoundSeries.sum(songs)).containsExactly(4.5, 3.5);
        assertThat(RoundSeries.max(songs)).containsExactly(3.0, 2.0);
    }

    @Test
    void seriesOfDifferentRoundsCannotBePaired() {
        assertThatThrownBy(() -> RoundSeries.ratios(List.of(1.0, 2.0), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paired by round");
        assertThatThrownBy(() -> RoundSeries.sum(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
