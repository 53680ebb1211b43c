package dev.codelive.codelive.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An expression. Parentheses leave no node of their own: {@code (a + b)} is the {@link BinaryOp}, with the span of
 * {@code a + b}, as in CPython's tree.
 */
public sealed interface Expr extends Node {

    /** An integer literal in any base, underscores removed; unbounded, as Python's ints are. */
    record IntLiteral(BigInteger value, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** A float literal; {@code 1e400} is infinity, as in CPython. */
    record FloatLiteral(double value, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code True} or {@code False}. */
    record BoolLiteral(boolean value, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code None}. */
    record NoneLiteral(Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /**
     * A string literal with its escapes decoded; adjacent literals ({@code "a" "b"}) are already joined. The value may
     * hold lone surrogates, which Python allows through escapes such as {@code "\ud800"}.
     */
    record StringLiteral(String value, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /**
     * An f-string, or a concatenation of literals at least one of which is an f-string: text and interpolations in
     * order, adjacent text merged and empty text left out, as in CPython's {@code JoinedStr}.
     */
    record FString(List<FStringPart> parts, Span span) implements Expr {
        public FString {
            parts = List.copyOf(parts);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(parts);
        }
    }

    /** A variable, function or module name. */
    record Name(String id, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code left operator right}. */
    record BinaryOp(Expr left, BinaryOperator operator, Expr right, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of(left, right);
        }
    }

    /** {@code -x}, {@code +x} or {@code not x}. */
    record UnaryOp(UnaryOperator operator, Expr operand, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of(operand);
        }
    }

    /** {@code a and b and c}: one node for a chain of the same operator, at least two values. */
    record BoolOp(BoolOperator operator, List<Expr> values, Span span) implements Expr {
        public BoolOp {
            values = List.copyOf(values);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(values);
        }
    }

    /** A comparison chain {@code left op1 right1 op2 right2 ...}, at least one link. */
    record Compare(Expr left, List<Link> links, Span span) implements Expr {
        public Compare {
            links = List.copyOf(links);
        }

        /** One {@code operator right} step of the chain. */
        public record Link(CompareOperator operator, Expr right) {}

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(links.size() + 1);
            children.add(left);
            for (Link link : links) {
                children.add(link.right());
            }
            return children;
        }
    }

    /** {@code whenTrue if condition else whenFalse}. */
    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Span span) implements Expr {
        @Override
        public List<Node> children() {
            // Source order: the value when true comes first.
            return List.of(whenTrue, condition, whenFalse);
        }
    }

    /** {@code function(arguments..., keywords...)}; a lone generator expression argument is one of the arguments. */
    record Call(Expr function, List<Expr> arguments, List<Keyword> keywords, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
            keywords = List.copyOf(keywords);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(1 + arguments.size() + keywords.size());
            children.add(function);
            children.addAll(arguments);
            children.addAll(keywords);
            return children;
        }
    }

    /** {@code value.name}. */
    record Attribute(Expr value, String name, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of(value);
        }
    }

    /**
     * {@code value[index]}; the index is a {@link Slice} for {@code a[i:j]}, and a {@link TupleLiteral} for
     * {@code a[i, j]}.
     */
    record Subscript(Expr value, Expr index, Span span) implements Expr {
        @Override
        public List<Node> children() {
            return List.of(value, index);
        }
    }

    /** {@code lower:upper:step} inside a subscript; each part is null when omitted ({@code a[::-1]}). */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(3);
            for (Expr part : new Expr[] {lower, upper, step}) {
                if (part != null) {
                    children.add(part);
                }
            }
            return children;
        }
    }

    /** {@code [a, b, c]}. */
    record ListLiteral(List<Expr> elements, Span span) implements Expr {
        public ListLiteral {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(elements);
        }
    }

    /** {@code (a, b)}, {@code a, b}, {@code (a,)} or {@code ()}; its span includes the parentheses when there are any. */
    record TupleLiteral(List<Expr> elements, Span span) implements Expr {
        public TupleLiteral {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Node> children() {
            return List.copyOf(elements);
        }
    }

    /** {@code [element for ... in ... if ...]}, at least one clause. */
    record ListComp(Expr element, List<Comprehension> clauses, Span span) implements Expr {
        public ListComp {
            clauses = List.copyOf(clauses);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(1 + clauses.size());
            children.add(element);
            children.addAll(clauses);
            return children;
        }
    }

    /** {@code (element for ... in ... if ...)}, also as the sole argument of a call; at least one clause. */
    record GeneratorExp(Expr element, List<Comprehension> clauses, Span span) implements Expr {
        public GeneratorExp {
            clauses = List.copyOf(clauses);
        }

        @Override
        public List<Node> children() {
            List<Node> children = new ArrayList<>(1 + clauses.size());
            children.add(element);
            children.addAll(clauses);
            return children;
        }
    }
}
