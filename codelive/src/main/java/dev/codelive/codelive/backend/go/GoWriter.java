package dev.codelive.codelive.backend.go;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of Go statements with tab indentation relative to where they will be placed: a function body, or the body
 * of a function literal inside an expression (whose printer indents them further).
 */
final class GoWriter {
    private final List<String> lines = new ArrayList<>();
    private int depth;

    GoWriter(int depth) {
        this.depth = depth;
    }

    String indent() {
        return "\t".repeat(depth);
    }

    /** One statement; an expression in it may span lines, already indented from {@link #indent()}. */
    void line(String code) {
        lines.add(code.isEmpty() ? "" : indent() + code);
    }

    void print(String prefix, GoExpr expression, String suffix) {
        line(prefix + GoPrinter.print(expression, indent()) + suffix);
    }

    void open(String header) {
        line(header);
        depth++;
    }

    void close(String footer) {
        depth--;
        line(footer);
    }

    void indentMore() {
        depth++;
    }

    void indentLess() {
        depth--;
    }

    List<String> lines() {
        List<String> split = new ArrayList<>();
        for (String line : lines) {
            split.addAll(List.of(line.split("\n", -1)));
        }
        return split;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
