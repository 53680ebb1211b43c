package dev.codelive.codelive.evaluator;

import java.time.Duration;
import java.util.Objects;

/**
 * What one evaluation may spend; beyond it the evaluator throws
 * {@link dev.codelive.codelive.runtime.EvaluationBudgetException} naming the budget.
 *
 * @param maxSteps statements executed plus expressions evaluated, plus a charge for the data an operation creates (so
 *     that the step budget also bounds memory: see {@code Allocation})
 * @param maxTime wall-clock time for the whole evaluation (from 1 ms to an hour)
 * @param maxOutputBytes what the snippet may print, in UTF-8 bytes
 */
public record EvaluationBudget(long maxSteps, Duration maxTime, int maxOutputBytes) {
    /** Longer than any evaluation should run, short enough that deadlines in nanoseconds cannot overflow. */
    private static final Duration MAX_TIME = Duration.ofHours(1);
    /** Ten million steps, two seconds, one MiB of output. */
    public static final EvaluationBudget DEFAULTS = new EvaluationBudget(10_000_000, Duration.ofSeconds(2), 1 << 20);

    public EvaluationBudget {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxSteps < 1 || maxOutputBytes < 0) {
            throw new IllegalArgumentException("budget must be positive: " + maxSteps + " steps, " + maxOutputBytes
                    + " bytes of output");
        }
        if (maxTime.toMillis() < 1 || maxTime.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("evaluation time must be from 1 ms to " + MAX_TIME + ": " + maxTime);
        }
    }

    public EvaluationBudget withMaxSteps(long steps) {
        return new EvaluationBudget(steps, maxTime, maxOutputBytes);
    }

    public EvaluationBudget withMaxTime(Duration time) {
        return new EvaluationBudget(maxSteps, time, maxOutputBytes);
    }

    public EvaluationBudget withMaxOutputBytes(int bytes) {
        return new EvaluationBudget(maxSteps, maxTime, bytes);
    }
}
