package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How a body stores to its variables: which variables, and how often (a variable stored once can be a constant). */
public final class Assignments {
    private Assignments() {}

    /** How many statements store to each variable in a body (assignments, augmented ones and loop targets). */
    public static Map<Variable, Integer> storeCounts(List<Stmt> body) {
        Map<Variable, Integer> counts = new HashMap<>();
        IrWalk.statements(body, statement -> {
            Target target = switch (statement) {
                case Stmt.Assign assign -> assign.target();
                case Stmt.AugAssign assign -> assign.target();
                case Stmt.For loop -> loop.target();
                default -> null;
            };
            if (target != null) {
                // A loop target is stored once per iteration: never a constant.
                int weight = statement instanceof Stmt.For ? 2 : 1;
                IrWalk.storedVariables(target, variable -> counts.merge(variable, weight, Integer::sum));
            }
        });
        return counts;
    }

    /** The variables some statement of the body stores to. */
    public static Set<Variable> assignedIn(List<Stmt> body) {
        return new LinkedHashSet<>(storeCounts(body).keySet());
    }
}
