package dev.codelive.codelive.evaluator;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating a snippet: what it printed and, when it ended with an uncaught Python exception, that
 * exception (the output printed before it is kept, as CPython keeps it).
 *
 * @param steps the steps spent, as {@link EvaluationBudget#maxSteps()} counts them
 */
public record Evaluation(String stdout, Optional<RaisedError> error, long steps) {
    public Evaluation {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the snippet ran to its end without an uncaught exception. */
    public boolean completed() {
        return error.isEmpty();
    }
}
