package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proves ints non-negative without running the program, so that {@code xs[i]} can be rendered as a plain
 * zero-based index instead of a Python negative-index adjustment. It computes a constant lower bound for each int
 * variable of a body from every store to it: {@code for i in range(a, b)} with a positive step is at least
 * {@code a}'s bound, a negative step keeps {@code i} above {@code b}, {@code i = e} and {@code i += e} bound it by
 * {@code e}'s bound. A variable whose bound keeps falling ({@code j -= 1}) or that is stored from anything else
 * has none. Parameters have none (their callers are not looked at): {@link NonNegativeVariables}, which the Rust and
 * Go backends use, follows parameters through their calls but knows no bound other than zero.
 */
public final class IntLowerBounds {
    /** Rounds of narrowing before a still-falling bound is given up. */
    private static final int ROUNDS = 16;
    /** "Not constrained yet": larger than any bound a store computes from constants. */
    private static final BigInteger TOP = BigInteger.TWO.pow(4096);
    private static final BigInteger HALF_TOP = BigInteger.TWO.pow(2048);

    private final Map<Variable, BigInteger> bounds;

    private IntLowerBounds(Map<Variable, BigInteger> bounds) {
        this.bounds = bounds;
    }

    /** A store to a variable: its lower bound given the current bounds of the others, or empty for none. */
    private interface Store extends Function<Map<Variable, BigInteger>, Optional<BigInteger>> {}

    /** The facts of one body (a function's or the module's code). */
    public static IntLowerBounds of(List<Stmt> body) {
        Map<Variable, List<Store>> stores = new HashMap<>();
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
        // The greatest fixed point, descending from "no constraint yet" (TOP): a bound that is still falling after
        // some rounds (j -= 1 in a loop) has none; having none is absorbing, so a second phase propagates it.
        Map<Variable, BigInteger> bounds = new HashMap<>();
        stores.keySet().forEach(variable -> bounds.put(variable, TOP));
        List<Variable> falling = iterate(stores, bounds, ROUNDS);
        falling.forEach(bounds::remove);
        if (!iterate(stores, bounds, stores.size() + 1).isEmpty()) {
            // not expected (only removals happen now), but then nothing is proven
            bounds.clear();
        }
        bounds.values().removeIf(bound -> bound.compareTo(HALF_TOP) > 0);
        return new IntLowerBounds(bounds);
    }

