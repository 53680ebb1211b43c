package dev.codelive.codelive.backend.ts;

import static dev.codelive.codelive.backend.ts.TsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loop headers for {@code for} statements and comprehension clauses: a counting loop for a range with a constant
 * step whose bounds cannot change under it, {@code for...of} otherwise. Also knows which loop variables are
 * non-negative, so that {@code xs[i]} can index directly.
 */
final class TsLoops {
    private final TsContext context;
    private final TsExpressions expressions;

    TsLoops(TsContext context, TsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** A loop header and the loop variable it proves non-negative inside the loop, if any. */
    record Header(String text, Optional<Variable> nonNegative) {}

    /**
     * @param keyword how the loop declares its variables: {@code const}, {@code let}, or empty when they are declared
     *     before the loop
     * @param assignedInBody variables the loop body stores to: a counting loop must not see them change
     */
    Header header(Target target, Expr iterable, String keyword, Set<Variable> assignedInBody, Span where) {
        if (iterable instanceof Expr.RangeOf range && target instanceof Target.Store store && !keyword.isEmpty()
                && !assignedInBody.contains(store.variable()) && range.step() instanceof Expr.IntConst step && step.value().signum() != 0) {
            return counting(store.variable(), range, step.value(), fixed(range.stop(), assignedInBody));
        }
        String binding = keyword.isEmpty() ? pattern(target, where) : keyword + " " + pattern(target, where);
        Optional<Variable> nonNegative = Optional.empty();
        if (iterable instanceof Expr.RangeOf range && target instanceof Target.Store store && !assignedInBody.contains(store.variable())
                && nonNegativeRange(range)) {
            nonNegative = Optional.of(store.variable());
        }
        return new Header("for (" + binding + " of " + expressions.expr(iterable).atLeast(Code.CONDITIONAL) + ")", nonNegative);
    }

    /** A range bound that cannot change while the loop runs: a constant, or a variable the body does not assign. */
    private static boolean fixed(Expr bound, Set<Variable> assignedInBody) {
        return bound instanceof Expr.IntConst || bound instanceof Expr.Load load && !assignedInBody.contains(load.variable());
    }

    /** @param fixedStop the stop cannot change during the loop; otherwise it is evaluated once, as Python does */
    private Header counting(Variable variable, Expr.RangeOf range, BigInteger step, boolean fixedStop) {
        String name = context.name(variable);
        String start = expressions.bigint(range.start()).atLeast(Code.CONDITIONAL);
        String stop = expressions.bigint(range.stop()).atLeast(Code.RELATIONAL + 1);
        if (!fixedStop) {
            String end = context.fresh("end");
            start = start + ", " + end + " = " + expressions.bigint(range.stop()).atLeast(Code.CONDITIONAL);
            stop = end;
        }
        String update;
        if (step.equals(BigInteger.ONE)) {
            update = name + "++";
        } else if (step.equals(BigInteger.ONE.negate())) {
            update = name + "--";
        } else {
            update = name + (step.signum() > 0 ? " += " + step : " -= " + step.negate()) + "n";
        }
        String test = name + (step.signum() > 0 ? " < " : " > ") + stop;
        Optional<Variable> nonNegative = nonNegativeRange(range) ? Optional.of(variable) : Optional.empty();
        return new Header("for (let " + name + " = " + start + "; " + test + "; " + update + ")", nonNegative);
    }

    /** Whether every value of the range is at least zero. */
    private boolean nonNegativeRange(Expr.RangeOf range) {
        if (!(range.step() instanceof Expr.IntConst step)) {
            return false;
        }
        if (step.value().signum() > 0) {
            return nonNegative(range.start(), context.nonNegative);
        }
        return range.stop() instanceof Expr.IntConst stop && stop.value().compareTo(BigInteger.ONE.negate()) >= 0;
    }

    /** Whether an int expression is certainly at least zero, given loop variables known to be. */
    static boolean nonNegative(Expr expression, Set<Variable> nonNegativeVariables) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().signum() >= 0;
            case Expr.Load load -> nonNegativeVariables.contains(load.variable());
            case Expr.BuiltinCall call -> call.builtin() == dev.codelive.codelive.ir.Builtin.LEN;
            case Expr.Binary binary -> (binary.operator() == BinaryOperator.ADD || binary.operator() == BinaryOperator.MULTIPLY
                    || binary.operator() == BinaryOperator.FLOOR_DIVIDE) && binary.type() instanceof Type.Int
                    && nonNegative(binary.left(), nonNegativeVariables) && nonNegative(binary.right(), nonNegativeVariables);
            default -> false;
        };
    }

    /** A destructuring pattern for a target: {@code [i, [a, b]]}. */
    String pattern(Target target, Span where) {
        return switch (target) {
            case Target.Store store -> context.name(store.variable());
            case Target.Unpack unpack -> unpack.targets().stream().map(t -> pattern(t, where)).collect(Collectors.joining(", ", "[", "]"));
            case Target.Element ignored -> throw refuse("a list element as a loop variable", where);
        };
    }
}
