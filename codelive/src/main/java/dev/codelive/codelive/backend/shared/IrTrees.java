package dev.codelive.codelive.backend.shared;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What renderers ask of the IR beyond walking it: stored variables, names, and side effects. */
public final class IrTrees {
    /** The list methods that change the list they are called on. */
    private static final Set<String> MUTATING_METHODS = Set.of("append", "pop", "insert", "extend", "reverse", "sort", "clear",
            "remove");

    private IrTrees() {}

    /**
     * Whether evaluating the expression can have an effect or depend on one: a call of the snippet's functions or
     * of a list method that changes its list. Such an expression must be evaluated exactly once, in order.
     */
    public static boolean pure(Expr expression) {
        return IrWalk.expressions(expression).noneMatch(e -> e instanceof Expr.Call
                || e instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method()));
    }

    /**
     * The snippet's functions that may change a list, themselves or through the functions they call: a call of any
     * other function cannot disturb a loop over a list.
     */
    public static Set<String> listMutators(Program program) {
        Set<String> mutators = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : program.functions()) {
                if (!mutators.contains(function.name()) && mutatesLists(function.body(), mutators)) {
                    mutators.add(function.name());
                    changed = true;
                }
            }
        }
        return mutators;
    }

    /** Whether statements change a list: a list method that does, an element store, {@code +=} on a list, or a call of a mutator. */
    public static boolean mutatesLists(List<Stmt> body, Set<String> mutators) {
        boolean[] found = {false};
        IrWalk.statements(body, statement -> {
            if (statement instanceof Stmt.Assign assign && hasElement(assign.target())
                    || statement instanceof Stmt.AugAssign augmented
                    && (hasElement(augmented.target()) || augmented.target().type() instanceof dev.codelive.codelive.ir.Type.ListOf)) {
                found[0] = true;
            }
        });
        IrWalk.expressions(body, expression -> found[0] |= mutates(expression, mutators));
        return found[0];
    }

    /** Whether evaluating this very node (not its children) changes a list. */
    public static boolean mutates(Expr expression, Set<String> mutators) {
        return expression instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method())
                || expression instanceof Expr.Call call && mutators.contains(call.function());
    }

    private static boolean hasElement(Target target) {
        return switch (target) {
            case Target.Store ignored -> false;
            case Target.Element ignored -> true;
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(IrTrees::hasElement);
        };
    }

    /**
     * Whether print's values must all be evaluated before any is converted to text, as Python does: when one has an
     * effect that could change a list another shows ({@code print(xs, xs.pop())} shows the list after the pop).
     */
    public static boolean printNeedsSnapshot(List<Expr> values) {
        return values.stream().anyMatch(v -> !pure(v)) && values.stream().anyMatch(v -> v.type() instanceof dev.codelive.codelive.ir.Type.ListOf
                || v.type() instanceof dev.codelive.codelive.ir.Type.TupleOf);
    }

    /** Whether the expression calls one of the snippet's functions. */
    public static boolean callsFunctions(Expr expression) {
        return IrWalk.expressions(expression).anyMatch(e -> e instanceof Expr.Call);
    }

    /** How many statements store to each variable in a body (assignments, augmented ones and loop targets). */
    public static java.util.Map<Variable, Integer> storeCounts(List<Stmt> body) {
        java.util.Map<Variable, Integer> counts = new java.util.HashMap<>();
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

    /** Every variable of the program, comprehension variables included: the names a renderer must keep apart. */
    public static Set<String> names(Program program) {
        Set<String> names = new LinkedHashSet<>();
        program.globals().forEach(v -> names.add(v.name()));
        for (Function function : program.functions()) {
            names.add(function.name());
            function.parameters().forEach(v -> names.add(v.name()));
            function.locals().forEach(v -> names.add(v.name()));
            collectNames(function.body(), names);
        }
        collectNames(program.main(), names);
        return names;
    }

    private static void collectNames(List<Stmt> body, Set<String> names) {
        IrWalk.statements(body, statement -> {
            if (statement instanceof Stmt.For loop) {
                IrWalk.storedVariables(loop.target(), v -> names.add(v.name()));
            }
            if (statement instanceof Stmt.Assign assign) {
                IrWalk.storedVariables(assign.target(), v -> names.add(v.name()));
            }
        });
        IrWalk.expressions(body, e -> {
            if (e instanceof Expr.Load load) {
                names.add(load.variable().name());
            }
            if (e instanceof Expr.Comprehension comprehension) {
                comprehension.clauses().forEach(clause -> {
                    if (clause instanceof Expr.Clause.For loop) {
                        IrWalk.storedVariables(loop.target(), v -> names.add(v.name()));
                    }
                });
            }
        });
    }
}
