package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of a program's functions print (themselves or through the functions they call), and so which expressions
 * must be evaluated exactly once and in order: a backend that evaluates some expressions lazily, twice or in
 * another order (SQL does) may do so only with effect-free ones.
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
        Map<String, Function> functions = new LinkedHashMap<>();
        program.functions().forEach(function -> functions.put(function.name(), function));
        Set<String> printing = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : functions.values()) {
                if (!printing.contains(function.name()) && prints(function, printing)) {
                    printing.add(function.name());
                    changed = true;
                }
            }
        }
        return new Effects(printing);
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
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Call);
        return found[0];
    }
}