    /** Narrows the bounds for some rounds; answers the variables whose bound still changed in the last one. */
    private static List<Variable> iterate(Map<Variable, List<Store>> stores, Map<Variable, BigInteger> bounds, int rounds) {
        List<Variable> changed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            changed.clear();
            for (var entry : stores.entrySet()) {
                Variable variable = entry.getKey();
                if (!bounds.containsKey(variable)) {
                    continue;
                }
                BigInteger bound = TOP;
                for (Store store : entry.getValue()) {
                    Optional<BigInteger> one = store.apply(bounds);
                    if (one.isEmpty()) {
                        bound = null;
                        break;
                    }
                    bound = bound.min(one.get());
                }
                if (bound == null) {
                    bounds.remove(variable);
                    changed.add(variable);
                } else if (!bound.equals(bounds.get(variable))) {
                    bounds.put(variable, bound);
                    changed.add(variable);
                }
            }
            if (changed.isEmpty()) {
                break;
            }
        }
        return changed;
    }

    private static void collect(Stmt statement, Map<Variable, List<Store>> stores) {
        switch (statement) {
            case Stmt.Assign assign -> {
                if (assign.target() instanceof Target.Store store) {
                    add(stores, store.variable(), known -> bound(assign.value(), known));
                } else {
                    unknown(assign.target(), stores);
                }
            }
            case Stmt.AugAssign assign -> {
                if (assign.target() instanceof Target.Store store) {
                    Variable variable = store.variable();
                    add(stores, variable, known -> {
                        Optional<BigInteger> current = Optional.ofNullable(known.get(variable));
                        Optional<BigInteger> value = bound(assign.value(), known);
                        if (current.isEmpty() || value.isEmpty()) {
                            return Optional.empty();
                        }
                        return switch (assign.operator()) {
                            case ADD -> Optional.of(current.get().add(value.get()));
                            case MULTIPLY -> current.get().signum() >= 0 && value.get().signum() >= 0 ? Optional.of(BigInteger.ZERO) : Optional.empty();
                            case FLOOR_DIVIDE -> current.get().signum() >= 0 && value.get().signum() > 0 ? Optional.of(BigInteger.ZERO) : Optional.empty();
                            case MODULO -> value.get().signum() > 0 ? Optional.of(BigInteger.ZERO) : Optional.empty();
                            default -> Optional.empty();
                        };
                    });
                }
            }
            case Stmt.For loop -> iteration(loop.target(), loop.iterable(), stores);
            default -> { }
        }
    }

    private static void iteration(Target target, Expr iterable, Map<Variable, List<Store>> stores) {
        if (target instanceof Target.Store store && iterable instanceof Expr.RangeOf range) {
            add(stores, store.variable(), known -> rangeBound(range, known));
        } else {
            unknown(target, stores);
        }
    }

    private static Optional<BigInteger> rangeBound(Expr.RangeOf range, Map<Variable, BigInteger> known) {
        if (!(range.step() instanceof Expr.IntConst step)) {
            // a step that is not negative is positive (range() refuses 0): every value is at least the start
            return bound(range.step(), known).filter(value -> value.signum() >= 0).flatMap(ignored -> bound(range.start(), known));
        }
        if (step.value().signum() > 0) {
            return bound(range.start(), known);
        }
        // counting down, every value is above the stop
        return step.value().signum() < 0 ? bound(range.stop(), known).map(value -> value.add(BigInteger.ONE)) : Optional.empty();
    }

    private static void unknown(Target target, Map<Variable, List<Store>> stores) {
        switch (target) {
            case Target.Store store -> add(stores, store.variable(), known -> Optional.empty());
            case Target.Element ignored -> { }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> unknown(inner, stores));
        }
    }

    private static void add(Map<Variable, List<Store>> stores, Variable variable, Store store) {
        if (variable.scope() != Variable.Scope.PARAMETER) {
            stores.computeIfAbsent(variable, ignored -> new ArrayList<>()).add(store);
        }
    }

    /** A constant lower bound of an int expression, given the variables' bounds; empty when there is none. */
    private static Optional<BigInteger> bound(Expr expression, Map<Variable, BigInteger> known) {
        return switch (expression) {
            case Expr.IntConst constant -> Optional.of(constant.value());
            case Expr.BoolConst ignored -> Optional.of(BigInteger.ZERO);
            case Expr.Load load -> Optional.ofNullable(known.get(load.variable()));
            case Expr.Binary binary -> {
                Optional<BigInteger> left = bound(binary.left(), known);
                Optional<BigInteger> right = bound(binary.right(), known);
                yield switch (binary.operator()) {
                    case ADD -> left.isPresent() && right.isPresent() ? Optional.of(left.get().add(right.get())) : Optional.empty();
                    case SUBTRACT -> left.isPresent() && binary.right() instanceof Expr.IntConst constant
                            ? Optional.of(left.get().subtract(constant.value())) : Optional.empty();
                    case MULTIPLY, FLOOR_DIVIDE, POWER -> left.filter(value -> value.signum() >= 0).isPresent()
                            && (binary.operator() == BinaryOperator.POWER || right.filter(value -> value.signum() >= 0).isPresent())
                            ? Optional.of(BigInteger.ZERO) : Optional.empty();
                    case MODULO -> right.filter(value -> value.signum() > 0).map(ignored -> BigInteger.ZERO);
                    default -> Optional.empty();
                };
            }
            case Expr.BuiltinCall call when call.builtin() == Builtin.LEN || call.builtin() == Builtin.ORD
                    || call.builtin() == Builtin.ABS && !(call.type() instanceof Type.Float) -> Optional.of(BigInteger.ZERO);
            case Expr.Conditional conditional -> {
                Optional<BigInteger> a = bound(conditional.whenTrue(), known);
                Optional<BigInteger> b = bound(conditional.whenFalse(), known);
                yield a.isPresent() && b.isPresent() ? Optional.of(a.get().min(b.get())) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** Whether the int expression is provably {@code >= 0} wherever it is evaluated. */
    public boolean proves(Expr expression) {
        return bound(expression, bounds).filter(value -> value.signum() >= 0).isPresent();
    }
}
