package dev.codelive.codelive.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks of the IR: every statement, expression or target under a body or inside an expression, outer nodes before
 * inner ones. Expressions come in the order Python evaluates them (an assignment's value before its target, a
 * branch's condition before its body); {@link #ownExpressions} gives one statement's in source order instead.
 * A comprehension's targets are names and unpackings only (lowering refuses others), so they hold no expressions;
 * {@link #targets} visits them with the statements' targets.
 */
public final class IrWalk {
    private final Consumer<Stmt> statements;
    private final Consumer<Expr> expressions;
    private final Consumer<Target> targets;

    private IrWalk(Consumer<Stmt> statements, Consumer<Expr> expressions, Consumer<Target> targets) {
        this.statements = statements;
        this.expressions = expressions;
        this.targets = targets;
    }

    /** Every statement of the body, nested ones included. */
    public static void statements(List<Stmt> body, Consumer<Stmt> visitor) {
        new IrWalk(visitor, e -> { }, t -> { }).block(body);
    }

    /** Every expression of the body, nested ones included (also those inside targets and comprehensions). */
    public static void expressions(List<Stmt> body, Consumer<Expr> visitor) {
        new IrWalk(s -> { }, visitor, t -> { }).block(body);
    }

    /** The expression and every expression inside it. */
    public static void expressions(Expr expression, Consumer<Expr> visitor) {
        new IrWalk(s -> { }, visitor, t -> { }).expr(expression);
    }

    /** The expression and every expression inside it, as a stream. */
    public static Stream<Expr> expressions(Expr expression) {
        List<Expr> all = new ArrayList<>();
        expressions(expression, all::add);
        return all.stream();
    }

    /** Every target of the body: assignment, loop and comprehension targets, and the parts of unpacking ones. */
    public static void targets(List<Stmt> body, Consumer<Target> visitor) {
        new IrWalk(s -> { }, e -> { }, visitor).block(body);
    }

    /**
     * The expressions a statement holds itself, not those of the statements nested in it, in source order: a
     * target's indexing before the value, every branch's condition of an {@code if}.
     */
    public static List<Expr> ownExpressions(Stmt statement) {
        List<Expr> own = new ArrayList<>();
        switch (statement) {
            case Stmt.Evaluate evaluate -> own.add(evaluate.expression());
            case Stmt.Print print -> {
                own.addAll(print.values());
                own.add(print.sep());
                own.add(print.end());
            }
            case Stmt.Assign assign -> {
                targetExpressions(assign.target(), own::add);
                own.add(assign.value());
            }
            case Stmt.AugAssign assign -> {
                targetExpressions(assign.target(), own::add);
                own.add(assign.value());
            }
            case Stmt.If conditional -> conditional.branches().forEach(branch -> own.add(branch.condition()));
            case Stmt.While loop -> own.add(loop.condition());
            case Stmt.For loop -> {
                targetExpressions(loop.target(), own::add);
                own.add(loop.iterable());
            }
            case Stmt.Return ret -> ret.value().ifPresent(own::add);
            case Stmt.Assert check -> {
                own.add(check.condition());
                check.message().ifPresent(own::add);
            }
            case Stmt.Break ignored -> { }
            case Stmt.Continue ignored -> { }
        }
        return own;
    }

    /** The direct subexpressions of an expression, in evaluation order. */
    public static List<Expr> children(Expr expression) {
        List<Expr> children = new ArrayList<>();
        switch (expression) {
            case Expr.IntConst ignored -> { }
            case Expr.FloatConst ignored -> { }
            case Expr.BoolConst ignored -> { }
            case Expr.StrConst ignored -> { }
            case Expr.NoneConst ignored -> { }
            case Expr.Load ignored -> { }
            case Expr.MathConst ignored -> { }
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
                        case Expr.Clause.For loop -> {
                            children.add(loop.iterable());
                            targetExpressions(loop.target(), children::add);
                        }
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
        }
        return children;
    }

    /** The variables a target stores to, in order (those of an unpacking's parts; none for a list element). */
    public static void storedVariables(Target target, Consumer<Variable> visitor) {
        switch (target) {
            case Target.Store store -> visitor.accept(store.variable());
            case Target.Element ignored -> { }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> storedVariables(inner, visitor));
        }
    }

    private static void targetExpressions(Target target, Consumer<Expr> visitor) {
        switch (target) {
            case Target.Store ignored -> { }
            case Target.Element element -> {
                visitor.accept(element.list());
                visitor.accept(element.index());
            }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> targetExpressions(inner, visitor));
        }
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
        if (expression instanceof Expr.Comprehension comprehension) {
            // Not through children(): the targets visitor sees a comprehension's targets too.
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
        } else {
            children(expression).forEach(this::expr);
        }
    }
}
