package dev.codelive.codelive.backend.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.conformance.ConformanceCorpus;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Go backend writes and refuses; the conformance test builds and runs the programs. */
class GoBackendTest {
    /** The machine is shared: parsing and typing get time enough that the deadlines never fail a test here. */
    private static final PythonParser PARSER = new PythonParser(ParseLimits.DEFAULTS.withDeadline(Duration.ofSeconds(30)));
    private static final Knobs PARALLEL = new Knobs(true, 3, false, Set.of(), SqlDialect.SQLITE);
    private final GoBackend backend = new GoBackend();

    static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(PARSER.parse(code), width, Duration.ofSeconds(30));
    }

    private Generated render(String code) {
        return backend.generate(program(code, Program.IntWidth.I64), Knobs.DEFAULTS);
    }

    /**
     * Every corpus snippet's rendering at both widths, sequential and parallel, twice: the sources, after checking they
     * are identical.
     */
    private List<String> corpusRenderings() {
        List<String> sources = new ArrayList<>();
        for (ConformanceCorpus.Snippet snippet : ConformanceCorpus.snippets()) {
            for (Program.IntWidth width : new Program.IntWidth[] {Program.IntWidth.I64, Program.IntWidth.BIG}) {
                for (Knobs knobs : List.of(Knobs.DEFAULTS, PARALLEL)) {
                    String first;
                    try {
                        first = backend.generate(program(snippet.source(), width), knobs).source();
                    } catch (SourceProblem notRendered) {
                        continue;
                    }
                    assertThat(backend.generate(program(snippet.source(), width), knobs).source()).as(snippet.name()).isEqualTo(first);
                    sources.add(first);
                }
            }
        }
        return sources;
    }

    @Test
    void renderingTwiceGivesTheSameSource() {
        List<String> sources = corpusRenderings();
        assertThat(sources).hasSizeGreaterThan(800);
        assertThat(sources).filteredOn(source -> source.contains("InParallel(")).hasSizeGreaterThan(40);
    }

    @Test
    void everyRenderingIsAlreadyFormattedAsGofmtFormatsIt(@TempDir Path directory) throws IOException, InterruptedException {
        Path gofmt = Path.of("/usr/bin/gofmt");
        if (!Files.isExecutable(gofmt)) {
            // Under CI a missing tool is a failure, never a skip.
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as("CI=true: gofmt is missing").isFalse();
            Assumptions.abort("gofmt is not installed");
        }
        List<String> sources = corpusRenderings();
        List<String> command = new ArrayList<>(List.of(gofmt.toString(), "-l"));
        for (int i = 0; i < sources.size(); i++) {
            Path file = directory.resolve("p" + i + ".go");
            Files.writeString(file, sources.get(i));
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String unformatted = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(unformatted).isZero();
        assertThat(unformatted).as("files gofmt would change").isEmpty();
    }

    @Test
    void listsAFunctionGrowsArePassedByPointer() {
        String source = render("""
                def add(xs, n):
                    xs.append(n)

                def total(xs):
                    return sum(xs)

                items = []
                add(items, 2)
                print(total(items))
                """).source();
        assertThat(source).contains("func add(xs *[]int64, n int64) {").contains("*xs = append(*xs, n)")
                .contains("func total(xs []int64) int64 {").contains("add(&items, 2)");
    }

    @Test
    void onlyTheImportsAndHelpersUsedAppear() {
        String source = render("print(1 + 2)\n").source();
        assertThat(source).isEqualTo("""
                package main

                import "fmt"

                func main() {
                \tfmt.Println(1 + 2)
                }
                """);
    }

    @Test
    void variablesNothingReadsAreNotDeclared() {
        String source = render("unused = 5\nx = 2\nprint(x)\n").source();
        assertThat(source).doesNotContain("unused").contains("var x int64 = 2");
    }

    @Test
    void aSnippetsNameKeepsItsSpellingUnlessAHelperNeedsIt() {
        assertThat(render("count = 3\nprint(count)\n").source()).contains("var count int64 = 3");
        assertThat(render("count = [1, 1]\nprint(count.count(1))\n").source()).contains("count_ := []int64{1, 1}");
    }

    @Test
    void aSnippetsNameKeepsClearOfTheTupleTypes() {
        assertThat(render("tuple_int_int = 5\npair = (1, 2)\nprint(tuple_int_int, pair)\n").source())
                .contains("type tupleIntInt struct {", "var tupleIntInt_ int64 = 5", "pair := tupleIntInt{1, 2}");
    }

    @Test
    void refusesAListSharedByTwoNamesAndThenChanged() {
        assertThatThrownBy(() -> render("a = [1, 2]\nb = a\nb.append(3)\nprint(a)\n"))
                .isInstanceOf(BackendRefusal.class)
                .hasMessageContaining("the go backend cannot render: a list shared by two names and then changed in place");
    }

    @Test
    void knobsItCannotHonourAreNamedInWarnings() {
        Generated generated = backend.generate(program("print(sum(i * i for i in range(10)))\n", Program.IntWidth.I64),
                new Knobs(true, 4, true, Set.of(), SqlDialect.SQLITE));
        assertThat(generated.warnings()).containsExactly("unsafe: has no effect on the go backend (Go always checks bounds)");
        assertThat(generated.fallback()).isEmpty();
        assertThat(backend.info().knobs()).containsExactly("parallel", "threads");
    }

    @Test
    void aListSpreadOverSeveralLinesKeepsItsIndentation() {
        String source = render("xs = [1, 2]\nif len(xs) > 1:\n    xs.extend([i * 2 for i in range(3) if i > 0])\nprint(xs)\n").source();
        assertThat(source).contains("""
                \t\txs = append(xs, func() []int64 {
                \t\t\tresult := []int64{}
                """, """
                \t\t\treturn result
                \t\t}()...)
                """);
    }

    @Test
    void aRangeStartingAtAConstantExpressionCountsInInt64() {
        assertThat(render("n = 5\nfor i in range(1 + 1, n):\n    print(i)\n").source()).contains("for i := int64(1 + 1); i < n; i++ {");
    }

    @Test
    void anArbitraryPrecisionPowerWhoseExponentMayBeNegativeFailsLoudly() {
        // big.Int's Exp answers 1 for a negative exponent, where Python answers a float.
        String source = backend.generate(program("def f(k):\n    return 3 ** k\nprint(f(2), [f(k) for k in range(-1, 2)], 2 ** 70)\n",
                Program.IntWidth.BIG), Knobs.DEFAULTS).source();
        assertThat(source).contains("return bigPow(big.NewInt(3), k)", "new(big.Int).Exp(big.NewInt(2), big.NewInt(70), nil)",
                "panic(\"negative exponent in an int power\")");
    }

    @Test
    void temporariesLeaveTheSnippetsNamesAloneEvenBeforeTheyAreSpelled() {
        String source = render("print([result for result in [1, 2]])\n").source();
        assertThat(source).contains("result2 := []int64{}", "for _, result := range []int64{1, 2} {", "result2 = append(result2, result)");
    }
}
