package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Proves ints non-negative without running the program, so that {@code xs[i]} can be rendered as a plain
 * zero-based index instead of a Python negative-index adjustment. A variable is non-negative when every store to it
 * is: {@code for i in range(a, b)} with {@code a >= 0}, {@code for i in range(a, b, -1)} with {@code b >= -1},
 * {@code i = <non-negative>}, {@code i += <non-negative>}. Parameters are never proven (callers are not looked at).
 */
public final class NonNegative {
    private final Set<Variable> proven;

    private NonNegative(Set<Variable> proven) {
        this.proven = proven;
    }

    /** The facts of one body (a function's or the module's code). */
    public static NonNegative of(List<Stmt> body) {
        Map<Variable, List<Predicate<Set<Variable>>>> stores = new HashMap<>();
        IrWalk.statements(body, statement -> collect(statement, stores));
        IrWalk.expressions(body, expression -> {
            if (expression instanceof Expr.Comprehension comprehension) {
                for (Expr.Clause clause : comprehension.clauses()) {
                    if (clause instanceof Expr.Clause.For loop) {
                        iteration(loop.target(), loop.iterable(), stores);
                    }
                }
            }
        });
        // The greatest fixed point: assume every candidate, drop those with a store not proven under the assumption.
        Set<Variable> assumed = new HashSet<>(stores.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var entry : stores.entrySet()) {
                if (assumed.contains(entry.getKey()) && !entry.getValue().stream().allMatch(store -> store.test(assumed))) {
                    assumed.remove(entry.getKey());
                    changed = true;
                }
            }
        }
        return new NonNegative(assumed);
    }

    private static void collect(Stmt statement, Map<Variable, List<Predicate<Set<Variable>>>> stores) {
        switch (statement) {
            case Stmt.Assign assign -> {
                if (assign.target() instanceof Target.Store store) {
                    add(stores, store.variable(), known -> holds(assign.value(), known));
                } else {
                    unknown(assign.target(), stores);
                }
            }
            case Stmt.AugAssign assign -> {
                if (assign.target() instanceof Target.Store store) {
                    boolean keeps = assign.operator() == BinaryOperator.ADD || assign.operator() == BinaryOperator.MULTIPLY
                            || assign.operator() == BinaryOperator.FLOOR_DIVIDE || assign.operator() == BinaryOperator.MODULO;
                    add(stores, store.variable(), known -> keeps && holds(assign.value(), known));
                }
            }
            case Stmt.For loop -> iteration(loop.target(), loop.iterable(), stores);
            default -> { }
        }
    }

    private static void iteration(Target target, Expr iterable, Map<Variable, List<Predicate<Set<Variable>>>> stores) {
        if (target instanceof Target.Store store && iterable instanceof Expr.RangeOf range) {
            add(stores, store.variable(), known -> rangeIsNonNegative(range, known));
        } else {
            unknown(target, stores);
        }
    }

    private static boolean rangeIsNonNegative(Expr.RangeOf range, Set<Variable> known) {
        if (!(range.step() instanceof Expr.IntConst step)) {
            // a step that is not negative is positive (range() refuses 0): every value is at least the start
            return holds(range.step(), known) && holds(range.start(), known);
        }
        if (step.value().signum() == 0) {
            return false;
        }
        if (step.value().signum() > 0) {
            return holds(range.start(), known);
        }
        // counting down, every value is above the stop
        return range.stop() instanceof Expr.IntConst stop && stop.value().compareTo(BigInteger.ONE.negate()) >= 0
                || holds(range.stop(), known);
    }

    private static void unknown(Target target, Map<Variable, List<Predicate<Set<Variable>>>> stores) {
        switch (target) {
            case Target.Store store -> add(stores, store.variable(), known -> false);
            case Target.Element ignored -> { }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> unknown(inner, stores));
        }
    }

    private static void add(Map<Variable, List<Predicate<Set<Variable>>>> stores, Variable variable, Predicate<Set<Variable>> store) {
        if (variable.scope() != Variable.Scope.PARAMETER) {
            stores.computeIfAbsent(variable, ignored -> new ArrayList<>()).add(store);
        }
    }

    private static boolean holds(Expr expression, Set<Variable> known) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().signum() >= 0;
            case Expr.BoolConst ignored -> true;
            case Expr.Load load -> known.contains(load.variable());
            case Expr.Binary binary -> switch (binary.operator()) {
                case ADD, MULTIPLY, FLOOR_DIVIDE -> holds(binary.left(), known) && holds(binary.right(), known);
                case MODULO -> holds(binary.right(), known);
                case POWER -> holds(binary.left(), known);
                default -> false;
            };
            case Expr.BuiltinCall call -> call.builtin() == Builtin.LEN || call.builtin() == Builtin.ORD
                    || call.builtin() == Builtin.ABS && !(call.type() instanceof dev.codelive.codelive.ir.Type.Float);
            case Expr.Conditional conditional -> holds(conditional.whenTrue(), known) && holds(conditional.whenFalse(), known);
            default -> false;
        };
    }

    /** Whether the int expression is provably {@code >= 0} wherever it is evaluated. */
    public boolean proves(Expr expression) {
        return holds(expression, proven);
    }
}
