package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.support.PythonText;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.knobs.Knobs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The knobs as one Julia program applies them: which nodes run in parallel and in how many chunks, whether bounds
 * checks go, and what applying them leaves to tell the user (each dropped check).
 */
final class JuliaKnobs {
    private final Optional<ParallelPlan> plan;
    private final int chunks;
    private final boolean unsafe;
    /** A set: an expression rendered twice (a pure operand repeated) must not be reported twice. */
    private final Set<String> dropped = new LinkedHashSet<>();
    private boolean parallelRendered;

    JuliaKnobs(Program program, Knobs knobs) {
        this.plan = knobs.parallel() ? Optional.of(ParallelPlan.of(program)) : Optional.empty();
        this.chunks = knobs.threads();
        this.unsafe = knobs.unsafe();
    }

    /** Whether this reduction or list comprehension runs in parallel (and marks the program as parallel). */
    boolean parallel(Expr expression) {
        return plan.isPresent() && plan.get().isParallel(expression) && rendered();
    }

    /** The accumulator loop's accumulators when it runs in parallel (and then marks the program as parallel). */
    Optional<ParallelPlan.AccumulatorLoop> parallel(Stmt.For loop) {
        return plan.flatMap(chosen -> chosen.accumulatorLoop(loop)).filter(ignored -> rendered());
    }

    private boolean rendered() {
        parallelRendered = true;
        return true;
    }

    /** The number of contiguous chunks each parallel node is cut into: the {@code threads} knob. */
    int chunks() {
        return chunks;
    }

    boolean parallelRendered() {
        return parallelRendered;
    }

    boolean unsafe() {
        return unsafe;
    }

    /** Records a bounds check dropped on {@code index}. */
    void droppedCheck(Expr.Index index) {
        dropped.add("unsafe: no bounds check on " + PythonText.of(index) + " at " + index.span().start());
    }

    List<String> warnings() {
        List<String> warnings = new ArrayList<>(dropped);
        if (unsafe && dropped.isEmpty()) {
            warnings.add("unsafe: no list is indexed inside a loop here, so no bounds check was dropped");
        }
        return warnings;
    }
}
