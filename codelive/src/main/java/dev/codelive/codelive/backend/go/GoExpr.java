package dev.codelive.codelive.backend.go;

import java.util.List;

/**
 * A Go expression as the printer needs it: gofmt spaces binary operators by their nesting, so the rendered code
 * keeps its structure until {@link GoPrinter} writes it.
 */
sealed interface GoExpr {
    /** Code that prints as it is: a name, a literal, a selector. */
    record Atom(String text) implements GoExpr {}

    record Binary(GoExpr left, String operator, GoExpr right) implements GoExpr {
        int precedence() {
            return GoExpr.precedence(operator);
        }
    }

    record Unary(String operator, GoExpr operand) implements GoExpr {}

    record Paren(GoExpr inner) implements GoExpr {}

    /** {@code function(arguments)}; the function is an expression too ({@code fmt.Println}, {@code xs[0].Add}). */
    record Call(GoExpr function, List<GoExpr> arguments) implements GoExpr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    record Selector(GoExpr target, String name) implements GoExpr {}

    record Index(GoExpr target, GoExpr index) implements GoExpr {}

    /** {@code target[low:high]}, either bound may be null. */
    record SliceOf(GoExpr target, GoExpr low, GoExpr high) implements GoExpr {}

    /** {@code type{elements}}. */
    record Composite(String type, List<GoExpr> elements) implements GoExpr {
        public Composite {
            elements = List.copyOf(elements);
        }
    }

    /** {@code list...}: a slice passed as the variadic arguments of a call. */
    record Spread(GoExpr list) implements GoExpr {}

    /** {@code func() T { ... }()}: lines of the body, indented relative to the expression. */
    record Block(String signature, List<String> lines, boolean called) implements GoExpr {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    static GoExpr atom(String text) {
        return new Atom(text);
    }

    static GoExpr call(String function, GoExpr... arguments) {
        return new Call(new Atom(function), List.of(arguments));
    }

    static GoExpr call(String function, List<GoExpr> arguments) {
        return new Call(new Atom(function), arguments);
    }

    static GoExpr method(GoExpr target, String name, GoExpr... arguments) {
        return new Call(new Selector(target, name), List.of(arguments));
    }

    /** Go's binary precedences: 5 multiplicative, 4 additive, 3 comparison, 2 {@code &&}, 1 {@code ||}. */
    static int precedence(String operator) {
        return switch (operator) {
            case "*", "/", "%", "<<", ">>", "&", "&^" -> 5;
            case "+", "-", "|", "^" -> 4;
            case "==", "!=", "<", "<=", ">", ">=" -> 3;
            case "&&" -> 2;
            case "||" -> 1;
            default -> throw new IllegalArgumentException(operator);
        };
    }

    /** {@code left op right}, with parentheses where Go's precedence needs them. */
    static GoExpr binary(GoExpr left, String operator, GoExpr right) {
        int precedence = precedence(operator);
        GoExpr l = left instanceof Binary b && b.precedence() < precedence ? new Paren(left) : left;
        GoExpr r = right instanceof Binary b && b.precedence() <= precedence ? new Paren(right) : right;
        return new Binary(l, operator, r);
    }

    static GoExpr not(GoExpr operand) {
        return new Unary("!", operand instanceof Binary ? new Paren(operand) : operand);
    }

    static GoExpr negate(GoExpr operand) {
        boolean wrap = operand instanceof Binary || operand instanceof Unary
                || operand instanceof Atom atom && atom.text().startsWith("-");
        return new Unary("-", wrap ? new Paren(operand) : operand);
    }
}
