package dev.codelive.codelive.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.codelive.codelive.syntax.Corpus.Snippet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded, deterministic fuzzing: token soup and mutated corpus snippets must each end in a tree or a
 * {@link SourceProblem}, never in another exception (a StackOverflowError, an IndexOutOfBoundsException...). A tree
 * that comes out must also print to source that parses back to the same tree.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RobustnessTest {
    private static final int CASES = 3_000;

    private static final String[] VOCABULARY = {
        // names, keywords and soft keywords
        "x", "y", "foo", "_", "print", "range", "match", "case", "None", "True", "False", "and", "or", "not", "in",
        "is", "if", "elif", "else", "for", "while", "break", "continue", "pass", "def", "return", "lambda", "class",
        "import", "from", "as", "assert", "del", "global", "nonlocal", "yield", "async", "await", "with", "try",
        "except", "finally", "raise",
        // numbers, good and bad
        "0", "1", "42", "0x1F", "0o7", "0b1", "1_000", "1.5", ".5", "1e10", "1e", "1__0", "0x", "09", "1j", "1.real",
        // strings, good and bad
        "'a'", "\"b\"", "'''c'''", "r'\\d'", "b'x'", "f'{x}'", "f\"{x!r:>3}\"", "f'{'", "f'}'", "f'{x=}'", "'\\x4'",
        "'unterminated", "\"\"\"open", "f'{x:{y}}'", "'\\N{DIGIT ONE}'", "f'{a[\"k\"]}'",
        // operators and delimiters
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "->", "@", "=", ":=", "+", "-", "*", "**", "/", "//",
        "%", "~", "|", "&", "^", "<<", ">>", "==", "!=", "<", ">", "<=", ">=", "+=", "-=", "**=", "//=", "|=", "!",
        // layout and oddities
        "\n", "\n", "\n    ", "\n        ", "\n\t", "\r\n", "\r", "\\\n", "\\", "#c\n", " ", "\t", "\f", "\0", "\uD800",
        "\uDC00", "é", "😀", "\u00A0", "\u200B", "$", "?", "`", "\uFEFF",
    };

    /** Printing adds parentheses, hence nesting: the printed form of a tree near the limit is parsed with room. */
    private static final PythonParser REPARSER = Parsing.untimed(ParseLimits.DEFAULTS.withMaxDepth(256)
            .withMaxTreeHeight(1024).withMaxSourceBytes(1 << 20).withMaxNodes(100_000));

    private static final String MUTATIONS = "()[]{}'\"\\:\n\t \r#=-*,.f0_\0\uD800é";

    @Test
    void tokenSoupNeverCrashesTheParser() {
        Random random = new Random(20_261_122L);
        int trees = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder soup = new StringBuilder();
            int tokens = 1 + random.nextInt(40);
            for (int t = 0; t < tokens; t++) {
                soup.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                if (random.nextInt(3) > 0) {
                    soup.append(' ');
                }
            }
            trees += check(soup.toString()) ? 1 : 0;
        }
        assertThat(trees).as("soups that happen to be Python").isPositive();
    }

    @Test
    void mutatedSnippetsNeverCrashTheParser() {
        Random random = new Random(4L);
        List<Snippet> corpus = Corpus.valid();
        int trees = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())).source());
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations && !text.isEmpty(); m++) {
                mutate(text, random);
            }
            trees += check(text.toString()) ? 1 : 0;
        }
        // Both outcomes must be common, or the fuzzing tests less than it seems to.
        assertThat(trees).as("mutated snippets that still parse").isBetween(CASES / 10, CASES * 9 / 10);
    }

    @Test
    void deepAndLongRandomExpressionsNeverCrashTheParser() {
        Random random = new Random(64L);
        int trees = 0;
        String[] openers = {"(", "[", "-", "not ", "f(", "a[", "2**", "x if y else ", "+"};
        String[] closers = {")", "]", "", "", ")", "]", "", "", ""};
        for (int i = 0; i < 300; i++) {
            StringBuilder expression = new StringBuilder();
            StringBuilder closing = new StringBuilder();
            int depth = random.nextInt(120);
            for (int d = 0; d < depth; d++) {
                int kind = random.nextInt(openers.length);
                expression.append(openers[kind]);
                closing.insert(0, closers[kind]);
            }
            trees += check(expression.append('1').append(closing).toString()) ? 1 : 0;
        }
        assertThat(trees).as("expressions within the limits").isPositive();
    }

    private static void mutate(StringBuilder text, Random random) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(6)) {
            case 0 -> text.deleteCharAt(at);
            case 1 -> text.insert(at, text.charAt(at));
            case 2 -> text.insert(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
            case 3 -> {
                int other = random.nextInt(text.length());
                char c = text.charAt(at);
                text.setCharAt(at, text.charAt(other));
                text.setCharAt(other, c);
            }
            case 4 -> {
                int lineStart = text.lastIndexOf("\n", at) + 1;
                int lineEnd = text.indexOf("\n", at);
                text.delete(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
            }
            default -> {
                int lineStart = text.lastIndexOf("\n", at) + 1;
                int lineEnd = text.indexOf("\n", at);
                String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
                text.insert(lineStart, line.endsWith("\n") ? line : line + "\n");
            }
        }
    }

    /** Parses and checks the outcome; returns whether a tree came out. */
    private static boolean check(String source) {
        Module module;
        try {
            module = Parsing.PARSER.parse(source);
        } catch (SourceProblem expected) {
            assertThat(expected.getMessage()).as("message of %s", quoted(source)).isNotBlank();
            return false;
        } catch (Throwable unexpected) {
            fail("parsing " + quoted(source) + " threw " + unexpected, unexpected);
            return false;
        }
        try {
            Parsing.assertSpansNest(module);
            String printed = AstPrinter.print(module);
            assertThat(AstPrinter.print(REPARSER.parse(printed))).as("reprinted %s", quoted(source))
                    .isEqualTo(printed);
        } catch (SourceProblem | AssertionError problem) {
            fail("the tree of " + quoted(source) + " does not round-trip: " + problem.getMessage(), problem);
        }
        return true;
    }

    /** The source as a Java string literal, so that a failure can be pasted into a test. */
    private static String quoted(String source) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : source.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
