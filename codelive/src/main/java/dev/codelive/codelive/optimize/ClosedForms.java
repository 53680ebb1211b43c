package dev.codelive.codelive.optimize;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Replaces sums over arithmetic ranges with their closed form, computed exactly at render time: {@code sum(range(a,
 * b, s))}, and {@code sum(f(i) for i in range(a, b, s))} and the loop {@code for i in range(a, b, s): total += f(i)}
 * where {@code f(i)} is {@code i}, {@code c * i}, {@code i * i} or {@code i ** 2}. The bounds must be constant
 * expressions (the closed form of a symbolic range would need intermediates wider than the program's ints).
 */
final class ClosedForms extends IrTransformer {
    private final Program.IntWidth width;
    private final ConstantFolding folding;

    private ClosedForms(Program.IntWidth width) {
        this.width = width;
        this.folding = new ConstantFolding(width);
    }

    static Program apply(Program program) {
        return new ClosedForms(program.intWidth()).program(program);
    }

    /** A term of the series: {@code coefficient * i ** power}. */
    private record Term(BigInteger coefficient, int power) {}

    @Override
    protected Expr expression(Expr expression) {
        if (expression instanceof Expr.BuiltinCall call && call.builtin() == Builtin.SUM && call.arguments().size() == 1
                && call.type() instanceof Type.Int) {
            Expr argument = call.arguments().getFirst();
            if (argument instanceof Expr.RangeOf range) {
                return closedForm(range, new Term(BigInteger.ONE, 1)).map(value -> (Expr) value).orElse(expression);
            }
            if (argument instanceof Expr.Comprehension comprehension && comprehension.clauses().size() == 1
                    && comprehension.clauses().getFirst() instanceof Expr.Clause.For clause
                    && clause.iterable() instanceof Expr.RangeOf range && clause.target() instanceof Target.Store store) {
                return term(comprehension.element(), store.variable()).flatMap(term -> closedForm(range, term))
                        .map(value -> (Expr) value).orElse(expression);
            }
        }
        return expression;
    }

    @Override
    protected List<Stmt> statements(Stmt statement) {
        if (statement instanceof Stmt.For loop && loop.orElse().isEmpty() && loop.body().size() == 1
                && loop.iterable() instanceof Expr.RangeOf range && loop.target() instanceof Target.Store store && store.declares()
                && loop.body().getFirst() instanceof Stmt.AugAssign add && add.operator() == BinaryOperator.ADD
                && add.target() instanceof Target.Store total && total.variable().type() instanceof Type.Int
                && !total.variable().equals(store.variable())) {
            Optional<Expr.IntConst> sum = term(add.value(), store.variable()).flatMap(term -> closedForm(range, term));
            if (sum.isPresent()) {
                // The loop variable is private to the loop, so nothing after it misses its last value.
                return List.of(new Stmt.AugAssign(add.target(), BinaryOperator.ADD, sum.get(), loop.span()));
            }
        }
        return List.of(statement);
    }

    private Optional<Term> term(Expr element, Variable index) {
        if (isIndex(element, index)) {
            return Optional.of(new Term(BigInteger.ONE, 1));
        }
        if (element instanceof Expr.Binary binary) {
            if (binary.operator() == BinaryOperator.MULTIPLY && isIndex(binary.left(), index) && isIndex(binary.right(), index)) {
                return Optional.of(new Term(BigInteger.ONE, 2));
            }
            if (binary.operator() == BinaryOperator.POWER && isIndex(binary.left(), index)
                    && binary.right() instanceof Expr.IntConst two && two.value().equals(BigInteger.TWO)) {
                return Optional.of(new Term(BigInteger.ONE, 2));
            }
            if (binary.operator() == BinaryOperator.MULTIPLY) {
                if (binary.left() instanceof Expr.IntConst c && isIndex(binary.right(), index)) {
                    return Optional.of(new Term(c.value(), 1));
                }
                if (binary.right() instanceof Expr.IntConst c && isIndex(binary.left(), index)) {
                    return Optional.of(new Term(c.value(), 1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isIndex(Expr expression, Variable index) {
        return expression instanceof Expr.Load load && load.variable().equals(index) && index.type() instanceof Type.Int;
    }

    private Optional<Expr.IntConst> closedForm(Expr.RangeOf range, Term term) {
        Optional<BigInteger> start = constant(range.start());
        Optional<BigInteger> stop = constant(range.stop());
        Optional<BigInteger> step = constant(range.step());
        if (start.isEmpty() || stop.isEmpty() || step.isEmpty() || step.get().signum() == 0) {
            return Optional.empty();
        }
        BigInteger a = start.get();
        BigInteger s = step.get();
        BigInteger n = count(a, stop.get(), s);
        // Sum over k < n of (a + s k)^p, by the formulas for the sums of k and k^2.
        BigInteger sumK = n.multiply(n.subtract(BigInteger.ONE)).shiftRight(1);
        BigInteger sumK2 = n.subtract(BigInteger.ONE).multiply(n).multiply(n.shiftLeft(1).subtract(BigInteger.ONE)).divide(BigInteger.valueOf(6));
        BigInteger total = term.power() == 1
                ? n.multiply(a).add(s.multiply(sumK))
                : n.multiply(a.multiply(a)).add(a.multiply(s).multiply(sumK).shiftLeft(1)).add(s.multiply(s).multiply(sumK2));
        BigInteger value = total.multiply(term.coefficient());
        return Constants.fits(PyInt.of(value), width) ? Optional.of(new Expr.IntConst(value, range.span())) : Optional.empty();
    }

    /** Python's len(range(a, b, s)). */
    private static BigInteger count(BigInteger a, BigInteger b, BigInteger s) {
        BigInteger n = s.signum() > 0
                ? b.subtract(a).add(s).subtract(BigInteger.ONE).divide(s)
                : a.subtract(b).subtract(s).subtract(BigInteger.ONE).divide(s.negate());
        return n.max(BigInteger.ZERO);
    }

    private Optional<BigInteger> constant(Expr bound) {
        Expr folded = folding.walk(bound);
        return folded instanceof Expr.IntConst constant ? Optional.of(constant.value()) : Optional.empty();
    }
}
