package dev.codelive.codelive.backend.go;

import static dev.codelive.codelive.backend.ParallelSamples.LOOP;
import static dev.codelive.codelive.backend.ParallelSamples.MAP;
import static dev.codelive.codelive.backend.ParallelSamples.SUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.conformance.ProgramRunner;
import dev.codelive.codelive.conformance.RunResult;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.conformance.Toolchains;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel knob in Go: which constructs run on goroutines, why the others stay sequential, and that the programs
 * print CPython's output at any thread count and width, with {@code go vet} and the race detector content.
 */
class GoParallelTest {
    /** Negative steps, chunks without items, lists, filters, bools, a function's parameter as accumulator, two accumulators. */
    private static final String MIXED = """
            xs = [5, -3, 8, 1, 9, -7, 2]
            print(min(x * 2 for x in xs), max(x % 4 for x in xs), min(i for i in range(10, -20, -3) if i % 2))
            print(any(x > 8 for x in xs), all(x > -8 for x in xs), any(i > 3 for i in range(3)), all(i < 0 for i in range(0)))
            print(sum(x for x in range(7, -50, -4)), sum(x > 0 for x in xs), [x - 1 for x in xs], [x for x in xs if x > 100])
            pairs = [(1, 2), (3, 4), (5, 6)]
            dot = 0
            for a, b in pairs:
                dot += a * b
            def f(n, total):
                for k in range(n, 0, -1):
                    total += k
                return total
            def split(n):
                evens = 0
                odds = 0
                for k in range(n):
                    if k % 2 == 0:
                        evens += k
                    odds += k % 2
                return evens, odds
            print(dot, f(11, 5), f(0, 1), split(11), split(0), split(2))
            """;
    /** A step with a call in it: computed once, before the goroutines. */
    private static final String COMPUTED_STEP = "k = 3\nprint(sum(i * i for i in range(k, 300, abs(k - 5))))\n";

    private final GoBackend backend = new GoBackend();

    private Generated render(String code, int threads, Program.IntWidth width) {
        return backend.generate(GoBackendTest.program(code, width), new Knobs(true, threads, false, Set.of(), SqlDialect.SQLITE));
    }

    private Generated render(String code) {
        return render(code, 4, Program.IntWidth.I64);
    }

