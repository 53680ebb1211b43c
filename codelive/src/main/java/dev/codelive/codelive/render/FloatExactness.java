package dev.codelive.codelive.render;

import dev.codelive.codelive.analysis.TypeProblem;
import dev.codelive.codelive.evaluator.EvaluationListener;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Places where a program typed with floats and ints would print something CPython does not, found by watching the
 * reference run (the snippet has no input, so that run is the only one):
 * <ul>
 *   <li>{@code int ** int} is a float when the exponent is negative ({@code 2 ** -1} is {@code 0.5}), while the
 *       program types it as an int;</li>
 *   <li>{@code sum} of floats that adds nothing returns the int {@code 0}, which prints as {@code 0}, not
 *       {@code 0.0};</li>
 *   <li>an int compared with a float is compared exactly by Python, but as a 64-bit float by every backend, which
 *       rounds an int that a double cannot hold ({@code 2**53 + 1 == 2.0**53} is false in Python).</li>
 * </ul>
 * Either is refused with its position rather than rendered wrong.
 */
final class FloatExactness implements EvaluationListener {
    private final Set<dev.codelive.codelive.syntax.Expr> intSums = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<dev.codelive.codelive.syntax.Expr> inexactInts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<dev.codelive.codelive.syntax.Expr> floatPowers = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void value(dev.codelive.codelive.syntax.Expr expression, PyObject value) {
        if (value instanceof PyFloat && expression instanceof dev.codelive.codelive.syntax.Expr.BinaryOp binary
                && binary.operator() == BinaryOperator.POWER) {
            floatPowers.add(expression);
        }
        if (!(value instanceof PyInt integer)) {
            return;
        }
        if (!integer.fitsLong() || Math.abs(integer.longValue()) > 1L << 53) {
            if (!exactDouble(integer)) {
                inexactInts.add(expression);
            }
        }
        if (expression instanceof dev.codelive.codelive.syntax.Expr.Call call
                && call.function() instanceof dev.codelive.codelive.syntax.Expr.Name name && name.id().equals("sum")) {
            intSums.add(expression);
        }
    }

    /** Whether a double holds this int exactly: at most 53 significant bits, and within the double range. */
    private static boolean exactDouble(PyInt integer) {
        java.math.BigInteger value = integer.bigValue().abs();
        return value.bitLength() - value.getLowestSetBit() <= 53 && value.bitLength() <= 1024;
    }

    /** @throws TypeProblem at the first place in {@code program} where the reference run showed a float would be wrong */
    void check(Program program) {
        Set<Span> sumsOfNothing = spans(intSums);
        Set<Span> inexact = spans(inexactInts);
        Set<Span> fractionalPowers = spans(floatPowers);
        List<List<Stmt>> bodies = new ArrayList<>();
        program.functions().stream().map(Function::body).forEach(bodies::add);
        bodies.add(program.main());
        for (List<Stmt> body : bodies) {
            IrWalk.expressions(body, expression -> {
                switch (expression) {
                    case Expr.BuiltinCall call when call.builtin() == Builtin.SUM && call.type() instanceof Type.Float
                            && sumsOfNothing.contains(call.span()) -> throw new TypeProblem("this sum of floats adds no values, and Python's "
                            + "sum is then the int 0, not 0.0; give it a float start, as in sum(values, 0.0)", call.span().start());
                    case Expr.Binary power when power.operator() == BinaryOperator.POWER && power.type() instanceof Type.Int
                            && fractionalPowers.contains(power.span()) -> throw new TypeProblem("this int ** int has a negative exponent "
                            + "here, so Python's result is a float, where the program expects an int", power.span().start());
                    case Expr.Compare compare -> inexactComparison(compare, inexact);
                    default -> { }
                }
            });
        }
    }

    private static void inexactComparison(Expr.Compare compare, Set<Span> inexact) {
        Expr left = compare.first();
        for (Expr.Compare.Link link : compare.links()) {
            Expr right = link.right();
            Expr integer = left.type() instanceof Type.Int && right.type() instanceof Type.Float ? left
                    : left.type() instanceof Type.Float && right.type() instanceof Type.Int ? right : null;
            if (integer != null && inexact.contains(integer.span())) {
                throw new TypeProblem("an int that a 64-bit float cannot hold exactly is compared with a float; Python compares "
                        + "them exactly, the rendered program could not", integer.span().start());
            }
            left = right;
        }
    }

    private static Set<Span> spans(Set<dev.codelive.codelive.syntax.Expr> expressions) {
        Set<Span> spans = new HashSet<>();
        expressions.forEach(expression -> spans.add(expression.span()));
        return spans;
    }
}
