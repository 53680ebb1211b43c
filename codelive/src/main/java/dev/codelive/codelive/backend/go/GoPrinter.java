package dev.codelive.codelive.backend.go;

import java.util.List;

/**
 * Prints {@link GoExpr}s exactly as gofmt does: the blanks around a binary operator depend on the operators mixed in
 * the expression and on how deep it is nested (go/printer's {@code cutoff} and {@code diffPrec}).
 */
final class GoPrinter {
    private GoPrinter() {}

    /** The expression as a statement's top-level expression (depth 1), with continuation lines indented by {@code indent}. */
    static String print(GoExpr expression, String indent) {
        StringBuilder out = new StringBuilder();
        expr1(out, expression, 0, 1, indent);
        return out.toString();
    }

    /** An item of a list of several (call arguments, assignment sides): gofmt prints those one level deeper. */
    static String printNested(GoExpr expression, String indent) {
        StringBuilder out = new StringBuilder();
        expr1(out, expression, 0, 2, indent);
        return out.toString();
    }

    private static void expr1(StringBuilder out, GoExpr expression, int prec1, int depth, String indent) {
        switch (expression) {
            case GoExpr.Atom atom -> out.append(atom.text());
            case GoExpr.Binary binary -> binary(out, binary, prec1, cutoff(binary, depth), depth, indent);
            case GoExpr.Unary unary -> {
                out.append(unary.operator());
                expr1(out, unary.operand(), 6, depth, indent);
            }
            case GoExpr.Paren paren -> {
                out.append('(');
                expr1(out, paren.inner(), 0, Math.max(1, depth - 1), indent);
                out.append(')');
            }
            case GoExpr.Call call -> {
                primary(out, call.function(), depth, indent);
                int inner = call.arguments().size() > 1 ? depth + 1 : depth;
                list(out, call.arguments(), inner, indent, "(", ")");
            }
            case GoExpr.Selector selector -> {
                primary(out, selector.target(), depth, indent);
                out.append('.').append(selector.name());
            }
            case GoExpr.Index index -> {
                primary(out, index.target(), depth, indent);
                out.append('[');
                expr1(out, index.index(), 0, depth + 1, indent);
                out.append(']');
            }
            case GoExpr.SliceOf slice -> {
                primary(out, slice.target(), depth, indent);
                out.append('[');
                if (slice.low() != null) {
                    expr1(out, slice.low(), 0, depth + 1, indent);
                }
                out.append(':');
                if (slice.high() != null) {
                    expr1(out, slice.high(), 0, depth + 1, indent);
                }
                out.append(']');
            }
            case GoExpr.Composite composite -> {
                out.append(composite.type());
                // Elements of a slice literal may leave out their own type, as gofmt -s writes them.
                String element = composite.type().startsWith("[]") ? composite.type().substring(2) : null;
                List<GoExpr> elements = composite.elements().stream()
                        .map(item -> item instanceof GoExpr.Composite inner && inner.type().equals(element) ? new GoExpr.Composite("", inner.elements()) : item)
                        .toList();
                list(out, elements, 1, indent, "{", "}");
            }
            case GoExpr.Spread spread -> {
                expr1(out, spread.list(), 0, depth, indent);
                out.append("...");
            }
            case GoExpr.Block block -> {
                out.append(block.signature()).append(" {\n");
                for (String line : block.lines()) {
                    for (String part : line.split("\n", -1)) {
                        out.append(part.isEmpty() ? "" : indent + "\t" + part).append('\n');
                    }
                }
                out.append(indent).append('}');
                if (block.called()) {
                    out.append("()");
                }
            }
        }
    }

    private static void list(StringBuilder out, List<GoExpr> items, int depth, String indent, String open, String close) {
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr1(out, items.get(i), 0, depth, indent);
        }
        out.append(close);
    }

    /** The operand of a call, selector or index: anything but a primary expression needs parentheses. */
    private static void primary(StringBuilder out, GoExpr expression, int depth, String indent) {
        if (expression instanceof GoExpr.Binary || expression instanceof GoExpr.Unary) {
            expr1(out, new GoExpr.Paren(expression), 0, depth, indent);
        } else {
            expr1(out, expression, 0, depth, indent);
        }
    }

    private static void binary(StringBuilder out, GoExpr.Binary binary, int prec1, int cutoff, int depth, String indent) {
        int prec = binary.precedence();
        if (prec < prec1) {
            // The builders parenthesise; this would be a bug.
            throw new IllegalStateException("unparenthesised operand: " + binary);
        }
        boolean blank = prec < cutoff;
        expr1(out, binary.left(), prec, depth + diffPrec(binary.left(), prec), indent);
        out.append(blank ? " " : "").append(binary.operator()).append(blank ? " " : "");
        expr1(out, binary.right(), prec + 1, depth + 1, indent);
    }

    private static int diffPrec(GoExpr expression, int prec) {
        return expression instanceof GoExpr.Binary binary && binary.precedence() == prec ? 0 : 1;
    }

    private static int cutoff(GoExpr.Binary expression, int depth) {
        int[] walk = walk(expression);
        boolean has4 = walk[0] == 1;
        boolean has5 = walk[1] == 1;
        int maxProblem = walk[2];
        if (maxProblem > 0) {
            return maxProblem + 1;
        }
        if (has4 && has5) {
            return depth == 1 ? 5 : 4;
        }
        return depth == 1 ? 6 : 4;
    }

    /** go/printer's walkBinary: whether precedences 4 and 5 mix, and the spacing problems of {@code x / *p}, {@code x - -y}. */
    private static int[] walk(GoExpr.Binary expression) {
        int[] result = {0, 0, 0};
        int prec = expression.precedence();
        if (prec == 4) {
            result[0] = 1;
        } else if (prec == 5) {
            result[1] = 1;
        }
        if (expression.left() instanceof GoExpr.Binary left && left.precedence() >= prec) {
            merge(result, walk(left));
        }
        switch (expression.right()) {
            case GoExpr.Binary right when right.precedence() > prec -> merge(result, walk(right));
            case GoExpr.Unary unary -> {
                String pair = expression.operator() + unary.operator();
                if (pair.equals("/*") || pair.equals("&&") || pair.equals("&^")) {
                    result[2] = 5;
                } else if ((pair.equals("++") || pair.equals("--")) && result[2] < 4) {
                    result[2] = 4;
                }
            }
            case GoExpr.Atom atom when atom.text().startsWith("-") && expression.operator().equals("-") && result[2] < 4 -> result[2] = 4;
            case GoExpr.Atom atom when atom.text().startsWith("+") && expression.operator().equals("+") && result[2] < 4 -> result[2] = 4;
            default -> { }
        }
        return result;
    }

    private static void merge(int[] into, int[] from) {
        into[0] |= from[0];
        into[1] |= from[1];
        into[2] = Math.max(into[2], from[2]);
    }
}
