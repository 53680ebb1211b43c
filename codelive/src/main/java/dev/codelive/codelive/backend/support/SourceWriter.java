package dev.codelive.codelive.backend.support;

/**
 * Builds generated source line by line with consistent indentation, so that every backend's output is tidy and
 * deterministic.
 */
public final class SourceWriter {
    private final String unit;
    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** @param unit one level of indentation, e.g. four spaces, or a tab for Go */
    public SourceWriter(String unit) {
        this.unit = unit;
    }

    /** Writes one line at the current depth; an empty line stays empty. */
    public SourceWriter line(String line) {
        if (!line.isEmpty()) {
            text.append(unit.repeat(depth));
        }
        text.append(line).append('\n');
        return this;
    }

    public SourceWriter blank() {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
        return this;
    }

    public SourceWriter indent() {
        depth++;
        return this;
    }

    public SourceWriter dedent() {
        if (depth == 0) {
            throw new IllegalStateException("dedent below zero");
        }
        depth--;
        return this;
    }

    /** {@code open}, the body one level deeper, then {@code close}: {@code "fn main() {" ... "}"}. */
    public SourceWriter block(String open, Runnable body, String close) {
        line(open);
        indent();
        body.run();
        dedent();
        return line(close);
    }

    /** Appends text already indented, e.g. a helper function kept as a resource. */
    public SourceWriter raw(String lines) {
        text.append(lines);
        if (!lines.endsWith("\n")) {
            text.append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
