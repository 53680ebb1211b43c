package dev.codelive.codelive.runtime;

/**
 * A computation CPython would attempt but that exceeds what the reference evaluator spends on one snippet, such as an
 * integer of millions of bits or a string of billions of characters. Not a Python exception: CPython would run (or run
 * out of memory), so the snippet is refused rather than answered differently. Without a stack trace, like the other
 * refusals of user input: the renderer keeps a deterministic one and throws it again for the same snippet.
 */
public final class EvaluationBudgetException extends RuntimeException {
    private final boolean deterministic;

    /** A budget the snippet exceeds on every run: steps, output, the size of a value. */
    public EvaluationBudgetException(String detail) {
        this(detail, true);
    }

    private EvaluationBudgetException(String detail, boolean deterministic) {
        super("evaluation budget exceeded: " + detail, null, false, false);
        this.deterministic = deterministic;
    }

    /**
     * A limit the same snippet may stay within on another run: time, which depends on the machine's load, or the
     * Java stack, which depends on how much of the evaluator the JIT has compiled.
     */
    public static EvaluationBudgetException circumstantial(String detail) {
        return new EvaluationBudgetException(detail, false);
    }

    /** Whether every run of the snippet exceeds the budget the same way (see {@link #circumstantial}). */
    public boolean deterministic() {
        return deterministic;
    }
}
