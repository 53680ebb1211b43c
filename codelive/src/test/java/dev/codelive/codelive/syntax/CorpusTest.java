package dev.codelive.codelive.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codelive.codelive.syntax.Corpus.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snippet corpus without CPython: valid snippets parse, print and re-parse to the same tree; invalid and
 * unsupported ones fail with exactly the message in their first line. {@link CPythonCrossCheckTest} proves the
 * corpus itself right.
 */
class CorpusTest {
    private static final PythonParser PARSER = Parsing.PARSER;

    static List<Snippet> valid() {
        return Corpus.valid();
    }

    static List<Snippet> invalid() {
        return Corpus.invalid();
    }

    static List<Snippet> unsupported() {
        return Corpus.unsupported();
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(valid()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(invalid()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(unsupported()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(invalid()).allSatisfy(snippet -> assertThat(snippet.expected()).startsWith("syntax error: "));
        assertThat(unsupported()).allSatisfy(snippet -> assertThat(snippet.expected())
                .startsWith("not supported yet: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSnippetsRoundTripThroughThePrinter(Snippet snippet) {
        Module module = PARSER.parse(snippet.source());
        Parsing.assertSpansNest(module);
        String printed = AstPrinter.print(module);
        assertThat(AstPrinter.print(PARSER.parse(printed))).as("the printed form parses to the same tree")
                .isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void syntaxErrorsAreReportedWhereTheyAre(Snippet snippet) {
        SyntaxProblem problem = catchThrowableOfType(SyntaxProblem.class, () -> PARSER.parse(snippet.source()));
        assertThat(problem).as("a syntax error").isNotNull();
        assertThat(problem.getMessage()).isEqualTo(snippet.expected());
        assertThat(problem.kind()).isEqualTo("syntax-error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void constructsOutsideTheSubsetAreNamed(Snippet snippet) {
        UnsupportedConstruct problem = catchThrowableOfType(UnsupportedConstruct.class,
                () -> PARSER.parse(snippet.source()));
        assertThat(problem).as("an unsupported construct").isNotNull();
        assertThat(problem.getMessage()).isEqualTo(snippet.expected());
        assertThat(problem.getMessage()).isEqualTo("not supported yet: " + problem.construct() + " at "
                + problem.position().orElseThrow());
        assertThat(problem.kind()).isEqualTo("unsupported-construct");
    }
}
