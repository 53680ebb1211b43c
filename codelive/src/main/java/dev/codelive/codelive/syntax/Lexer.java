package dev.codelive.codelive.syntax;

import dev.codelive.codelive.syntax.LimitExceeded.Limit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Python's tokenizer for the subset: names, numbers, strings, operators, and the layout tokens NEWLINE, INDENT and
 * DEDENT from indentation (with CPython's tab rules), joining lines inside brackets and after a backslash.
 *
 * <p>The whole snippet is tokenized up front. A syntax error or unsupported construct does not end lexing with an
 * exception but with an {@link TokenKind#ERROR} token, so the parser reports whichever problem comes first in the
 * source. Limits are thrown at once.
 *
 * <p>An embedded lexer reads the expression of an f-string replacement field: no layout tokens, newlines allowed
 * (CPython 3.11 parses it as if parenthesised).
 */
final class Lexer {
    /**
     * The tokens, ending with {@link TokenKind#END} or {@link TokenKind#ERROR}; the problem an ERROR stands for; and
     * whether that problem is a bracket never closed.
     */
    record Result(List<Token> tokens, SourceProblem problem, boolean unclosedBracket) {}

    private static final int TAB_SIZE = 8;
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "f", "b", "br", "rb", "fr", "rf");

    private final String source;
    private final int limit;
    private final Budget budget;
    private final boolean embedded;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line;
    private int column;

    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentLevel;
    private int[] openBrackets = new int[16];
    private int bracketDepth;
    private boolean atLineStart = true;
    private boolean lineHasTokens;

    private Lexer(String source, int from, int to, int line, int column, Budget budget, boolean embedded) {
        this.source = source;
        this.pos = from;
        this.limit = to;
        this.line = line;
        this.column = column;
        this.budget = budget;
        this.embedded = embedded;
    }

    static Lexer forModule(String source, Budget budget) {
        int start = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
        return new Lexer(source, start, source.length(), 1, 1, budget, false);
    }

    /** A lexer for {@code source[from, to)}, an f-string replacement field's expression that starts at {@code at}. */
    static Lexer forEmbedded(String source, int from, int to, Position at, Budget budget) {
        return new Lexer(source, from, to, at.line(), at.column(), budget, true);
    }

    Result tokenize() {
        try {
            scan();
            return new Result(tokens, null, false);
        } catch (SyntaxProblem | UnsupportedConstruct problem) {
            Position at = problem.position().orElseThrow();
            tokens.add(new Token(TokenKind.ERROR, null, pos, pos, at.line(), at.column(), at.line(), at.column()));
            return new Result(tokens, problem, pos >= limit && bracketDepth > 0);
        }
    }

    /** The position of offset {@code to}, walking from offset {@code from} at {@code line:column}. */
    static Position locate(String source, int from, int line, int column, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private void scan() {
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!embedded && bracketDepth == 0) {
                    indentation();
                }
            }
            skipWhitespace();
            if (pos >= limit) {
                finish();
                return;
            }
            char c = source.charAt(pos);
            if (c == '#') {
                while (pos < limit && !isNewline(source.charAt(pos))) {
                    advance();
                }
            } else if (isNewline(c)) {
                newline();
            } else if (c == '\\') {
                continuation();
            } else {
                token();
            }
        }
    }

    private void skipWhitespace() {
        while (pos < limit) {
            char c = source.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\f') {
                return;
            }
            pos++;
            column++;
        }
    }

    /** At the start of a logical line: compare its indentation with the enclosing blocks'. */
    private void indentation() {
        int col = 0;
        int alt = 0;
        while (pos < limit) {
            char c = source.charAt(pos);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
            pos++;
            column++;
        }
        if (pos >= limit || source.charAt(pos) == '#' || isNewline(source.charAt(pos))) {
            return; // blank lines and comment lines do not count
        }
        // CPython measures tabs two ways (to the next multiple of 8, and as one column); if the two measures
        // disagree about how this line compares with the enclosing block, the indentation depends on the tab size.
        if (col == indents[indentLevel]) {
            if (alt != altIndents[indentLevel]) {
                throw tabError();
            }
        } else if (col > indents[indentLevel]) {
            if (alt <= altIndents[indentLevel]) {
                throw tabError();
            }
            if (indentLevel + 1 > budget.limits().maxDepth()) {
                throw new LimitExceeded(Limit.NESTING_DEPTH, budget.limits().maxDepth(), here());
            }
            if (++indentLevel == indents.length) {
                indents = Arrays.copyOf(indents, indentLevel * 2);
                altIndents = Arrays.copyOf(altIndents, indentLevel * 2);
            }
            indents[indentLevel] = col;
            altIndents[indentLevel] = alt;
            layout(TokenKind.INDENT);
        } else {
            while (indentLevel > 0 && col < indents[indentLevel]) {
                indentLevel--;
                layout(TokenKind.DEDENT);
            }
            if (col != indents[indentLevel]) {
                throw new SyntaxProblem("unindent does not match any outer indentation level", here());
            }
            if (alt != altIndents[indentLevel]) {
                throw tabError();
            }
        }
    }

    private SyntaxProblem tabError() {
        return new SyntaxProblem("inconsistent use of tabs and spaces in indentation", here());
    }

    private void newline() {
        int start = pos;
        int newlineLine = line;
        int newlineColumn = column;
        consumeNewline();
        if (embedded || bracketDepth > 0) {
            return; // implicit line joining
        }
        if (lineHasTokens) {
            tokens.add(new Token(TokenKind.NEWLINE, null, start, start, newlineLine, newlineColumn, newlineLine,
                    newlineColumn));
            lineHasTokens = false;
        }
        atLineStart = true;
    }

    private void continuation() {
        Position at = here();
        advance();
        if (pos >= limit) {
            throw new SyntaxProblem("unexpected EOF while parsing", at);
        }
        if (!isNewline(source.charAt(pos))) {
            throw new SyntaxProblem("unexpected character after line continuation character", at);
        }
        consumeNewline();
    }

    private void finish() {
        if (bracketDepth > 0) {
            Token open = tokens.get(openBrackets[bracketDepth - 1]);
            throw new SyntaxProblem("'" + open.kind().text() + "' was never closed", open.position());
        }
        if (!embedded) {
            if (lineHasTokens) {
                layout(TokenKind.NEWLINE);
            }
            while (indentLevel > 0) {
                indentLevel--;
                layout(TokenKind.DEDENT);
            }
        }
        layout(TokenKind.END);
    }

    private void token() {
        budget.token(line, column);
        int start = pos;
        int startLine = line;
        int startColumn = column;
        char c = source.charAt(pos);
        if (isAsciiLetter(c) || c == '_' || (c >= 0x80 && Character.isUnicodeIdentifierStart(source.codePointAt(pos)))) {
            nameOrString(start, startLine, startColumn);
        } else if (isDigit(c) || (c == '.' && pos + 1 < limit && isDigit(source.charAt(pos + 1)))) {
            number(start, startLine, startColumn);
        } else if (c == '"' || c == '\'') {
            string("", start, startLine, startColumn);
        } else {
            operator(start, startLine, startColumn);
        }
        lineHasTokens = true;
    }

    private void nameOrString(int start, int startLine, int startColumn) {
        boolean ascii = source.charAt(pos) < 0x80;
        advance(); // the first character, already known to start an identifier
        while (pos < limit) {
            int cp = source.codePointAt(pos);
            if (cp < 0x80) {
                if (!isAsciiLetter((char) cp) && !isDigit((char) cp) && cp != '_') {
                    break;
                }
            } else if (isNonAsciiIdentifierPart(cp)) {
                ascii = false;
            } else {
                break;
            }
            advance();
        }
        String word = source.substring(start, pos);
        if (pos < limit && (source.charAt(pos) == '"' || source.charAt(pos) == '\'')
                && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
            string(word, start, startLine, startColumn);
            return;
        }
        if (!ascii) {
            // Python allows Unicode identifiers, but every backend would need its own spelling of them, and
            // look-alike names (NFKC equivalents) would need unifying; refuse them honestly for now.
            throw new UnsupportedConstruct("non-ASCII identifiers", new Position(startLine, startColumn));
        }
        add(TokenKind.keywordOrName(word), word, start, startLine, startColumn);
    }

    private void number(int start, int startLine, int startColumn) {
        char c = source.charAt(pos);
        if (c == '0' && pos + 1 < limit && "xXoObB".indexOf(source.charAt(pos + 1)) >= 0) {
            radixNumber(start, startLine, startColumn);
            return;
        }
        boolean isFloat = false;
        if (c != '.') {
            digitPart();
        }
        if (pos < limit && source.charAt(pos) == '.') {
            isFloat = true;
            advance();
            if (pos < limit && isDigit(source.charAt(pos))) {
                digitPart();
            }
        }
        if (pos < limit && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int digits = pos + 1;
            if (digits < limit && (source.charAt(digits) == '+' || source.charAt(digits) == '-')) {
                digits++;
            }
            if (digits >= limit || !isDigit(source.charAt(digits))) {
                throw new SyntaxProblem("invalid decimal literal", here());
            }
            while (pos < digits) {
                advance();
            }
            digitPart();
            isFloat = true;
        }
        if (pos < limit && (source.charAt(pos) == 'j' || source.charAt(pos) == 'J')) {
            throw new UnsupportedConstruct("complex numbers", new Position(startLine, startColumn));
        }
        if (pos < limit && isIdentifierPart(source.codePointAt(pos))) {
            throw new SyntaxProblem("invalid decimal literal", here());
        }
        String text = source.substring(start, pos);
        if (!isFloat && text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0' || ch == '_')) {
            throw new SyntaxProblem("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", new Position(startLine, startColumn));
        }
        add(isFloat ? TokenKind.FLOAT : TokenKind.INT, text, start, startLine, startColumn);
    }

    /** {@code digit (["_"] digit)*}, starting at a digit. */
    private void digitPart() {
        advance();
        while (pos < limit) {
            char c = source.charAt(pos);
            if (isDigit(c)) {
                advance();
            } else if (c == '_') {
                advance();
                if (pos >= limit || !isDigit(source.charAt(pos))) {
                    throw new SyntaxProblem("invalid decimal literal", here());
                }
            } else {
                return;
            }
        }
    }

    private void radixNumber(int start, int startLine, int startColumn) {
        char marker = Character.toLowerCase(source.charAt(pos + 1));
        int radix = marker == 'x' ? 16 : marker == 'o' ? 8 : 2;
        String name = marker == 'x' ? "hexadecimal" : marker == 'o' ? "octal" : "binary";
        advance();
        advance();
        boolean anyDigit = false;
        while (pos < limit) {
            char c = source.charAt(pos);
            if (c == '_') {
                advance();
                if (pos >= limit || Character.digit(source.charAt(pos), radix) < 0) {
                    throw new SyntaxProblem("invalid " + name + " literal", here());
                }
            } else if (c < 0x80 && Character.digit(c, radix) >= 0) {
                advance();
                anyDigit = true;
            } else {
                break;
            }
        }
        if (pos < limit && isDigit(source.charAt(pos))) {
            throw new SyntaxProblem("invalid digit '" + source.charAt(pos) + "' in " + name + " literal", here());
        }
        if (!anyDigit || (pos < limit && isIdentifierPart(source.codePointAt(pos)))) {
            throw new SyntaxProblem("invalid " + name + " literal", here());
        }
        add(TokenKind.INT, source.substring(start, pos), start, startLine, startColumn);
    }

    /** A string literal from its prefix (already read) and opening quote to its closing quote, escapes skipped. */
    private void string(String prefix, int start, int startLine, int startColumn) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Position at = new Position(startLine, startColumn);
        if (lower.contains("b")) {
            throw new UnsupportedConstruct("bytes literals", at);
        }
        char quote = source.charAt(pos);
        boolean triple = pos + 2 < limit && source.charAt(pos + 1) == quote && source.charAt(pos + 2) == quote;
        for (int i = triple ? 3 : 1; i > 0; i--) {
            advance();
        }
        while (true) {
            if (pos >= limit) {
                throw unterminated(triple, at);
            }
            char c = source.charAt(pos);
            if (c == '\\') {
                advance();
                if (pos < limit) {
                    if (isNewline(source.charAt(pos))) {
                        consumeNewline();
                    } else {
                        advance();
                    }
                }
            } else if (c == quote) {
                if (!triple) {
                    advance();
                    break;
                }
                if (pos + 2 < limit && source.charAt(pos + 1) == quote && source.charAt(pos + 2) == quote) {
                    advance();
                    advance();
                    advance();
                    break;
                }
                advance();
            } else if (isNewline(c)) {
                if (!triple) {
                    throw unterminated(false, at);
                }
                consumeNewline();
            } else {
                advance();
            }
        }
        TokenKind kind = lower.contains("f") ? TokenKind.FSTRING : TokenKind.STRING;
        add(kind, source.substring(start, pos), start, startLine, startColumn);
    }

    private SyntaxProblem unterminated(boolean triple, Position at) {
        // Like CPython, a newline at the very end does not begin a line that could be blamed.
        boolean endsWithNewline = pos >= limit && pos > 0 && isNewline(source.charAt(pos - 1));
        int detected = endsWithNewline ? line - 1 : line;
        return new SyntaxProblem("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line "
                + detected + ")", at);
    }

    private void operator(int start, int startLine, int startColumn) {
        char c = source.charAt(pos);
        char next = pos + 1 < limit ? source.charAt(pos + 1) : '\0';
        char third = pos + 2 < limit ? source.charAt(pos + 2) : '\0';
        TokenKind kind = switch (c) {
            case '(' -> TokenKind.LPAR;
            case '[' -> TokenKind.LSQB;
            case '{' -> TokenKind.LBRACE;
            case ')' -> TokenKind.RPAR;
            case ']' -> TokenKind.RSQB;
            case '}' -> TokenKind.RBRACE;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '~' -> TokenKind.TILDE;
            case ':' -> next == '=' ? TokenKind.COLONEQUAL : TokenKind.COLON;
            case '.' -> next == '.' && third == '.' ? TokenKind.ELLIPSIS : TokenKind.DOT;
            case '-' -> next == '>' ? TokenKind.RARROW : next == '=' ? TokenKind.MINEQUAL : TokenKind.MINUS;
            case '+' -> next == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
            case '%' -> next == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
            case '&' -> next == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
            case '|' -> next == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
            case '^' -> next == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
            case '@' -> next == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
            case '=' -> next == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
            case '*' -> next == '*' ? (third == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR)
                    : next == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
            case '/' -> next == '/' ? (third == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH)
                    : next == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
            case '<' -> next == '<' ? (third == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT)
                    : next == '=' ? TokenKind.LESSEQUAL : TokenKind.LESS;
            case '>' -> next == '>' ? (third == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT)
                    : next == '=' ? TokenKind.GREATEREQUAL : TokenKind.GREATER;
            case '!' -> {
                if (next != '=') {
                    throw new SyntaxProblem("invalid syntax", here());
                }
                yield TokenKind.NOTEQUAL;
            }
            default -> throw invalidCharacter();
        };
        switch (kind) {
            case LPAR, LSQB, LBRACE -> openBracket();
            case RPAR, RSQB, RBRACE -> closeBracket(c);
            default -> {
                // not a bracket
            }
        }
        for (int i = kind.text().length(); i > 0; i--) { // an operator's text is its spelling
            advance();
        }
        add(kind, null, start, startLine, startColumn);
    }

    private void openBracket() {
        if (bracketDepth >= budget.limits().maxDepth()) {
            throw new LimitExceeded(Limit.NESTING_DEPTH, budget.limits().maxDepth(), here());
        }
        if (bracketDepth == openBrackets.length) {
            openBrackets = Arrays.copyOf(openBrackets, bracketDepth * 2);
        }
        openBrackets[bracketDepth++] = tokens.size(); // the index the bracket's token is about to get
    }

    private void closeBracket(char closing) {
        if (bracketDepth == 0) {
            throw new SyntaxProblem("unmatched '" + closing + "'", here());
        }
        Token open = tokens.get(openBrackets[bracketDepth - 1]);
        char opening = open.kind().text().charAt(0);
        if ("([{".indexOf(opening) != ")]}".indexOf(closing)) {
            throw new SyntaxProblem("closing parenthesis '" + closing + "' does not match opening parenthesis '"
                    + opening + "'" + (open.line() == line ? "" : " on line " + open.line()), here());
        }
        bracketDepth--;
    }

    private SyntaxProblem invalidCharacter() {
        int cp = source.codePointAt(pos);
        String code = String.format("U+%04X", cp);
        return new SyntaxProblem(Literals.isPrintable(cp) ? "invalid character '" + Character.toString(cp) + "' (" + code + ")"
                : "invalid non-printable character " + code, here());
    }

    private void add(TokenKind kind, String text, int start, int startLine, int startColumn) {
        tokens.add(new Token(kind, text, start, pos, startLine, startColumn, line, column));
    }

    /** A zero-width layout token (NEWLINE at end of input, INDENT, DEDENT, END) at the current position. */
    private void layout(TokenKind kind) {
        tokens.add(new Token(kind, null, pos, pos, line, column, line, column));
    }

    private Position here() {
        return new Position(line, column);
    }

    /** Moves past one code point that is not a newline: one column, even for a surrogate pair. */
    private void advance() {
        char c = source.charAt(pos++);
        column++;
        if (Character.isHighSurrogate(c) && pos < limit && Character.isLowSurrogate(source.charAt(pos))) {
            pos++;
        }
    }

    /** Moves past {@code \n}, {@code \r\n} or a lone {@code \r}. */
    private void consumeNewline() {
        if (source.charAt(pos) == '\r' && pos + 1 < limit && source.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        column = 1;
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierPart(int cp) {
        return cp < 0x80 ? isAsciiLetter((char) cp) || isDigit((char) cp) || cp == '_' : isNonAsciiIdentifierPart(cp);
    }

    private static boolean isNonAsciiIdentifierPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }
}
