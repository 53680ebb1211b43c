package dev.codelive.codelive.backend;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import java.util.List;
import java.util.function.Consumer;

/** Visits every statement, expression and target of an IR body, outer nodes before inner ones. */
public final class IrWalk {
    private final Consumer<Stmt> statements;
    private final Consumer<Expr> expressions;
    private final Consumer<Target> targets;

    private IrWalk(Consumer<Stmt> statements, Consumer<Expr> expressions, Consumer<Target> targets) {
        this.statements = statements;
        this.expressions = expressions;
        this.targets = targets;
    }

    /** Every expression in {@code body}, nested ones included (also those inside targets and comprehensions). */
    public static void expressions(List<Stmt> body, Consumer<Expr> visitor) {
        new IrWalk(s -> { }, visitor, t -> { }).block(body);
    }

    /** Every expression inside {@code expression}, itself first. */
    public static void expressions(Expr expression, Consumer<Expr> visitor) {
        new IrWalk(s -> { }, visitor, t -> { }).expr(expression);
    }

    /** Every statement in {@code body}, nested ones included. */
    public static void statements(List<Stmt> body, Consumer<Stmt> visitor) {
        new IrWalk(visitor, e -> { }, t -> { }).block(body);
    }

    /** Every target (assignment, loop and comprehension targets; nested unpacking included). */
    public static void targets(List<Stmt> body, Consumer<Target> visitor) {
        new IrWalk(s -> { }, e -> { }, visitor).block(body);
    }

    private void block(List<Stmt> body) {
        body.forEach(this::stmt);
    }

    private void stmt(Stmt statement) {
        statements.accept(statement);
        switch (statement) {
            case Stmt.Evaluate evaluate -> expr(evaluate.expression());
            case Stmt.Print print -> {
                print.values().forEach(this::expr);
                expr(print.sep());
                expr(print.end());
            }
            case Stmt.Assign assign -> {
                expr(assign.value());
                target(assign.target());
            }
            case Stmt.AugAssign assign -> {
                expr(assign.value());
                target(assign.target());
            }
            case Stmt.If conditional -> {
                for (Stmt.If.Branch branch : conditional.branches()) {
                    expr(branch.condition());
                    block(branch.body());
                }
                block(conditional.orElse());
            }
            case Stmt.While loop -> {
                expr(loop.condition());
                block(loop.body());
                block(loop.orElse());
            }
            case Stmt.For loop -> {
                expr(loop.iterable());
                target(loop.target());
                block(loop.body());
                block(loop.orElse());
            }
            case Stmt.Return ret -> ret.value().ifPresent(this::expr);
            case Stmt.Assert check -> {
                expr(check.condition());
                check.message().ifPresent(this::expr);
            }
            case Stmt.Break ignored -> { }
            case Stmt.Continue ignored -> { }
        }
    }

    private void target(Target target) {
        targets.accept(target);
        switch (target) {
            case Target.Store ignored -> { }
            case Target.Element element -> {
                expr(element.list());
                expr(element.index());
            }
            case Target.Unpack unpack -> unpack.targets().forEach(this::target);
        }
    }

    private void expr(Expr expression) {
        expressions.accept(expression);
        switch (expression) {
            case Expr.IntConst ignored -> { }
            case Expr.FloatConst ignored -> { }
            case Expr.BoolConst ignored -> { }
            case Expr.StrConst ignored -> { }
            case Expr.NoneConst ignored -> { }
            case Expr.Load ignored -> { }
            case Expr.MathConst ignored -> { }
            case Expr.Binary binary -> {
                expr(binary.left());
                expr(binary.right());
            }
            case Expr.Negate negate -> expr(negate.operand());
            case Expr.Not not -> expr(not.operand());
            case Expr.Logical logical -> logical.operands().forEach(this::expr);
            case Expr.Compare compare -> {
                expr(compare.first());
                compare.links().forEach(link -> expr(link.right()));
            }
            case Expr.Conditional conditional -> {
                expr(conditional.condition());
                expr(conditional.whenTrue());
                expr(conditional.whenFalse());
            }
            case Expr.ListLiteral list -> list.elements().forEach(this::expr);
            case Expr.TupleLiteral tuple -> tuple.elements().forEach(this::expr);
            case Expr.RangeOf range -> {
                expr(range.start());
                expr(range.stop());
                expr(range.step());
            }
            case Expr.Index index -> {
                expr(index.target());
                expr(index.index());
            }
            case Expr.Slice slice -> {
                expr(slice.target());
                slice.lower().ifPresent(this::expr);
                slice.upper().ifPresent(this::expr);
                slice.step().ifPresent(this::expr);
            }
            case Expr.Call call -> call.arguments().forEach(this::expr);
            case Expr.BuiltinCall call -> call.arguments().forEach(this::expr);
            case Expr.MethodCall call -> {
                expr(call.receiver());
                call.arguments().forEach(this::expr);
            }
            case Expr.MathCall call -> call.arguments().forEach(this::expr);
            case Expr.Comprehension comprehension -> {
                for (Expr.Clause clause : comprehension.clauses()) {
                    switch (clause) {
                        case Expr.Clause.For loop -> {
                            expr(loop.iterable());
                            target(loop.target());
                        }
                        case Expr.Clause.If condition -> expr(condition.condition());
                    }
                }
                expr(comprehension.element());
            }
            case Expr.FString fstring -> {
                for (Expr.FString.Part part : fstring.parts()) {
                    if (part instanceof Expr.FString.Part.Value value) {
                        expr(value.value());
                    }
                }
            }
        }
    }
}
