package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Module;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Computes what CPython 3.11 prints for a snippet by interpreting its syntax tree with the runtime's value semantics:
 * the reference every rendering's expected output comes from. Safe to share; each evaluation runs on a thread of its
 * own with a large stack (one of {@link EvaluatorThreads}), so that 1000 Python frames of the deepest expressions the
 * parser allows fit, and so that an evaluation overrunning its time can be interrupted and abandoned.
 *
 * <p>Outcomes: an {@link Evaluation} (with the uncaught Python exception, if any);
 * {@link EvaluationBudgetException} when the budget runs out; {@link NotSupportedException} for Python the runtime
 * does not model.
 */
public final class ReferenceEvaluator {
    /**
     * The evaluating thread's stack. The recursion limit is CPython's 1000 frames; the deepest frame the parser allows
     * (the recursive call at the bottom of an expression tree 250 levels high) takes about 32 KiB of Java stack while
     * the code still runs interpreted, measured: 1000 such frames need about 32 MiB. Eight times that leaves room for
     * the runtime's own recursion (repr and comparison of nested lists); only what is used is ever committed, and a
     * pooled thread gives back what a deep recursion committed when it ends, after {@link EvaluatorThreads#IDLE}.
     */
    static final long STACK_BYTES = 256L << 20;
    /** How long an interrupted evaluation gets to notice before the caller stops waiting for it. */
    private static final Duration GRACE = Duration.ofMillis(250);

    private final EvaluatorThreads threads = new EvaluatorThreads();

    public Evaluation evaluate(Module module, EvaluationBudget budget) {
        return evaluate(module, budget, EvaluationListener.NOOP);
    }

    public Evaluation evaluate(Module module, EvaluationBudget budget, EvaluationListener listener) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        EvaluatorThreads.Task task = threads.start(() -> run(module, budget, listener, start));
        try {
            if (!task.await(budget.maxTime().minusNanos(System.nanoTime() - start))) {
                task.interrupt();
                if (!task.await(GRACE)) {
                    // Stuck in one long runtime operation; it notices the interrupt or its deadline and ends alone.
                    throw Meter.timeExceeded(budget.maxTime().toMillis());
                }
            }
        } catch (InterruptedException e) {
            task.interrupt();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while evaluating a snippet");
        }
        return switch (task.outcome()) {
            case Evaluation evaluation -> evaluation;
            case EvaluationBudgetException e -> throw e;
            case NotSupportedException e -> throw e;
            case Throwable t -> throw new IllegalStateException("the reference evaluator failed: " + t, t);
            case null, default -> throw new IllegalStateException("the evaluator ended without an outcome");
        };
    }

    private static Object run(Module module, EvaluationBudget budget, EvaluationListener listener, long start) {
        try {
            return new Interpreter(budget, listener, start).run(module);
        } catch (StackOverflowError e) {
            // Not expected with this stack (see STACK_BYTES); a budget refusal rather than a crash if it happens.
            return EvaluationBudgetException.circumstantial("Java stack (the snippet nests too deeply)");
        } catch (RuntimeException | Error e) {
            return e;
        }
    }
}
