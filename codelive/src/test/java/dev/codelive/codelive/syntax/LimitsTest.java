package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codelive.codelive.syntax.LimitExceeded.Limit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Hostile input ends in a {@link LimitExceeded} naming the limit, fast, and never in a crash. */
class LimitsTest {
    private static final PythonParser PARSER = Parsing.PARSER;
    /** For inputs over 64 KB that should run into another limit first. */
    private static final PythonParser LARGE = Parsing.untimed(ParseLimits.DEFAULTS.withMaxSourceBytes(1 << 24));

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(ParseLimits.DEFAULTS).isEqualTo(new ParseLimits(65_536, 64, 256, 20_000, Duration.ofMillis(50)));
        assertThat(new PythonParser().limits()).isEqualTo(ParseLimits.DEFAULTS);
    }

    @Test
    void sourceSizeIsCountedInUtf8Bytes() {
        String exactly = "x = '" + "a".repeat(65_536 - 6) + "'";
        assertThat(PARSER.parse(exactly).body()).hasSize(1);
        LimitExceeded problem = limit("x = '" + "a".repeat(65_536 - 5) + "'", Limit.SOURCE_SIZE);
        assertThat(problem.getMessage()).isEqualTo("limit exceeded: source larger than 65536 bytes");
        assertThat(problem.position()).isEmpty();
        assertThat(problem.bound()).isEqualTo(65_536);
        // 32 769 characters, but 65 538 bytes: é is two bytes in UTF-8, 😀 four
        limit("é".repeat(32_769), Limit.SOURCE_SIZE);
        limit("# " + "😀".repeat(16_384), Limit.SOURCE_SIZE);
        assertThat(PARSER.parse("# " + "😀".repeat(16_383)).body()).isEmpty();
        limit("x".repeat(10_000_000), Limit.SOURCE_SIZE);
    }

    @Test
    void aHundredThousandOpeningParenthesesStopAtTheNestingLimit() {
        String parentheses = "(".repeat(100_000);
        limit(parentheses, Limit.SOURCE_SIZE);
        LimitExceeded problem = limit(LARGE, parentheses, Limit.NESTING_DEPTH);
        assertThat(problem.getMessage()).isEqualTo("limit exceeded: nesting deeper than 64 levels at 1:65");
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        String sixtyFour = "(".repeat(64) + "1" + ")".repeat(64);
        assertThat(AstPrinter.print(PARSER.parse(sixtyFour))).isEqualTo("1\n");
        String lists = "[".repeat(64) + "]".repeat(64);
        assertThat(PARSER.parse(lists).isSingleExpression()).isTrue();
        limit("[".repeat(65) + "]".repeat(65), Limit.NESTING_DEPTH);
        limit("[".repeat(1000) + "]".repeat(1000), Limit.NESTING_DEPTH);
    }

    @Test
    void recursiveExpressionFormsCountAsNesting() {
        assertThat(PARSER.parse("x = " + "-".repeat(64) + "1").body()).hasSize(1);
        limit("x = " + "-".repeat(65) + "1", Limit.NESTING_DEPTH);
        limit("x = " + "not ".repeat(10_000) + "y", Limit.NESTING_DEPTH);
        limit("x = " + "2 ** ".repeat(10_000) + "2", Limit.NESTING_DEPTH);
        limit(LARGE, "x = " + "a if b else ".repeat(100_000) + "c", Limit.NESTING_DEPTH);
        limit("x = " + "f(".repeat(65) + ")".repeat(65), Limit.NESTING_DEPTH);
        limit("x = a" + "[0".repeat(65) + "]".repeat(65), Limit.NESTING_DEPTH);
        limit("x = f'{" + "(".repeat(65) + "1" + ")".repeat(65) + "}'", Limit.NESTING_DEPTH);
    }

    /**
     * The deepest accepted trees parse and print recursively within the JVM's default 1 MB thread stack, even before
     * the JIT has compiled the recursion (interpreted frames are the largest): the limits, not the stack, bound depth.
     */
    @Test
    void theDeepestSnippetsWithinTheLimitsFitInADefaultStack() throws InterruptedException {
        String nested = "x = " + "(-".repeat(31) + "f(a[1])" + ")".repeat(31); // 64 levels
        String chain = "y = " + "1 + ".repeat(250) + "1";
        limit("x = -" + nested.substring(4), Limit.NESTING_DEPTH); // one more level is one too many
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (String source : List.of(nested, chain)) {
                    Module module = PARSER.parse(source);
                    AstPrinter.print(module);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "default-stack", 1024 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    void blocksCountAsNesting() {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 70; level++) {
            deep.append(" ".repeat(level)).append("if x:\n");
        }
        deep.append(" ".repeat(70)).append("pass\n");
        LimitExceeded problem = limit(deep.toString(), Limit.NESTING_DEPTH);
        assertThat(problem.position().orElseThrow().line()).isLessThanOrEqualTo(66);
    }

    @Test
    void sixtyFourKilobytesOfAdditionsRunIntoTheNodeLimit() {
        String additions = "1" + "+1".repeat(32_000);
        LimitExceeded problem = limit(additions, Limit.NODE_COUNT);
        assertThat(problem.getMessage()).startsWith("limit exceeded: more than 20000 syntax nodes at 1:");
    }

    @Test
    void longOperatorChainsRunIntoTheTreeHeightLimit() {
        assertThat(PARSER.parse("x = " + "1 + ".repeat(200) + "1").body()).hasSize(1);
        PythonParser generous = Parsing.untimed(ParseLimits.DEFAULTS.withMaxNodes(1_000_000));
        LimitExceeded problem = catchThrowableOfType(LimitExceeded.class,
                () -> generous.parse("1" + "+1".repeat(32_000)));
        assertThat(problem.limit()).isEqualTo(Limit.TREE_HEIGHT);
        assertThat(problem.getMessage()).isEqualTo("limit exceeded: syntax tree deeper than 256 levels at 1:1");
        limit("x = a" + ".b".repeat(300), Limit.TREE_HEIGHT);
        limit("x = f" + "()".repeat(300), Limit.TREE_HEIGHT);
    }

    @Test
    void manySmallNodesRunIntoTheNodeLimit() {
        limit("x = [" + "0, ".repeat(20_001) + "]", Limit.NODE_COUNT);
        limit("x = 1\n".repeat(7_000), Limit.NODE_COUNT);
        limit(LARGE, "x = [" + "0, ".repeat(1_000_000) + "]", Limit.NODE_COUNT);
        limit("f'" + "{x}".repeat(10_001) + "'", Limit.NODE_COUNT);
    }

    @Test
    void theDeadlineIsCheckedAsTheParseGoes() {
        AtomicLong now = new AtomicLong();
        // Every read of the clock finds a millisecond gone by.
        PythonParser slowClock = new PythonParser(ParseLimits.DEFAULTS, () -> now.getAndAdd(1_000_000));
        LimitExceeded problem = catchThrowableOfType(LimitExceeded.class,
                () -> slowClock.parse("x = 1\n".repeat(3_000)));
        assertThat(problem.limit()).isEqualTo(Limit.DEADLINE);
        assertThat(problem.getMessage()).matches("limit exceeded: parsing took longer than 50 ms at \\d+:\\d+");
        assertThat(problem.position().orElseThrow().line()).isBetween(2, 3_000);
    }

    @Test
    void aFrozenClockNeverRunsOut() {
        PythonParser frozen = new PythonParser(ParseLimits.DEFAULTS, () -> 42L);
        assertThat(frozen.parse("x = 1\n".repeat(3_000)).body()).hasSize(3_000);
    }

    @Test
    void aTinyDeadlineStopsALargeInput() {
        AtomicLong now = new AtomicLong();
        PythonParser parser = new PythonParser(ParseLimits.DEFAULTS.withDeadline(Duration.ofMillis(1)),
                () -> now.addAndGet(100_000));
        LimitExceeded problem = catchThrowableOfType(LimitExceeded.class,
                () -> parser.parse("x = [" + "1, ".repeat(20_000) + "]"));
        assertThat(problem.limit()).isEqualTo(Limit.DEADLINE);
        assertThat(problem.getMessage()).startsWith("limit exceeded: parsing took longer than 1 ms at 1:");
    }

    @Test
    void longLinesAreFine() {
        String line = "x = '" + "a".repeat(60_000) + "'  # " + "b".repeat(5_000);
        assertThat(((Expr.StringLiteral) ((Stmt.Assign) PARSER.parse(line).body().getFirst()).value()).value())
                .hasSize(60_000);
    }

    @Test
    void nulBytesAndLoneSurrogatesAreNotSource() {
        assertThat(error("x = 1\0")).isEqualTo("syntax error: source code cannot contain null bytes at 1:6");
        assertThat(error("x = '\0'")).isEqualTo("syntax error: source code cannot contain null bytes at 1:6");
        assertThat(error("x = 1\ny = '\uD800'")).isEqualTo(
                "syntax error: lone surrogate U+D800 cannot be encoded in UTF-8 at 2:6");
        assertThat(error("# \uDC00")).isEqualTo("syntax error: lone surrogate U+DC00 cannot be encoded in UTF-8 at 1:3");
        assertThat(error("x = '😀\uDBFF")).isEqualTo(
                "syntax error: lone surrogate U+DBFF cannot be encoded in UTF-8 at 1:7");
    }

    @Test
    void unicodeOutsideStringsAndComments() {
        assertThat(error("café = 1")).isEqualTo("not supported yet: non-ASCII identifiers at 1:1");
        assertThat(error("x = naïve")).isEqualTo("not supported yet: non-ASCII identifiers at 1:5");
        assertThat(error("π = 3.14")).isEqualTo("not supported yet: non-ASCII identifiers at 1:1");
        assertThat(error("x = 😀")).isEqualTo("syntax error: invalid character '😀' (U+1F600) at 1:5");
        assertThat(error("x = 1 € 2")).isEqualTo("syntax error: invalid character '€' (U+20AC) at 1:7");
        assertThat(error("x\u200B = 1")).isEqualTo("syntax error: invalid non-printable character U+200B at 1:2");
        assertThat(error("x = 1\u2028")).isEqualTo("syntax error: invalid non-printable character U+2028 at 1:6");
        assertThat(error("x = ?")).isEqualTo("syntax error: invalid character '?' (U+003F) at 1:5");
        assertThat(error("x = `y`")).isEqualTo("syntax error: invalid character '`' (U+0060) at 1:5");
        assertThat(error("x = 1 ! 2")).isEqualTo("syntax error: invalid syntax at 1:7");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> ParseLimits.DEFAULTS.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParseLimits.DEFAULTS.withDeadline(Duration.ofNanos(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LimitExceeded limit(String source, Limit expected) {
        return limit(PARSER, source, expected);
    }

    private static LimitExceeded limit(PythonParser parser, String source, Limit expected) {
        LimitExceeded problem = catchThrowableOfType(LimitExceeded.class, () -> parser.parse(source));
        assertThat(problem).as("a limit").isNotNull();
        assertThat(problem.limit()).isEqualTo(expected);
        assertThat(problem.kind()).isEqualTo("limit-exceeded");
        return problem;
    }
}
