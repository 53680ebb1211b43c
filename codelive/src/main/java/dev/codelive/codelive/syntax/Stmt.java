package dev.codelive.codelive.syntax;

import java.util.ArrayList;
import java.util.List;

/** A statement. A compound statement's span runs from its keyword to the end of its last nested statement. */
public sealed interface Stmt extends Node {

    /** An expression evaluated for its effect, such as a call to {@code print}. */
    record ExprStmt(Expr expression, Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of(expression);
        }
    }

    /**
     * {@code targets[0] = targets[1] = ... = value}; a target is a {@link Expr.Name}, {@link Expr.Attribute},
     * {@link Expr.Subscript}, or a {@link Expr.TupleLiteral} / {@link Expr.ListLiteral} of targets.
     */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(targets.size() + 1);
            children.addAll(targets);
            children.add(value);
            return children;
        }
    }

    /** {@code target op= value}; the target is a name, attribute or subscript. */
    record AugAssign(Expr target, BinaryOperator operator, Expr value, Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of(target, value);
        }
    }

    /** {@code target: annotation = value}, or {@code target: annotation} with a null value. */
    record AnnAssign(Expr target, Expr annotation, Expr value, Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return value == null ? List.of(target, annotation) : List.of(target, annotation, value);
        }
    }

    /** {@code def name(parameters) -> returns: body}; {@code returns} is null without a return annotation. */
    record FunctionDef(String name, List<Parameter> parameters, Expr returns, List<Stmt> body, Span span)
            implements Stmt {
        public FunctionDef {
            parameters = List.copyOf(parameters);
            body = List.copyOf(body);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(parameters.size() + 1 + body.size());
            children.addAll(parameters);
            if (returns != null) {
                children.add(returns);
            }
            children.addAll(body);
            return children;
        }
    }

    /** {@code return value}, or a bare {@code return} with a null value. */
    record Return(Expr value, Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return value == null ? List.of() : List.of(value);
        }
    }

    /**
     * {@code if}, then any {@code elif}s, as one branch each (at least one), then the {@code else} body (empty when
     * absent). A flat list rather than CPython's nesting, so that a long elif chain does not deepen the tree.
     */
    record If(List<Branch> branches, List<Stmt> orElse, Span span) implements Stmt {
        public If {
            branches = List.copyOf(branches);
            orElse = List.copyOf(orElse);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(branches.size() + orElse.size());
            children.addAll(branches);
            children.addAll(orElse);
            return children;
        }
    }

    /** {@code while condition: body else: orElse}; {@code orElse} runs when the loop ends without {@code break}. */
    record While(Expr condition, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(1 + body.size() + orElse.size());
            children.add(condition);
            children.addAll(body);
            children.addAll(orElse);
            return children;
        }
    }

    /** {@code for target in iterable: body else: orElse}; the target is as for {@link Assign}. */
    record For(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(2 + body.size() + orElse.size());
            children.add(target);
            children.add(iterable);
            children.addAll(body);
            children.addAll(orElse);
            return children;
        }
    }

    /** {@code break}, always inside a loop. */
    record Break(Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code continue}, always inside a loop. */
    record Continue(Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code pass}. */
    record Pass(Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code assert condition, message}; the message is null when absent. */
    record Assert(Expr condition, Expr message, Span span) implements Stmt {
        @Override
        public List<Node> children() {
            return message == null ? List.of(condition) : List.of(condition, message);
        }
    }

    /** {@code import math, os.path as p}. */
    record Import(List<Alias> names, Span span) implements Stmt {
        public Import {
            names = List.copyOf(names);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(names);
        }
    }

    /** {@code from module import a, b as c}; the module may be dotted ({@code os.path}), never relative. */
    record ImportFrom(String module, List<Alias> names, Span span) implements Stmt {
        public ImportFrom {
            names = List.copyOf(names);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(names);
        }
    }
}
