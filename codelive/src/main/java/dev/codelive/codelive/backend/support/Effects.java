package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What evaluating code does besides computing a value: which of a program's functions print or change a list
 * (themselves or through the functions they call), and so which expressions must be evaluated exactly once and in
 * order. A backend that evaluates some expressions lazily, twice or in another order (SQL does, and so do the
 * TypeScript and C# renderings of comparison chains, comprehensions and prints) may do so only with effect-free ones.
 */
public final class Effects {
    /** The list methods that change their list. */
    public static final Set<String> MUTATING_METHODS = Set.of("append", "pop", "insert", "extend", "reverse", "sort", "clear",
            "remove");

    private final Set<String> printing;

    private Effects(Set<String> printing) {
        this.printing = printing;
    }

    public static Effects of(Program program) {
        return new Effects(transitively(program, (function, printing) -> prints(function, printing)));
    }

    private static boolean prints(Function function, Set<String> printing) {
        boolean[] found = {false};
        IrWalk.statements(function.body(), statement -> found[0] |= statement instanceof Stmt.Print);
        IrWalk.expressions(function.body(), expression -> found[0] |= expression instanceof Expr.Call call && printing.contains(call.function()));
        return found[0];
    }

    /** Whether calling the function can print. */
    public boolean prints(String function) {
        return printing.contains(function);
    }

    /** Whether evaluating the expression can print or change a list. */
    public boolean hasEffects(Expr expression) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Call call && printing.contains(call.function())
                || inner instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method()));
        return found[0];
    }

    /** Whether the expression calls one of the snippet's functions at all (each call may recurse deeply). */
    public static boolean callsFunctions(Expr expression) {
        return IrWalk.expressions(expression).anyMatch(inner -> inner instanceof Expr.Call);
    }

    /**
     * Whether evaluating the expression can have no effect and depend on none: it calls none of the snippet's
     * functions and no list method that changes its list. Any other expression must be evaluated exactly once, in order.
     */
    public static boolean pure(Expr expression) {
        return IrWalk.expressions(expression).noneMatch(inner -> inner instanceof Expr.Call
                || inner instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method()));
    }

    /**
     * The snippet's functions that may change a list, themselves or through the functions they call: a call of any
     * other function cannot disturb a loop over a list.
     */
    public static Set<String> listMutators(Program program) {
        return transitively(program, (function, mutators) -> mutatesLists(function.body(), mutators));
    }

    /** Whether statements change a list: a list method that does, an element store, {@code +=} on a list, or a call of a mutator. */
    public static boolean mutatesLists(List<Stmt> body, Set<String> mutators) {
        boolean[] found = {false};
        IrWalk.statements(body, statement -> {
            if (statement instanceof Stmt.Assign assign && hasElement(assign.target())
                    || statement instanceof Stmt.AugAssign augmented
                    && (hasElement(augmented.target()) || augmented.target().type() instanceof Type.ListOf)) {
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

    /**
     * Whether print's values must all be evaluated before any is converted to text, as Python does: when one has an
     * effect that could change a list another shows ({@code print(xs, xs.pop())} shows the list after the pop).
     */
    public static boolean printNeedsSnapshot(List<Expr> values) {
        return values.stream().anyMatch(v -> !pure(v))
                && values.stream().anyMatch(v -> v.type() instanceof Type.ListOf || v.type() instanceof Type.TupleOf);
    }

    private static boolean hasElement(Target target) {
        return switch (target) {
            case Target.Store ignored -> false;
            case Target.Element ignored -> true;
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(Effects::hasElement);
        };
    }

    /** The functions that have a property themselves or through the functions they call (a call of one counts). */
    private static Set<String> transitively(Program program, BiPredicate<Function, Set<String>> has) {
        Set<String> found = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : program.functions()) {
                if (!found.contains(function.name()) && has.test(function, found)) {
                    found.add(function.name());
                    changed = true;
                }
            }
        }
        return found;
    }
}
