package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Proves int expressions never negative, so that backends index lists directly instead of through a helper that
 * handles Python's negative indexes: the greatest set of int variables whose every store (assignments, loop
 * targets, the arguments of every call of a function) is non-negative when those variables are. Unlike
 * {@link IntLowerBounds}, which the SQL and Julia backends use, it follows parameters through their calls, but it
 * knows no bound other than zero ({@code i - 1} is never proven).
 */
public final class NonNegativeVariables {
    /** Variables per body; the module's code is the null key. */
    private final Map<Function, Set<Variable>> proven = new HashMap<>();

    private NonNegativeVariables(Program program) {
        Map<String, Function> byName = new HashMap<>();
        program.functions().forEach(function -> byName.put(function.name(), function));
        List<Function> keys = new ArrayList<>(program.functions());
        keys.add(null);
        for (Function key : keys) {
            Set<Variable> candidates = new HashSet<>();
            List<Stmt> body = key == null ? program.main() : key.body();
            IrWalk.targets(body, target -> {
                if (target instanceof Target.Store store && store.type() instanceof Type.Int) {
                    candidates.add(store.variable());
                }
            });
            if (key != null) {
                key.parameters().stream().filter(p -> p.type() instanceof Type.Int).forEach(candidates::add);
            }
            proven.put(key, candidates);
        }
        boolean[] changed = {true};
        while (changed[0]) {
            changed[0] = false;
            for (Function key : keys) {
                List<Stmt> body = key == null ? program.main() : key.body();
                Set<Variable> set = proven.get(key);
                Set<Variable> refuted = new HashSet<>();
                Predicate<Expr> holds = expression -> holds(set, expression);
                IrWalk.statements(body, statement -> refute(statement, holds, refuted));
                IrWalk.expressions(body, expression -> {
                    if (expression instanceof Expr.Comprehension comprehension) {
                        for (Expr.Clause clause : comprehension.clauses()) {
                            if (clause instanceof Expr.Clause.For loop) {
                                loopTarget(loop.target(), loop.iterable(), holds, refuted);
                            }
                        }
                    }
                    if (expression instanceof Expr.Call call && byName.containsKey(call.function())) {
                        Function callee = byName.get(call.function());
                        for (int i = 0; i < call.arguments().size(); i++) {
                            if (!holds.test(call.arguments().get(i))) {
                                changed[0] |= proven.get(callee).remove(callee.parameters().get(i));
                            }
                        }
                    }
                });
                changed[0] |= set.removeAll(refuted);
            }
        }
    }

    public static NonNegativeVariables of(Program program) {
        return new NonNegativeVariables(program);
    }

    /** Whether the int expression, in {@code function}'s body (null: the module's code), is never negative. */
    public boolean holds(Function function, Expr expression) {
        return holds(proven.getOrDefault(function, Set.of()), expression);
    }

    private void refute(Stmt statement, Predicate<Expr> holds, Set<Variable> refuted) {
        switch (statement) {
            case Stmt.Assign assign -> store(assign.target(), Optional.of(assign.value()), holds, refuted);
            case Stmt.AugAssign assign -> {
                if (assign.target() instanceof Target.Store store && store.type() instanceof Type.Int) {
                    boolean keeps = switch (assign.operator()) {
                        case ADD, MULTIPLY, FLOOR_DIVIDE, POWER -> holds.test(assign.value());
                        case MODULO -> holds.test(assign.value());
                        default -> false;
                    };
                    if (!keeps) {
                        refuted.add(store.variable());
                    }
                }
            }
            case Stmt.For loop -> loopTarget(loop.target(), loop.iterable(), holds, refuted);
            default -> { }
        }
    }

    private void store(Target target, Optional<Expr> value, Predicate<Expr> holds, Set<Variable> refuted) {
        switch (target) {
            case Target.Store store -> {
                if (store.type() instanceof Type.Int && (value.isEmpty() || !holds.test(value.get()))) {
                    refuted.add(store.variable());
                }
            }
            case Target.Unpack unpack -> {
                List<Expr> parts = value.map(v -> v instanceof Expr.TupleLiteral tuple ? tuple.elements() : null).orElse(null);
                for (int i = 0; i < unpack.targets().size(); i++) {
                    store(unpack.targets().get(i), parts == null ? Optional.empty() : Optional.of(parts.get(i)), holds, refuted);
                }
            }
            case Target.Element ignored -> { }
        }
    }

    private void loopTarget(Target target, Expr iterable, Predicate<Expr> holds, Set<Variable> refuted) {
        if (iterable instanceof Expr.RangeOf range && target instanceof Target.Store store) {
            if (!rangeNonNegative(range, holds)) {
                refuted.add(store.variable());
            }
            return;
        }
        if (iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.ENUMERATE && target instanceof Target.Unpack unpack
                && unpack.targets().size() == 2) {
            boolean startOk = call.arguments().size() < 2 || holds.test(call.arguments().get(1));
            store(unpack.targets().get(0), startOk ? Optional.of(new Expr.IntConst(BigInteger.ZERO, call.span())) : Optional.empty(),
                    holds, refuted);
            store(unpack.targets().get(1), Optional.empty(), holds, refuted);
            return;
        }
        store(target, Optional.empty(), holds, refuted);
    }

    private static boolean rangeNonNegative(Expr.RangeOf range, Predicate<Expr> holds) {
        if (!(range.step() instanceof Expr.IntConst step)) {
            return false;
        }
        if (step.value().signum() > 0) {
            return holds.test(range.start());
        }
        // Counting down, every value is above stop.
        return holds.test(range.stop()) || range.stop() instanceof Expr.IntConst stop && stop.value().compareTo(BigInteger.ONE.negate()) >= 0;
    }

    private static boolean holds(Set<Variable> set, Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().signum() >= 0;
            case Expr.BoolConst ignored -> true;
            case Expr.Load load -> load.type() instanceof Type.Bool || set.contains(load.variable());
            case Expr.Binary binary when binary.type() instanceof Type.Int -> switch (binary.operator()) {
                case ADD, MULTIPLY, FLOOR_DIVIDE, POWER -> holds(set, binary.left()) && holds(set, binary.right());
                case MODULO -> holds(set, binary.right());
                default -> false;
            };
            case Expr.Negate negate -> negate.plus() && holds(set, negate.operand());
            case Expr.Conditional conditional -> holds(set, conditional.whenTrue()) && holds(set, conditional.whenFalse());
            case Expr.BuiltinCall call -> switch (call.builtin()) {
                case LEN, ORD -> true;
                case ABS -> call.type() instanceof Type.Int;
                case MIN -> call.arguments().size() > 1 && call.arguments().stream().allMatch(a -> holds(set, a));
                case MAX -> call.arguments().size() > 1 && call.arguments().stream().anyMatch(a -> holds(set, a));
                default -> false;
            };
            case Expr.MethodCall call -> call.method().equals("index") || call.method().equals("count");
            case Expr.MathCall call -> Set.of("isqrt", "factorial", "gcd", "lcm", "comb", "perm").contains(call.function());
            default -> false;
        };
    }
}