    @Test
    void rendersAReductionAsGoroutinesWhosePartialsAreSummedInChunkOrder() {
        Generated generated = render(SUM);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.warnings()).isEmpty();
        assertThat(generated.source()).startsWith("""
                package main

                import (
                \t"fmt"
                \t"sync"
                )

                // threads is how many goroutines share each parallel loop.
                const threads = 4

                func main() {
                \tfmt.Println(sumInts(rangeInParallel(0, ipow(10, 6), 1, func(low, high int64) int64 {
                \t\tvar total int64
                \t\tfor i := low; i < high; i++ {
                \t\t\ttotal += i * i
                \t\t}
                \t\treturn total
                \t})))
                }
                """).contains("""
                func inParallel[T any](work func(w int) T) []T {
                \tresults := make([]T, threads)
                \tvar wg sync.WaitGroup
                \tfor w := range results {
                \t\twg.Add(1)
                \t\tgo func(w int) {
                \t\t\tresults[w] = work(w)
                \t\t\t// Not deferred: a goroutine that panics must not let the caller go on without its part.
                \t\t\twg.Done()
                \t\t}(w)
                \t}
                \twg.Wait()
                \treturn results
                }
                """, "func rangeInParallel[T any](start, stop, step int64, work func(low, high int64) T) []T {");
    }

    @Test
    void rendersAListComprehensionAsChunkListsConcatenatedInOrder() {
        assertThat(render(MAP, 8, Program.IntWidth.I64).source()).contains("const threads = 8", """
                \tfmt.Println(repr(concat(rangeInParallel(0, 100, 1, func(low, high int64) []int64 {
                \t\tresult := []int64{}
                \t\tfor i := low; i < high; i++ {
                \t\t\tif i%3 != 0 {
                \t\t\t\tresult = append(result, i*2)
                \t\t\t}
                \t\t}
                \t\treturn result
                \t})...)))
                """);
    }

    @Test
    void rendersAnAccumulatorLoopWithPrivateAccumulatorsPerGoroutine() {
        assertThat(render(LOOP, 3, Program.IntWidth.I64).source()).contains("""
                \tvar total int64 = 0
                \tfor _, part := range rangeInParallel(0, 1000, 1, func(low, high int64) int64 {
                \t\tvar total int64
                \t\tfor i := low; i < high; i++ {
                \t\t\ttotal += i * i
                \t\t}
                \t\treturn total
                \t}) {
                \t\ttotal += part
                \t}
                \tfmt.Println(total)
                """);
    }

    @Test
    void rendersArbitraryPrecisionPartialsAndAddsThemWithBigAdd() {
        String source = render(LOOP, 3, Program.IntWidth.BIG).source();
        assertThat(source).contains("""
                \tfor _, part := range bigRangeInParallel(big.NewInt(0), big.NewInt(1000), big.NewInt(1), func(low, high *big.Int) *big.Int {
                \t\ttotal := new(big.Int)
                \t\tfor i := low; i.Cmp(high) < 0; i = new(big.Int).Add(i, big.NewInt(1)) {
                \t\t\ttotal = new(big.Int).Add(total, new(big.Int).Mul(i, i))
                \t\t}
                \t\treturn total
                \t}) {
                \t\ttotal = new(big.Int).Add(total, part)
                \t}
                """, "func bigRangeInParallel[T any](start, stop, step *big.Int, work func(low, high *big.Int) T) []T {");
        assertThat(render(SUM, 3, Program.IntWidth.BIG).source()).contains("sumBig(bigRangeInParallel(");
    }

    @Test
    void rendersEveryQualifyingNodeOfTheMixedSnippetInParallel() {
        Generated generated = render(MIXED, 3, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.warnings()).isEmpty();
        assertThat(generated.source()).contains("minItem(concat(listInParallel(xs, func(chunk []int64) []int64 {", "return chunkMin(items)",
                "anyTrue(listInParallel(", "allTrue(rangeInParallel(", "for _, part := range listInParallel(pairs, func(chunk []tupleIntInt) int64 {",
                "rangeInParallel(n, 0, -1, func(low, high int64) int64 {", "return []int64{evens, odds}", "evens += part[0]", "odds += part[1]");
        // Eleven reductions and comprehensions, three loops: each calls a helper that starts goroutines.
        assertThat(generated.source().split("InParallel\\(", -1)).hasSize(15);
    }

    @Test
    void aStepWithACallIsComputedOnceBeforeTheGoroutines() {
        assertThat(render(COMPUTED_STEP).source()).contains("""
                \tfmt.Println(func() int64 {
                \t\tstep := absInt(k - 5)
                \t\treturn sumInts(rangeInParallel(k, 300, step, func(low, high int64) int64 {
                \t\t\tvar total int64
                \t\t\tfor _, i := range rangeList(low, high, step) {
                """);
    }

    @Test
    void aLoopWhoseVariableOutlivesItStaysSequentialAndSaysWhy() {
        // ParallelPlan refuses it for every backend; the renderer reports its reason.
        var rendering = dev.codelive.codelive.CodeLive.renderer().render("go", "total = 0\nfor i in range(10):\n    total += i\nprint(total, i)\n",
                new Knobs(true, 4, false, Set.of(), SqlDialect.SQLITE));
        assertThat(rendering.source()).doesNotContain("InParallel", "sync", "threads");
        assertThat(rendering.fallback()).hasValueSatisfying(fallback -> {
            assertThat(fallback.from()).isEqualTo("parallel");
            assertThat(fallback.code()).isEqualTo("loop_variable_outlives");
            assertThat(fallback.reason()).contains("the loop variable i outlives the loop").endsWith("(at 2:1)");
        });
    }

    @Test
    void aLoopThatStaysSequentialBesideParallelPartsLeavesTheRestParallel() {
        Generated generated = render("total = 0\nfor i in range(10):\n    total += i\nprint(total, i, sum(j for j in range(i)))\n");
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.source()).contains("sumInts(rangeInParallel(0, i, 1, ").doesNotContain("InParallel(0, 10");
    }

    @Test
    void aLoopWhoseSumsNothingReadsStaysAPlainLoop() {
        Generated generated = render("total = 0\nfor i in range(10):\n    total += i\nprint(1)\n");
        assertThat(generated.source()).doesNotContain("InParallel");
        assertThat(generated.fallback()).hasValueSatisfying(fallback ->
                assertThat(fallback.reason()).isEqualTo("nothing reads what the loop adds up (at 2:1), so it runs sequentially"));
    }

    @Test
    void aReductionNothingReadsLeavesNothingToRunInParallel() {
        Generated generated = render("unused = sum(i for i in range(10))\nprint(1)\n");
        assertThat(generated.source()).doesNotContain("InParallel");
        assertThat(generated.fallback()).hasValueSatisfying(fallback -> assertThat(fallback.code()).isEqualTo("nothing_parallel"));
    }

    @Test
    void whatParallelPlanChoseInsideAGoroutinesWorkStaysSequential() {
        String source = render("total = 0\nfor i in range(100):\n    total += sum(j * j for j in range(i))\nprint(total)\n").source();
        assertThat(source.split("InParallel\\(", -1)).as(source).hasSize(2);
        assertThat(source).contains("for _, part := range rangeInParallel(0, 100, 1, func(low, high int64) int64 {", "sumInts(func() []int64 {");
    }

    @Test
    void theSnippetsOwnThreadsVariableLeavesTheNameToTheThreadCount() {
        String source = render("threads = 2\nprint(threads, sum(i for i in range(threads * 10)))\n").source();
        assertThat(source).contains("const threads = 4", "var threads_ int64 = 2", "rangeInParallel(0, threads_*10, 1, ");
    }

    @Test
    void aLoopVariableNamedLikeTheChunkBoundsKeepsItsName() {
        String source = render("total = 0\nfor high in range(10):\n    total += high\nprint(total)\n").source();
        assertThat(source).contains("func(low, high2 int64) int64 {", "for high := low; high < high2; high++ {");
    }

    @Test
    void rendersTheSameSourceTwice() {
        assertThat(render(MIXED, 8, Program.IntWidth.I64).source()).isEqualTo(render(MIXED, 8, Program.IntWidth.I64).source());
    }

    @Test
    @RequiresPython3
    void printsWhatCPythonPrintsWithOneThreeAndEightThreads() {
        Toolchains.require(Target.GO);
        Map<String, List<Program.IntWidth>> widths = Map.of(SUM, List.of(Program.IntWidth.I64, Program.IntWidth.BIG),
                MAP, List.of(Program.IntWidth.I64, Program.IntWidth.BIG), LOOP, List.of(Program.IntWidth.I64, Program.IntWidth.BIG),
                MIXED, List.of(Program.IntWidth.I64, Program.IntWidth.BIG),
                // Go's big-int ranges need a constant step: only 64 bits here.
                COMPUTED_STEP, List.of(Program.IntWidth.I64));
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            for (Map.Entry<String, List<Program.IntWidth>> entry : widths.entrySet()) {
                String code = entry.getKey();
                String expected = Python3.runCode(code, List.of()).stdout();
                for (Program.IntWidth width : entry.getValue()) {
                    for (int threads : List.of(1, 3, 8)) {
                        String source = render(code, threads, width).source();
                        assertThat(source).contains("go func(w int) {");
                        RunResult result = runner.run(Target.GO, source);
                        assertThat(result.succeeded()).as(result.describe() + "\n" + source).isTrue();
                        assertThat(result.stdout()).as(code + " at " + width + " with " + threads + " threads").isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void aGoroutineThatPanicsStopsTheProgramBeforeItPrintsAPartialResult() {
        Toolchains.require(Target.GO);
        // 3 ** -1 is a float in Python; the typed program expects ints, so the goroutine that meets it panics.
        String source = render("def f(k):\n    return 3 ** k\nprint([f(k) for k in range(-1, 3)])\n", 2, Program.IntWidth.BIG).source();
        assertThat(source).contains("bigPow(big.NewInt(3), k)", "bigRangeInParallel(big.NewInt(-1), big.NewInt(3), big.NewInt(1), ");
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            RunResult result = runner.run(Target.GO, source);
            assertThat(result.succeeded()).isFalse();
            assertThat(result.stdout()).as(result.describe()).isEmpty();
        }
    }

    @Test
    void goVetAndTheRaceDetectorFindNothing(@TempDir Path directory) throws IOException, InterruptedException {
        Toolchains.require(Target.GO);
        Files.writeString(directory.resolve("go.mod"), "module parallel\n\ngo 1.19\n");
        Files.writeString(directory.resolve("main.go"), render(MIXED, 3, Program.IntWidth.I64).source());
        Map<String, String> offline = Map.of("GOFLAGS", "-mod=mod", "GOPROXY", "off", "GOTOOLCHAIN", "local", "GOTELEMETRY", "off");
        Run vet = run(directory, offline, "go", "vet", ".");
        assertThat(vet.exitCode()).as(vet.output()).isZero();
        // The race detector needs cgo, which the conformance builds do without.
        Assumptions.assumeTrue(run(directory, offline, "go", "env", "CGO_ENABLED").output().strip().equals("1"), "cgo is off: no race detector");
        Run raced = run(directory, offline, "go", "run", "-race", ".");
        assertThat(raced.output()).doesNotContain("DATA RACE");
        assertThat(raced.exitCode()).as(raced.output()).isZero();
    }

    private record Run(int exitCode, String output) {}

    private static Run run(Path directory, Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        return new Run(process.exitValue(), output);
    }
}
