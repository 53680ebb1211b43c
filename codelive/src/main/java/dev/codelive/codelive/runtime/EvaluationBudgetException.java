package dev.codelive.codelive.runtime;

/**
 * A computation CPython would attempt but that exceeds what the reference evaluator spends on one snippet, such as an
 * integer of millions of bits or a string of billions of characters. Not a Python exception: CPython would run (or run
 * out of memory), so the snippet is refused rather than answered differently.
 */
public final class EvaluationBudgetException extends RuntimeException {

    public EvaluationBudgetException(String detail) {
        super("evaluation budget exceeded: " + detail);
    }
}
