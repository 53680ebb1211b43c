package dev.codelive.codelive.ir;

import java.util.ArrayList;
import java.util.List;

/** Walking the expression tree. */
public final class Exprs {
    private Exprs() {}

    /** The direct subexpressions of an expression, in evaluation order. */
    public static List<Expr> children(Expr expression) {
        List<Expr> children = new ArrayList<>();
        switch (expression) {
            case Expr.Binary binary -> {
                children.add(binary.left());
                children.add(binary.right());
            }
            case Expr.Negate negate -> children.add(negate.operand());
            case Expr.Not not -> children.add(not.operand());
            case Expr.Logical logical -> children.addAll(logical.operands());
            case Expr.Compare compare -> {
                children.add(compare.first());
                compare.links().forEach(link -> children.add(link.right()));
            }
            case Expr.Conditional conditional -> {
                children.add(conditional.condition());
                children.add(conditional.whenTrue());
                children.add(conditional.whenFalse());
            }
            case Expr.ListLiteral list -> children.addAll(list.elements());
            case Expr.TupleLiteral tuple -> children.addAll(tuple.elements());
            case Expr.RangeOf range -> {
                children.add(range.start());
                children.add(range.stop());
                children.add(range.step());
            }
            case Expr.Index index -> {
                children.add(index.target());
                children.add(index.index());
            }
            case Expr.Slice slice -> {
                children.add(slice.target());
                slice.lower().ifPresent(children::add);
                slice.upper().ifPresent(children::add);
                slice.step().ifPresent(children::add);
            }
            case Expr.Call call -> children.addAll(call.arguments());
            case Expr.BuiltinCall call -> children.addAll(call.arguments());
            case Expr.MethodCall call -> {
                children.add(call.receiver());
                children.addAll(call.arguments());
            }
            case Expr.MathCall call -> children.addAll(call.arguments());
            case Expr.Comprehension comprehension -> {
                for (Expr.Clause clause : comprehension.clauses()) {
                    switch (clause) {
                        case Expr.Clause.For loop -> children.add(loop.iterable());
                        case Expr.Clause.If condition -> children.add(condition.condition());
                    }
                }
                children.add(comprehension.element());
            }
            case Expr.FString fstring -> fstring.parts().forEach(part -> {
                if (part instanceof Expr.FString.Part.Value value) {
                    children.add(value.value());
                }
            });
            default -> { }
        }
        return children;
    }
}
