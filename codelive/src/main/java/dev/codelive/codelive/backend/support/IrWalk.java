package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Visits every statement and expression under a body, outer nodes first, in source order. */
public final class IrWalk {
    private IrWalk() {}

    /** Every statement of the body, nested ones included. */
    public static void statements(List<Stmt> body, Consumer<Stmt> visitor) {
        for (Stmt statement : body) {
            visitor.accept(statement);
            switch (statement) {
                case Stmt.If conditional -> {
                    conditional.branches().forEach(branch -> statements(branch.body(), visitor));
                    statements(conditional.orElse(), visitor);
                }
                case Stmt.While loop -> {
                    statements(loop.body(), visitor);
                    statements(loop.orElse(), visitor);
                }
                case Stmt.For loop -> {
                    statements(loop.body(), visitor);
                    statements(loop.orElse(), visitor);
                }
                default -> { }
            }
        }
    }

    /** Every expression of the body, nested ones included (targets' indexes too). */
    public static void expressions(List<Stmt> body, Consumer<Expr> visitor) {
        statements(body, statement -> ownExpressions(statement).forEach(expression -> expression(expression, visitor)));
    }

    /** The expressions a statement holds directly, not those of nested statements. */
    public static List<Expr> ownExpressions(Stmt statement) {
        List<Expr> out = new ArrayList<>();
        switch (statement) {
            case Stmt.Evaluate evaluate -> out.add(evaluate.expression());
            case Stmt.Print print -> {
                out.addAll(print.values());
                out.add(print.sep());
                out.add(print.end());
            }
            case Stmt.Assign assign -> {
                targetExpressions(assign.target(), out);
                out.add(assign.value());
            }
            case Stmt.AugAssign assign -> {
                targetExpressions(assign.target(), out);
                out.add(assign.value());
            }
            case Stmt.If conditional -> conditional.branches().forEach(branch -> out.add(branch.condition()));
            case Stmt.While loop -> out.add(loop.condition());
            case Stmt.For loop -> {
                targetExpressions(loop.target(), out);
                out.add(loop.iterable());
            }
            case Stmt.Return ret -> ret.value().ifPresent(out::add);
            case Stmt.Assert check -> {
                out.add(check.condition());
                check.message().ifPresent(out::add);
            }
            case Stmt.Break ignored -> { }
            case Stmt.Continue ignored -> { }
        }
        return out;
    }

    private static void targetExpressions(Target target, List<Expr> out) {
        switch (target) {
            case Target.Store ignored -> { }
            case Target.Element element -> {
                out.add(element.list());
                out.add(element.index());
            }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> targetExpressions(inner, out));
        }
    }

    /** The expression and every expression inside it. */
    public static void expression(Expr expression, Consumer<Expr> visitor) {
        visitor.accept(expression);
        children(expression).forEach(child -> expression(child, visitor));
    }

    /** The direct sub-expressions. */
    public static List<Expr> children(Expr expression) {
        return switch (expression) {
            case Expr.IntConst ignored -> List.of();
            case Expr.FloatConst ignored -> List.of();
            case Expr.BoolConst ignored -> List.of();
            case Expr.StrConst ignored -> List.of();
            case Expr.NoneConst ignored -> List.of();
            case Expr.Load ignored -> List.of();
            case Expr.MathConst ignored -> List.of();
            case Expr.Binary binary -> List.of(binary.left(), binary.right());
            case Expr.Negate negate -> List.of(negate.operand());
            case Expr.Not not -> List.of(not.operand());
            case Expr.Logical logical -> logical.operands();
            case Expr.Compare compare -> {
                List<Expr> out = new ArrayList<>(List.of(compare.first()));
                compare.links().forEach(link -> out.add(link.right()));
                yield out;
            }
            case Expr.Conditional conditional -> List.of(conditional.condition(), conditional.whenTrue(), conditional.whenFalse());
            case Expr.ListLiteral list -> list.elements();
            case Expr.TupleLiteral tuple -> tuple.elements();
            case Expr.RangeOf range -> List.of(range.start(), range.stop(), range.step());
            case Expr.Index index -> List.of(index.target(), index.index());
            case Expr.Slice slice -> {
                List<Expr> out = new ArrayList<>(List.of(slice.target()));
                slice.lower().ifPresent(out::add);
                slice.upper().ifPresent(out::add);
                slice.step().ifPresent(out::add);
                yield out;
            }
            case Expr.Call call -> call.arguments();
            case Expr.BuiltinCall call -> call.arguments();
            case Expr.MethodCall call -> {
                List<Expr> out = new ArrayList<>(List.of(call.receiver()));
                out.addAll(call.arguments());
                yield out;
            }
            case Expr.MathCall call -> call.arguments();
            case Expr.Comprehension comprehension -> {
                List<Expr> out = new ArrayList<>();
                for (Expr.Clause clause : comprehension.clauses()) {
                    switch (clause) {
                        case Expr.Clause.For loop -> out.add(loop.iterable());
                        case Expr.Clause.If condition -> out.add(condition.condition());
                    }
                }
                out.add(comprehension.element());
                yield out;
            }
            case Expr.FString fstring -> fstring.parts().stream()
                    .filter(part -> part instanceof Expr.FString.Part.Value)
                    .map(part -> ((Expr.FString.Part.Value) part).value()).toList();
        };
    }
}
