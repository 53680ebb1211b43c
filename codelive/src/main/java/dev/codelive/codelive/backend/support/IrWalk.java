package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Exprs;
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
        Exprs.children(expression).forEach(child -> expression(child, visitor));
    }
}
