package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exec benchmark's statistics: nearest-rank percentiles, added cost over a baseline, and the interleaving of ways. */
class AddedCostTest {
    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankWhateverTheOrder() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * MS;
        }

        RunTimes times = RunTimes.ofNanos(nanos);

        assertThat(times.samples()).isEqualTo(100);
        assertThat(times.p50Millis()).isEqualTo(50.0);
        assertThat(times.p95Millis()).isEqualTo(95.0);
    }

    @Test
    void aSingleRunIsEveryPercentile() {
        RunTimes times = RunTimes.ofNanos(new long[] {7 * MS});

        assertThat(times.p50Millis()).isEqualTo(7.0);
        assertThat(times.p95Millis()).isEqualTo(7.0);
    }

    @Test
    void noRunsHaveNoPercentiles() {
        assertThatThrownBy(() -> RunTimes.ofNanos(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAddedCostIsTheDifferenceOfPercentilesAndTheRatioOfMedians() {
        long[] direct = {10 * MS, 11 * MS, 12 * MS, 13 * MS};
        long[] sandboxed = {20 * MS, 21 * MS, 22 * MS, 33 * MS};

        AddedCost cost = AddedCost.of(direct, sandboxed);

        assertThat(cost.p50Millis()).isEqualTo(10.0);
        assertThat(cost.p95Millis()).isEqualTo(20.0);
        assertThat(cost.ratio()).isCloseTo(21.0 / 11.0, within(1e-9));
        assertThat(cost.pairedMedianMillis()).isEqualTo(10.0);
    }

    @Test
    void thePairedMedianLeavesOutASlowSpellFallingOnBothRunsOfARound() {
        // Rounds 3 and 4 ran on a busy machine: both ways slowed by 50 ms; the sandbox adds 2 ms in every round.
        long[] direct = {10 * MS, 10 * MS, 60 * MS, 60 * MS, 10 * MS};
        long[] sandboxed = {12 * MS, 12 * MS, 62 * MS, 62 * MS, 12 * MS};

        AddedCost cost = AddedCost.of(direct, sandboxed);

        assertThat(cost.pairedMedianMillis()).isEqualTo(2.0);
        assertThat(cost.p95Millis()).isEqualTo(2.0);
    }

    @Test
    void waysMeasuredInDifferentRoundsCannotBePaired() {
        assertThatThrownBy(() -> AddedCost.of(new long[] {MS, MS}, new long[] {MS}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paired by round");
    }

    @Test
    void interleavingRunsEveryWayOncePerRoundStartingFromTheNextWayEachRound() throws Exception {
        List<String> order = new ArrayList<>();
        long[] clock = {0};
        List<Interleaved.Way> ways = List.of("a", "b", "c").stream()
                .map(name -> new Interleaved.Way(name, () -> {
                    order.add(name);
                    return ++clock[0];
                }))
                .toList();

        Map<String, long[]> times = Interleaved.measure(ways, 1, 3, "test", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

        assertThat(order).containsExactly("a", "b", "c", "a", "b", "c", "b", "c", "a", "c", "a", "b");
        assertThat(times.keySet()).containsExactly("a", "b", "c");
        assertThat(times.get("a")).containsExactly(4, 9, 11);
        assertThat(times.get("c")).containsExactly(6, 8, 10);
    }
}
