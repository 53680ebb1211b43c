package dev.codelive.codelive.syntax;

/**
 * The source range of a node: from its first character to just after its last (end exclusive, like CPython's
 * {@code end_col_offset}). Four ints rather than two {@link Position}s, because every node carries one.
 */
public record Span(int line, int column, int endLine, int endColumn) {
    public Span {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    public Position start() {
        return new Position(line, column);
    }

    public Position end() {
        return new Position(endLine, endColumn);
    }

    /** From the start of this span to the end of {@code other}, which comes later in the source. */
    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn);
    }

    public boolean contains(Span other) {
        return start().compareTo(other.start()) <= 0 && end().compareTo(other.end()) >= 0;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
