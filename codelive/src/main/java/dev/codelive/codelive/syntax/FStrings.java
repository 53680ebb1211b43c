package dev.codelive.codelive.syntax;

import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.LimitExceeded.Limit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the value of adjacent string literals: plain text, or the parts of an {@link Expr.FString}. F-strings follow
 * CPython 3.11's rules: the lexer has found where each ends; here its body is split into literal text and replacement
 * fields, and each field's expression is lexed and parsed where it stands in the source, so its nodes have exact
 * positions.
 */
final class FStrings {
    private final String source;
    private final Budget budget;
    private final List<FStringPart> parts = new ArrayList<>();
    private StringBuilder text;
    private Span textSpan;

    private Token token;
    private int locatedOffset;
    private int locatedLine;
    private int locatedColumn;

    FStrings(String source, Budget budget) {
        this.source = source;
        this.budget = budget;
    }

    /** Literal text, merged with text right before it; empty text is left out, as in CPython. */
    void text(String value, Span span) {
        if (value.isEmpty()) {
            return;
        }
        if (text == null) {
            text = new StringBuilder(value);
            textSpan = span;
        } else {
            text.append(value);
            textSpan = textSpan.to(span);
        }
    }

    /** The joined text, when no f-string was among the literals. */
    String plainText() {
        return text == null ? "" : text.toString();
    }

    List<FStringPart> parts() {
        flushText();
        return parts;
    }

