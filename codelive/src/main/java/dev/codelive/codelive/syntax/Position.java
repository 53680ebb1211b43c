package dev.codelive.codelive.syntax;

/**
 * A place in a snippet: 1-based line and 1-based column, as CPython prints them in {@code "3:1"}. Columns count
 * Unicode code points (a tab is one column, so is an emoji), like the offsets of CPython's syntax errors.
 */
public record Position(int line, int column) implements Comparable<Position> {
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    /** {@code line:column}, the form every message uses. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
