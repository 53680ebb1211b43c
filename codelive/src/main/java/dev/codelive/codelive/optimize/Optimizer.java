package dev.codelive.codelive.optimize;

import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Optimization;
import java.util.Set;

/** Applies the optimisation strategies a track switched on, in a fixed order so that the output is deterministic. */
public final class Optimizer {
    public Program optimize(Program program, Set<Optimization> strategies) {
        Program result = program;
        if (strategies.contains(Optimization.CONSTANT_FOLDING)) {
            result = ConstantFolding.apply(result);
        }
        if (strategies.contains(Optimization.CLOSED_FORMS)) {
            result = ClosedForms.apply(result);
        }
        return result;
    }
}
