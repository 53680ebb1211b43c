package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.EvaluationBudgetException;

/**
 * Counts the steps of one evaluation against its budget and watches the clock. The clock is read only every so many
 * steps, and the thread's interrupt flag with it: the evaluator interrupts an evaluation that overruns its time. A
 * step costs one increment and one comparison, with the next step at which either check is due.
 */
final class Meter {
    private static final int STEPS_PER_CLOCK_READ = 1024;

    private final long maxSteps;
    private final long maxMillis;
    private final long deadline;
    private long steps;
    /** The step after which the clock is read next. */
    private long nextClockRead = STEPS_PER_CLOCK_READ;
    /** The step after which one of the checks is due: the earlier of {@link #nextClockRead} and the budget. */
    private long checkpoint;

    Meter(EvaluationBudget budget, long startNanos) {
        this.maxSteps = budget.maxSteps();
        this.maxMillis = budget.maxTime().toMillis();
        this.deadline = startNanos + budget.maxTime().toNanos();
        this.checkpoint = Math.min(nextClockRead, maxSteps);
    }

    /** One statement or expression. */
    void step() {
        if (++steps > checkpoint) {
            check();
        }
    }

    private void check() {
        if (steps > maxSteps) {
            throw stepsExceeded();
        }
        if (steps > nextClockRead) {
            checkTime();
        }
    }

    /** Several steps at once: the price of data an operation created (see {@link Allocation}). */
    void charge(long cost) {
        if (cost > 0) {
            steps += cost;
            if (steps > maxSteps || steps < 0) {
                throw stepsExceeded();
            }
        }
    }

    long steps() {
        return steps;
    }

    private void checkTime() {
        nextClockRead = steps + STEPS_PER_CLOCK_READ;
        checkpoint = Math.min(nextClockRead, maxSteps);
        if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
            throw timeExceeded(maxMillis);
        }
    }

    static EvaluationBudgetException timeExceeded(long maxMillis) {
        return EvaluationBudgetException.circumstantial("time (more than " + maxMillis + " ms)");
    }

    private EvaluationBudgetException stepsExceeded() {
        return new EvaluationBudgetException("steps (more than " + maxSteps + ")");
    }
}