    /** Adds the parts of one f-string token. */
    void formatted(Token fstring) {
        token = fstring;
        locatedOffset = fstring.start();
        locatedLine = fstring.line();
        locatedColumn = fstring.column();
        int prefix = Literals.prefixLength(fstring);
        boolean raw = fstring.text().substring(0, prefix).toLowerCase(Locale.ROOT).contains("r");
        int quotes = Literals.quoteLength(fstring, prefix);
        int end = fstring.end() - quotes;
        int literalStart = fstring.start() + prefix + quotes;
        int i = literalStart;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '\\' && !raw && i + 1 < end) {
                char escaped = source.charAt(i + 1);
                if (escaped == 'N' && i + 2 < end && source.charAt(i + 2) == '{') {
                    // "\N{name}": these braces belong to the escape
                    int close = source.indexOf('}', i + 3);
                    i = close < 0 || close >= end ? end : close + 1;
                } else {
                    // As in CPython 3.11, a brace after a backslash still opens or closes a field.
                    i += escaped == '{' || escaped == '}' ? 1 : 2;
                }
            } else if (c == '{' || c == '}') {
                boolean doubled = i + 1 < end && source.charAt(i + 1) == c;
                if (doubled) {
                    literal(literalStart, i + 1, raw);
                    i += 2;
                } else if (c == '}') {
                    throw new SyntaxProblem("f-string: single '}' is not allowed", at(i));
                } else {
                    literal(literalStart, i, raw);
                    i = field(i, end, raw);
                }
                literalStart = i;
            } else {
                i++;
            }
        }
        literal(literalStart, end, raw);
    }

    private void literal(int from, int to, boolean raw) {
        if (from < to) {
            Position start = at(from);
            Position end = at(to);
            text(Literals.decode(source, token, from, to, raw),
                    new Span(start.line(), start.column(), end.line(), end.column()));
        }
    }

    /** The replacement field whose '{' is at {@code open}; returns the offset after its '}'. */
    private int field(int open, int end, boolean raw) {
        int expressionStart = open + 1;
        int i = expressionEnd(open, end);
        if (isBlank(expressionStart, i)) {
            throw new SyntaxProblem("f-string: empty expression not allowed", at(open));
        }
        int expressionEnd = i;
        String debugText = null;
        if (source.charAt(i) == '=') {
            i++;
            while (i < end && isWhitespace(source.charAt(i))) {
                i++;
            }
            debugText = source.substring(expressionStart, i);
        }
        Conversion conversion = Conversion.NONE;
        if (i < end && source.charAt(i) == '!') {
            i++;
            conversion = switch (i < end ? source.charAt(i) : '\0') {
                case 's' -> Conversion.STR;
                case 'r' -> Conversion.REPR;
                case 'a' -> Conversion.ASCII;
                default -> throw new SyntaxProblem(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'", at(Math.min(i, end)));
            };
            i++;
            if (i >= end || (source.charAt(i) != ':' && source.charAt(i) != '}')) {
                throw new SyntaxProblem("f-string: expecting '}'", at(Math.min(i, end)));
            }
        }
        String formatSpec = "";
        if (i < end && source.charAt(i) == ':') {
            int specStart = ++i;
            while (i < end && source.charAt(i) != '}') {
                if (source.charAt(i) == '{') {
                    throw new UnsupportedConstruct("nested format specifications", at(i));
                }
                i++;
            }
            formatSpec = Literals.decode(source, token, specStart, i, raw);
        }
        if (i >= end || source.charAt(i) != '}') {
            throw new SyntaxProblem("f-string: expecting '}'", at(Math.min(i, end)));
        }
        Position expressionAt = at(expressionStart);
        Lexer.Result lexed = Lexer.forEmbedded(source, expressionStart, expressionEnd, expressionAt, budget)
                .tokenize();
        budget.enter(expressionAt.line(), expressionAt.column()); // the field's braces are a level, as brackets are
        Expr expression = new Parser(source, lexed, budget).embeddedExpression();
        budget.leave();
        Position start = at(open);
        if (debugText != null) {
            // The text comes from the field's own source, so its span starts at the field's '{'.
            Position textEnd = at(expressionStart + debugText.length());
            text(debugText, new Span(start.line(), start.column(), textEnd.line(), textEnd.column()));
            if (conversion == Conversion.NONE && formatSpec.isEmpty()) {
                conversion = Conversion.REPR; // CPython shows {x=} with repr unless told otherwise
            }
        }
        flushText();
        Position after = at(i + 1);
        Span span = new Span(start.line(), start.column(), after.line(), after.column());
        budget.node(span.line(), span.column());
        parts.add(new FStringPart.Interpolation(expression, conversion, formatSpec, span));
        return i + 1;
    }

    /**
     * Where the expression of the field opened at {@code open} ends: at the first '}', '!', ':' or '=' outside
     * brackets and strings that is not part of an operator ({@code !=}, {@code ==}, {@code <=}, {@code >=}).
     */
    private int expressionEnd(int open, int end) {
        StringBuilder brackets = new StringBuilder();
        char quote = 0;
        boolean tripleQuoted = false;
        int i = open + 1;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '\\') {
                throw new SyntaxProblem("f-string expression part cannot include a backslash", at(i));
            }
            if (quote != 0) {
                if (c == quote && (!tripleQuoted || startsTriple(i, end, c))) {
                    i += tripleQuoted ? 3 : 1;
                    quote = 0;
                } else {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> {
                    tripleQuoted = startsTriple(i, end, c);
                    quote = c;
                    i += tripleQuoted ? 3 : 1;
                    continue;
                }
                case '(', '[', '{' -> {
                    if (brackets.length() >= budget.limits().maxDepth()) {
                        throw new LimitExceeded(Limit.NESTING_DEPTH, budget.limits().maxDepth(), at(i));
                    }
                    brackets.append(c);
                    i++;
                    continue;
                }
                case ')', ']', '}' -> {
                    if (brackets.isEmpty()) {
                        if (c == '}') {
                            return i;
                        }
                        throw new SyntaxProblem("f-string: unmatched '" + c + "'", at(i));
                    }
                    char opening = brackets.charAt(brackets.length() - 1);
                    if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
                        throw new SyntaxProblem("f-string: closing parenthesis '" + c
                                + "' does not match opening parenthesis '" + opening + "'", at(i));
                    }
                    brackets.setLength(brackets.length() - 1);
                    i++;
                    continue;
                }
                case '#' -> throw new SyntaxProblem("f-string expression part cannot include '#'", at(i));
                default -> {
                    // anything else is part of the expression, unless it ends it
                }
            }
            if (brackets.isEmpty()) {
                char next = i + 1 < end ? source.charAt(i + 1) : '\0';
                if (next == '=' && (c == '=' || c == '!' || c == '<' || c == '>')) {
                    i += 2;
                    continue;
                }
                if (c == '!' || c == ':' || c == '=') {
                    return i;
                }
            }
            i++;
        }
        String what = quote != 0 ? "f-string: unterminated string"
                : !brackets.isEmpty() ? "f-string: unmatched '" + brackets.charAt(brackets.length() - 1) + "'"
                : "f-string: expecting '}'";
        throw new SyntaxProblem(what, at(open));
    }

    private boolean startsTriple(int i, int end, char quote) {
        return i + 2 < end && source.charAt(i + 1) == quote && source.charAt(i + 2) == quote;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
    }

    private void flushText() {
        if (text != null) {
            budget.node(textSpan.line(), textSpan.column());
            parts.add(new FStringPart.Text(text.toString(), textSpan));
            text = null;
            textSpan = null;
        }
    }

    /**
     * The position of an offset in the current token. Offsets mostly come in increasing order, so the walk resumes
     * where the last one ended: a long f-string costs linear time, not quadratic.
     */
    private Position at(int offset) {
        if (offset < locatedOffset) {
            locatedOffset = token.start();
            locatedLine = token.line();
            locatedColumn = token.column();
        }
        Position position = Lexer.locate(source, locatedOffset, locatedLine, locatedColumn, offset);
        locatedOffset = offset;
        locatedLine = position.line();
        locatedColumn = position.column();
        return position;
    }
}
