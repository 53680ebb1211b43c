package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.codelive.codelive.conformance.ConformanceCorpus.Snippet;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus itself: large enough, well named, inside the subset our parser accepts, and deterministic programs that
 * CPython runs quickly to a clean exit after printing something.
 */
class ConformanceCorpusTest {
    private static final Pattern NAME = Pattern.compile("(\\d{3})_[a-z0-9]+(_[a-z0-9]+)*");
    /** Locally every snippet runs in under 0.4 s; the bound leaves room for a loaded CI machine. */
    private static final Duration PYTHON_BOUND = Duration.ofSeconds(2);
    /** A deadline no parse of these small files comes near; the parser's own tests test the default one. */
    private static final PythonParser PARSER = new PythonParser(ParseLimits.DEFAULTS.withDeadline(
            Duration.ofSeconds(30)));

    static List<Snippet> snippets() {
        return ConformanceCorpus.snippets();
    }

    @Test
    void theCorpusHasAtLeast220UniquelyNumberedSnippets() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(220);
        assertThat(snippets).allSatisfy(snippet -> assertThat(snippet.name()).matches(NAME));
        List<Integer> numbers = snippets.stream().map(snippet -> {
            Matcher matcher = NAME.matcher(snippet.name());
            assertThat(matcher.matches()).isTrue();
            return Integer.parseInt(matcher.group(1));
        }).toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(snippets.stream().map(Snippet::name)).doesNotHaveDuplicates();
        try (Stream<Path> files = Files.list(ConformanceCorpus.directory())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("nothing but snippets in the folder").allMatch(name -> name.endsWith(".py"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void everySnippetIsInsideTheParsersSubset(Snippet snippet) {
        assertThatCode(() -> PARSER.parse(snippet.source())).as(snippet.name()).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    @RequiresPython3
    void everySnippetRunsUnderCPythonQuicklyAndDeterministically(Snippet snippet) {
        long started = System.nanoTime();
        List<String> lines = Python3.runFile(snippet.file(), List.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(lines).as("%s prints something", snippet.name()).isNotEmpty();
        assertThat(took).as("%s under CPython", snippet.name()).isLessThan(PYTHON_BOUND);
        assertThat(ConformanceCorpus.expectedStdout(snippet).lines().toList())
                .as("a second run of %s prints the same", snippet.name()).isEqualTo(lines);
    }

    @Test
    @RequiresPython3
    void expectedOutputIsExactIncludingLineEnds() {
        assertThat(ConformanceCorpus.expectedStdout(ConformanceCorpus.snippet("001_hello_world")))
                .isEqualTo("Hello, world!\n");
        assertThat(ConformanceCorpus.expectedStdout(ConformanceCorpus.snippet("132_print_sep_and_end")))
                .contains("no newline continued\n").endsWith("x y\n");
    }
}
