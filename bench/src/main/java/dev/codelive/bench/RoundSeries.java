package dev.codelive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Figures by round (index i is round i), and the arithmetic that keeps them paired: a ratio is taken between the
 * two ways' figures of the same round, so that a slow spell of the machine falling on a round cancels out, and
 * only then summarised over rounds.
 */
final class RoundSeries {
    private RoundSeries() {}

    /** {@code measured[i] / reference[i]} for every round. */
    static List<Double> ratios(List<Double> measured, List<Double> reference) {
        return combine(List.of(measured, reference), (a, b) -> a / b);
    }

    /** The figures of several series added round by round. */
    static List<Double> sum(List<List<Double>> series) {
        return combine(series, Double::sum);
    }

    /** The largest of several series' figures, round by round. */
    static List<Double> max(List<List<Double>> series) {
        return combine(series, Math::max);
    }

    private static List<Double> combine(List<List<Double>> series, DoubleBinaryOperator operator) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no series to combine");
        }
        int rounds = series.getFirst().size();
        series.stream().filter(one -> one.size() != rounds).findFirst().ifPresent(one -> {
            throw new IllegalArgumentException("paired by round, so every series needs " + rounds + " rounds, not " + one.size());
        });
        List<Double> combined = new ArrayList<>(series.getFirst());
        for (List<Double> one : series.subList(1, series.size())) {
            for (int round = 0; round < rounds; round++) {
                combined.set(round, operator.applyAsDouble(combined.get(round), one.get(round)));
            }
        }
        return combined;
    }
}
