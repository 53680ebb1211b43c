package dev.codelive.codelive.conformance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * A structural syntax check for generated Julia, since no Julia runs on these machines. It verifies, and reports the
 * first violation of, with its position:
 * <ul>
 *   <li>block keywords ({@code function for while if begin let struct module baremodule quote try macro do}, and
 *       {@code type} after {@code abstract}/{@code primitive}) each closed by their own {@code end}, with no stray
 *       {@code end};</li>
 *   <li>{@code elseif}/{@code else} only directly inside an {@code if} (or {@code else} inside {@code try}), and
 *       {@code catch}/{@code finally} only inside {@code try};</li>
 *   <li>brackets {@code () [] {}} balanced, matched, and not interleaved with blocks (a block opened inside brackets
 *       ends inside them);</li>
 *   <li>strings ({@code "…"}, {@code """…"""}, prefixed ones like {@code raw"…"}, backtick commands) and character
 *       literals terminated, with {@code $(…)} interpolations checked as code; comments ({@code #}, nested
 *       {@code #= =#}) terminated.</li>
 * </ul>
 * Inside brackets it follows Julia's rules: {@code end} and {@code begin} inside indexing brackets ({@code a[end]})
 * are indices, and {@code for}/{@code if} are comprehension or generator clauses ({@code [x for x in xs if x > 0]}),
 * so a for-loop written directly inside brackets is (wrongly) taken for a clause. A {@code '} right after a name, a
 * number or a closing bracket is the adjoint operator, otherwise a character literal.
 *
 * <p>It does <b>not</b> verify expressions (operators, operands, precedence), statement separation, that names are
 * defined or types exist, argument lists, {@code return}/{@code break} placement, macros, escape sequences, or
 * anything about what the program does: a program that passes may still fail to parse or run in Julia. Golden files
 * compare the exact text.
 */
public final class JuliaSyntax {
    private static final Set<String> OPENERS = Set.of("function", "for", "while", "if", "begin", "let", "struct",
            "module", "baremodule", "quote", "try", "macro", "do");
    private static final int MAX_NESTING = 500;

    /** The first violation found: 1-based line and column, and what is wrong. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    private JuliaSyntax() {}

    /** The first structural problem in {@code source}, or empty when it is well formed as far as this checks. */
    public static Optional<Problem> check(String source) {
        Scanner scanner = new Scanner(source);
        try {
            scanner.code(null);
            scanner.finish();
            return Optional.empty();
        } catch (Found found) {
            return Optional.of(found.problem);
        }
    }

    /** Throws an {@link AssertionError} naming the problem and showing its line. */
    public static void assertWellFormed(String source) {
        check(source).ifPresent(problem -> {
            String line = source.lines().skip(problem.line() - 1).findFirst().orElse("");
            throw new AssertionError("generated Julia is malformed at " + problem + "\n    " + line + "\n    "
                    + " ".repeat(Math.max(0, problem.column() - 1)) + "^");
        });
    }

    /** Stops the scan at the first problem. */
    private static final class Found extends RuntimeException {
        final Problem problem;

        Found(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    /** An open block or bracket; a bracket becomes a generator once a {@code for} clause appears in it. */
    private static final class Frame {
        final String opener;
        final int line;
        final int column;
        final boolean indexing;
        boolean generator;

        Frame(String opener, int line, int column, boolean indexing) {
            this.opener = opener;
            this.line = line;
            this.column = column;
            this.indexing = indexing;
        }

        boolean isBracket() {
            return opener.length() == 1;
        }

        String describe() {
            return "`" + opener + "` opened at " + line + ":" + column;
        }
    }

    private static final class Scanner {
        private final String text;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private int position;
        private int line = 1;
        private int column = 1;
        /** The last character of the previous token, and whether whitespace came after it. */
        private char previous = ' ';
        private boolean spaced = true;
        private String previousWord = "";
        private int depth;

        Scanner(String text) {
            this.text = text;
        }

        /** Scans code up to the end, or until {@code interpolation}'s closing parenthesis. */
        void code(Frame interpolation) {
            if (++depth > MAX_NESTING) {
                throw problem(line, column, "nesting deeper than " + MAX_NESTING);
            }
            while (position < text.length()) {
                char c = text.charAt(position);
                int startLine = line;
                int startColumn = column;
                if (c == '\n' || c == ' ' || c == '\t' || c == '\r' || c == ';' || c == ',') {
                    advance();
                    spaced = true;
                    previous = c == ';' || c == ',' ? c : previous;
                    continue;
                }
                if (text.startsWith("#=", position)) {
                    blockComment();
                    spaced = true;
                    continue;
                }
                if (c == '#') {
                    while (position < text.length() && text.charAt(position) != '\n') {
                        advance();
                    }
                    continue;
                }
                if (c == '"' || c == '`') {
                    string(c, true, startLine, startColumn);
                } else if (c == '\'') {
                    quote(startLine, startColumn);
                } else if (isIdentifierStart(c)) {
                    word(startLine, startColumn);
                    continue;
                } else if (Character.isDigit(c)) {
                    number();
                } else if (c == '(' || c == '[' || c == '{') {
                    boolean indexing = !spaced && (isIdentifierPart(previous) || ")]}'\"".indexOf(previous) >= 0);
                    advance();
                    stack.push(new Frame(String.valueOf(c), startLine, startColumn, indexing));
                } else if (c == ')' || c == ']' || c == '}') {
                    advance();
                    Frame closed = close(c, startLine, startColumn);
                    if (closed == interpolation) {
                        previous = c;
                        spaced = false;
                        depth--;
                        return;
                    }
                } else {
                    advance();
                }
                previous = c;
                spaced = false;
                previousWord = "";
            }
            depth--;
        }

        void finish() {
            if (!stack.isEmpty()) {
                Frame open = stack.peek();
                throw problem(open.line, open.column, open.describe() + (open.isBracket()
                        ? " is never closed" : " is never closed with `end`"));
            }
        }

        private Frame close(char closer, int atLine, int atColumn) {
            char expected = switch (closer) {
                case ')' -> '(';
                case ']' -> '[';
                default -> '{';
            };
            Frame top = stack.peek();
            if (top == null) {
                throw problem(atLine, atColumn, "`" + closer + "` closes nothing");
            }
            if (!top.isBracket()) {
                throw problem(atLine, atColumn, "`" + closer + "` while " + top.describe() + " is not closed");
            }
            if (top.opener.charAt(0) != expected) {
                throw problem(atLine, atColumn, "`" + closer + "` does not match " + top.describe());
            }
            return stack.pop();
        }

        private void word(int startLine, int startColumn) {
            int start = position;
            while (position < text.length() && isIdentifierPart(text.charAt(position))) {
                advance();
            }
            String word = text.substring(start, position);
            boolean keywordPosition = spaced || (previous != '.' && previous != '@');
            if (position < text.length() && (text.charAt(position) == '"' || text.charAt(position) == '`')) {
                // A prefixed (non-standard) string literal such as raw"…" or r"…": no interpolation.
                string(text.charAt(position), false, line, column);
                previous = '"';
            } else {
                if (keywordPosition) {
                    keyword(word, startLine, startColumn);
                }
                previous = word.charAt(word.length() - 1);
            }
            spaced = false;
            previousWord = word;
        }

        private void keyword(String word, int atLine, int atColumn) {
            Frame top = stack.peek();
            boolean inBrackets = top != null && top.isBracket();
            switch (word) {
                case "end" -> {
                    if (inBrackets) {
                        if (!inIndexing()) {
                            throw problem(atLine, atColumn, "`end` while " + top.describe() + " is not closed");
                        }
                    } else if (top == null) {
                        throw problem(atLine, atColumn, "`end` closes nothing");
                    } else {
                        stack.pop();
                    }
                }
                case "begin" -> {
                    if (!(inBrackets && inIndexing())) {
                        open(word, atLine, atColumn);
                    }
                }
                case "for" -> {
                    if (inBrackets) {
                        top.generator = true;
                    } else {
                        open(word, atLine, atColumn);
                    }
                }
                case "if" -> {
                    if (!(inBrackets && top.generator)) {
                        open(word, atLine, atColumn);
                    }
                }
                case "type" -> {
                    if (previousWord.equals("abstract") || previousWord.equals("primitive")) {
                        open(previousWord + " type", atLine, atColumn);
                    }
                }
                case "elseif" -> requireInside(word, Set.of("if"), atLine, atColumn);
                case "else" -> requireInside(word, Set.of("if", "try"), atLine, atColumn);
                case "catch", "finally" -> requireInside(word, Set.of("try"), atLine, atColumn);
                default -> {
                    if (OPENERS.contains(word)) {
                        open(word, atLine, atColumn);
                    }
                }
            }
        }

        /** Whether an indexing bracket encloses this point, before any block does. */
        private boolean inIndexing() {
            for (Frame frame : stack) {
                if (!frame.isBracket()) {
                    return false;
                }
                if (frame.indexing && frame.opener.equals("[")) {
                    return true;
                }
            }
            return false;
        }

        private void open(String keyword, int atLine, int atColumn) {
            stack.push(new Frame(keyword, atLine, atColumn, false));
        }

        private void requireInside(String keyword, Set<String> blocks, int atLine, int atColumn) {
            Frame top = stack.peek();
            if (top == null || !blocks.contains(top.opener)) {
                throw problem(atLine, atColumn, "`" + keyword + "` outside " + String.join(" or ", blocks.stream()
                        .sorted().map(b -> "`" + b + "`").toList()) + (top == null ? "" : " (inside " + top.describe()
                        + ")"));
            }
        }

        /** Digits, letters (hex digits, exponents, suffixes, juxtaposed names), a decimal point, an exponent sign. */
        private void number() {
            int start = position;
            boolean radix = text.startsWith("0x", position) || text.startsWith("0b", position)
                    || text.startsWith("0o", position);
            while (position < text.length()) {
                char c = text.charAt(position);
                boolean digitNext = position + 1 < text.length() && Character.isDigit(text.charAt(position + 1));
                char before = text.charAt(position - 1);
                if (Character.isLetterOrDigit(c) || c == '_' || (c == '.' && digitNext)) {
                    advance();
                } else if ((c == '-' || c == '+') && position > start && !radix && digitNext
                        && (before == 'e' || before == 'E' || before == 'f')) {
                    advance();
                } else {
                    break;
                }
            }
        }

        /** A {@code '}: the adjoint right after an operand, else a character literal. */
        private void quote(int startLine, int startColumn) {
            if (!spaced && (isIdentifierPart(previous) || ")]}'.".indexOf(previous) >= 0)) {
                advance();
                return;
            }
            advance();
            if (position >= text.length() || text.charAt(position) == '\n') {
                throw problem(startLine, startColumn, "unterminated character literal");
            }
            if (text.charAt(position) == '\\') {
                advance();
                if (position < text.length()) {
                    advance();
                }
                for (int length = 0; length < 10 && position < text.length() && text.charAt(position) != '\''
                        && text.charAt(position) != '\n'; length++) {
                    advance();
                }
            } else if (text.charAt(position) == '\'') {
                throw problem(startLine, startColumn, "empty character literal");
            } else {
                advanceCodePoint();
            }
            if (position >= text.length() || text.charAt(position) != '\'') {
                throw problem(startLine, startColumn, "character literal holds more than one character or is not"
                        + " terminated");
            }
            advance();
        }

        /** A string or command literal; {@code interpolating} unless it is prefixed (raw). */
        private void string(char delimiter, boolean interpolating, int startLine, int startColumn) {
            String close = text.startsWith(String.valueOf(delimiter).repeat(3), position)
                    ? String.valueOf(delimiter).repeat(3) : String.valueOf(delimiter);
            for (int i = 0; i < close.length(); i++) {
                advance();
            }
            while (true) {
                if (position >= text.length()) {
                    throw problem(startLine, startColumn, "unterminated " + (delimiter == '`' ? "command" : "string")
                            + " literal");
                }
                if (text.startsWith(close, position)) {
                    for (int i = 0; i < close.length(); i++) {
                        advance();
                    }
                    return;
                }
                char c = text.charAt(position);
                if (c == '\\') {
                    advance();
                    if (position < text.length()) {
                        advance();
                    }
                } else if (c == '$' && interpolating && text.startsWith("$(", position)) {
                    int interpolationLine = line;
                    int interpolationColumn = column + 1;
                    advance();
                    advance();
                    Frame frame = new Frame("(", interpolationLine, interpolationColumn, false);
                    stack.push(frame);
                    spaced = true;
                    code(frame);
                    if (stack.contains(frame)) {
                        throw problem(interpolationLine, interpolationColumn, "interpolation `$(` is never closed");
                    }
                } else {
                    advance();
                }
            }
        }

        private void blockComment() {
            int startLine = line;
            int startColumn = column;
            int nesting = 0;
            while (position < text.length()) {
                if (text.startsWith("#=", position)) {
                    nesting++;
                    advance();
                    advance();
                } else if (text.startsWith("=#", position)) {
                    nesting--;
                    advance();
                    advance();
                    if (nesting == 0) {
                        return;
                    }
                } else {
                    advance();
                }
            }
            throw problem(startLine, startColumn, "unterminated block comment `#=`");
        }

        private void advanceCodePoint() {
            int codePoint = text.codePointAt(position);
            advance();
            if (Character.charCount(codePoint) == 2) {
                position++;
            }
        }

        private void advance() {
            if (text.charAt(position) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            position++;
        }

        private static boolean isIdentifierStart(char c) {
            return Character.isLetter(c) || c == '_' || (c > 0x7f && Character.isUnicodeIdentifierStart(c));
        }

        private static boolean isIdentifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '!' || (c > 0x7f
                    && Character.isUnicodeIdentifierPart(c));
        }

        private static Found problem(int line, int column, String message) {
            return new Found(new Problem(line, column, message));
        }
    }
}
