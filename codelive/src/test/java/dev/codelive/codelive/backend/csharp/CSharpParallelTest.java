package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.ParallelSamples.LOOP;
import static dev.codelive.codelive.backend.ParallelSamples.MAP;
import static dev.codelive.codelive.backend.ParallelSamples.NESTED;
import static dev.codelive.codelive.backend.ParallelSamples.SUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.conformance.ProgramRunner;
import dev.codelive.codelive.conformance.RunResult;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.conformance.Toolchains;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parallel knob in C#: which constructs run in chunks, and that they print CPython's output at any thread count. */
class CSharpParallelTest {
    /** Negative steps, empty chunks (fewer elements than threads), lists, min/max/any/all and two accumulators. */
    private static final String MIXED = """
            xs = [5, -3, 8, 1, 9, -7, 2]
            print(min(x * 2 for x in xs), max(x % 4 for x in xs), min(i for i in range(10, -20, -3) if i % 2))
            print(any(x > 8 for x in xs), all(x > -8 for x in xs), any(i > 3 for i in range(3)), all(i < 0 for i in range(0)))
            print(sum(x for x in range(7, -50, -4)), sum(x > 0 for x in xs), [x - 1 for x in xs])
            def f(n):
                evens = 0
                odds = 0
                for k in range(n, 0, -1):
                    if k % 2 == 0:
                        evens += k
                    odds += k % 2
                return evens, odds
            print(f(11), f(0), f(2))
            """;

    private final CSharpBackend backend = new CSharpBackend();

    private static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(new PythonParser().parse(code), width);
    }

    private Generated render(String code, int threads, Program.IntWidth width) {
        return backend.generate(program(code, width), new Knobs(true, threads, false, Set.of(), SqlDialect.SQLITE));
    }

    @Test
    void rendersReductionsMapsAndAccumulatorLoopsInChunks() {
        assertThat(render(SUM, 4, Program.IntWidth.I64).source()).contains("const int Threads = 4;")
                .contains("Py.Sum(Py.InParallel(0, Py.Pow(10L, 6L), 1, Threads, chunk => Py.Sum(chunk.Select(i => i * i), 0L)), 0L)")
                .contains("RunChunks(chunks, chunk =>")
                .contains("threads[chunk] = new System.Threading.Thread(() => work(mine));");
        assertThat(render(MAP, 4, Program.IntWidth.I64).source())
                .contains("Py.InParallel(0L, 100, 1, Threads, chunk => chunk.Where(i => Py.Mod(i, 3) != 0).Select(i => i * 2).ToList())"
                        + ".SelectMany(part => part).ToList()");
        assertThat(render(LOOP, 4, Program.IntWidth.I64).source()).doesNotContain("Pow(").contains("""
                        var partials = Py.InParallel(0L, 1000, 1, Threads, chunk =>
                        {
                            long totalPart = 0;
                            foreach (long i in chunk)
                            {
                                totalPart += i * i;
                            }
                            return totalPart;
                        });
                        foreach (var partial in partials)
                        {
                            total += partial;
                        }
                """);
    }

    @Test
    void rendersEveryQualifyingNodeInParallelWithoutAFallback() {
        Generated generated = render(MIXED, 3, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.warnings()).isEmpty();
        assertThat(generated.source()).contains("Py.ChunkMin(").contains("Py.ChunkMax(").contains("return (evensPart, oddsPart);");
    }

    @Test
    void rendersTheSameSourceTwice() {
        assertThat(render(MIXED, 8, Program.IntWidth.I64).source()).isEqualTo(render(MIXED, 8, Program.IntWidth.I64).source());
    }

    @Test
    void nestedLoopsRunInsideTheChunksOfTheOuterLoop() {
        Generated generated = render(NESTED, 3, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.source()).contains("""
                        var partials = Py.InParallel(0L, 30, 1, Threads, chunk =>
                        {
                            long totalPart = 0;
                            long evensPart = 0;
                            foreach (long i in chunk)
                            {
                                for (long j = i; j > 0; j -= 4)
                                {
                                    totalPart += i * j;
                                }
                                foreach (long x in xs)
                                {
                                    if (Py.Mod(x + i, 2) == 0)
                                    {
                                        evensPart += x * i;
                                    }
                                }
                            }
                            return (totalPart, evensPart);
                        });
                """).containsOnlyOnce("Py.InParallel(0L, 30,");
        assertThat(generated.source()).as("unpacked pairs").contains("foreach (var item in chunk)");
    }

    @Test
    void aLoopWhoseVariableOutlivesItStaysSequentialWithoutAReasonOfItsOwn() {
        // ParallelPlan rejects it, and the renderer reports the plan's reason alike for every backend.
        Generated generated = render("total = 0\nfor i in range(10):\n    total += i\nprint(total, i)\n", 4, Program.IntWidth.I64);
        assertThat(generated.source()).doesNotContain("InParallel");
        assertThat(generated.fallback()).isEmpty();
    }

    @Test
    @RequiresPython3
    void printsWhatCPythonPrintsWithOneThreeAndEightThreads() {
        Toolchains.require(Target.CSHARP);
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            for (String code : List.of(SUM, MAP, LOOP, MIXED, NESTED)) {
                String expected = Python3.runCode(code, List.of()).stdout();
                for (Program.IntWidth width : List.of(Program.IntWidth.I64, Program.IntWidth.BIG)) {
                    for (int threads : List.of(1, 3, 8)) {
                        String source = render(code, threads, width).source();
                        assertThat(source).contains("InParallel");
                        RunResult result = runner.run(Target.CSHARP, source);
                        assertThat(result.succeeded()).as(result.describe()).isTrue();
                        assertThat(result.stdout()).as(code + " at " + width + " with " + threads + " threads").isEqualTo(expected);
                    }
                }
            }
        }
    }
}
