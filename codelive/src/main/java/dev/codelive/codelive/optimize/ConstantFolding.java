package dev.codelive.codelive.optimize;

import dev.codelive.codelive.evaluator.Operations;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.runtime.Comparisons;
import dev.codelive.codelive.runtime.Operators;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates constant subexpressions at render time with the reference runtime, so that {@code 2 ** 10 * 3} becomes
 * {@code 3072} and {@code 7 // -2} becomes {@code -4} exactly as Python computes them. An operation that would raise
 * ({@code 1 // 0}) is left for the program to run; an int too wide for the program's width is left too.
 */
final class ConstantFolding extends IrTransformer {
    private final Program.IntWidth width;

    ConstantFolding(Program.IntWidth width) {
        this.width = width;
    }

    static Program apply(Program program) {
        return new ConstantFolding(program.intWidth()).program(program);
    }

    @Override
    protected Expr expression(Expr expression) {
        try {
            return fold(expression).filter(folded -> folded.type().equals(expression.type())).orElse(expression);
        } catch (RuntimeException raisedOrRefused) {
            // A PythonError (1 // 0) or a runtime limit: the program computes it, and the reference run has vouched for it.
            return expression;
        }
    }

    private Optional<Expr> fold(Expr expression) {
        return switch (expression) {
            case Expr.Binary e -> both(e.left(), e.right()).flatMap(values ->
                    Constants.constant(Operators.binary(Operations.binary(e.operator()), values.get(0), values.get(1)), width, e.span()));
            case Expr.Negate e -> Constants.value(e.operand()).flatMap(value ->
                    Constants.constant(Operators.unary(e.plus() ? UnaryOp.POS : UnaryOp.NEG, value), width, e.span()));
            case Expr.Not e -> Constants.value(e.operand()).map(value -> new Expr.BoolConst(!Operators.truthy(value), e.span()));
            case Expr.Compare e -> compare(e);
            case Expr.Conditional e -> Constants.value(e.condition()).map(value -> Operators.truthy(value) ? e.whenTrue() : e.whenFalse());
            default -> Optional.empty();
        };
    }

    private Optional<Expr> compare(Expr.Compare compare) {
        List<PyObject> operands = new ArrayList<>();
        operands.add(Constants.value(compare.first()).orElse(null));
        compare.links().forEach(link -> operands.add(Constants.value(link.right()).orElse(null)));
        if (operands.contains(null)) {
            return Optional.empty();
        }
        boolean result = Comparisons.chain(operands.getFirst(), compare.links().stream().map(link -> Operations.compare(link.operator())).toList(),
                i -> operands.get(i + 1));
        return Optional.of(new Expr.BoolConst(result, compare.span()));
    }

    private static Optional<List<PyObject>> both(Expr left, Expr right) {
        Optional<PyObject> a = Constants.value(left);
        Optional<PyObject> b = Constants.value(right);
        return a.isPresent() && b.isPresent() ? Optional.of(List.of(a.get(), b.get())) : Optional.empty();
    }
}
