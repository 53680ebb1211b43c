package dev.codelive.codelive.syntax;

/**
 * A token: its kind, its text for names, numbers and strings (null otherwise), its offsets in the source
 * ({@code start} inclusive, {@code end} exclusive) and its 1-based positions.
 */
record Token(TokenKind kind, String text, int start, int end, int line, int column, int endLine, int endColumn) {

    Position position() {
        return new Position(line, column);
    }

    Span span() {
        return new Span(line, column, endLine, endColumn);
    }

    /** The position of a source offset inside (or just after) this token, such as a bad escape in a string. */
    Position positionOf(String source, int offset) {
        return Lexer.locate(source, start, line, column, offset);
    }
}
