package dev.codelive.codelive.backend.rust;

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

/** The parallel knob in Rust: which constructs run on scoped threads, and that they print CPython's output at any thread count. */
class RustParallelTest {
    /** Negative and computed steps, chunks without values, lists, strings read by workers, and two accumulators. */
    private static final String MIXED = """
            xs = [5, -3, 8, 1, 9, -7, 2]
            word = "abcab"
            print(min(x * 2 for x in xs), max(x % 4 for x in xs), min(i for i in range(10, -20, -3) if i % 2))
            print(any(x > 8 for x in xs), all(x > -8 for x in xs), any(i > 3 for i in range(3)), all(i < 0 for i in range(0)))
            print(sum(x for x in range(7, -50, -4)), sum(x > 0 for x in xs), [x - 1 for x in xs], [x for x in xs if x > 100])
            print(sum(xs[i] * i for i in range(len(xs))), [word.count(c) for c in ["a", "b", "z"]])
            def f(n, step):
                evens = 0
                odds = 0
                for k in range(n, 0, -step):
                    if k % 2 == 0:
                        evens += k
                    odds += k % 2
                return evens, odds
            print(f(11, 1), f(0, 2), f(2, 1), f(30, 4))
            """;

    private final RustBackend backend = new RustBackend();

    private static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(new PythonParser().parse(code), width);
    }

    private Generated render(String code, int threads, Program.IntWidth width) {
        return backend.generate(program(code, width), new Knobs(true, threads, false, Set.of(), SqlDialect.SQLITE));
    }

    @Test
    void rendersAReductionAsScopedThreadsWhosePartialsAreSummedInChunkOrder() {
        Generated generated = render(SUM, 4, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.source()).startsWith("use std::thread;").contains("const THREADS: usize = 4;", """
                    println!("{}", thread::scope(|scope| {
                        let workers: Vec<_> = range_chunks(0, 10_i64.pow(6), 1, THREADS).into_iter().map(|(low, high)| {
                            scope.spawn(move || (low..high).map(|i| i * i).sum::<i64>())
                        }).collect();
                        workers.into_iter().map(|worker| worker.join().unwrap()).sum::<i64>()
                    }));
                """, "fn range_chunks(start: i64, stop: i64, step: i64, parts: usize) -> Vec<(i64, i64)> {");
    }

    @Test
    void rendersAListComprehensionAsChunkListsConcatenatedInOrder() {
        assertThat(render(MAP, 8, Program.IntWidth.I64).source()).contains(
                "scope.spawn(move || (low..high).filter(|&i| i % 3 != 0).map(|i| i * 2).collect::<Vec<i64>>())",
                "workers.into_iter().flat_map(|worker| worker.join().unwrap()).collect::<Vec<i64>>()");
    }

    @Test
    void rendersAnAccumulatorLoopWithAPrivateAccumulatorPerWorker() {
        assertThat(render(LOOP, 3, Program.IntWidth.I64).source()).contains("""
                    thread::scope(|scope| {
                        let workers: Vec<_> = range_chunks(0, 1000, 1, THREADS).into_iter().map(|(low, high)| {
                            scope.spawn(move || {
                                let mut total: i64 = 0;
                                for i in low..high {
                                    total += i * i;
                                }
                                total
                            })
                        }).collect();
                        for worker in workers {
                            let partial_total = worker.join().unwrap();
                            total += partial_total;
                        }
                    });
                """);
    }

    @Test
    void rendersEveryQualifyingNodeOfTheMixedSnippetInParallel() {
        Generated generated = render(MIXED, 3, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.warnings()).isEmpty();
        assertThat(generated.source()).contains(".filter_map(|worker| worker.join().unwrap()).min().unwrap()", "let xs = &xs[..];",
                "chunk_len(", "let (partial_evens, partial_odds) = worker.join().unwrap();");
    }

    @Test
    void rendersTheSameSourceTwice() {
        assertThat(render(MIXED, 8, Program.IntWidth.I64).source()).isEqualTo(render(MIXED, 8, Program.IntWidth.I64).source());
    }

    @Test
    void nestedLoopsRunInsideTheWorkersOfTheOuterLoopWhichReadTheListsTheyBorrow() {
        Generated generated = render(NESTED, 3, Program.IntWidth.I64);
        assertThat(generated.fallback()).isEmpty();
        assertThat(generated.source()).contains("""
                    {
                        let xs = &xs[..];
                        thread::scope(|scope| {
                            let workers: Vec<_> = range_chunks(0, 30, 1, THREADS).into_iter().map(|(low, high)| {
                                scope.spawn(move || {
                                    let mut total: i64 = 0;
                                    let mut evens: i64 = 0;
                                    for i in low..high {
                                        for j in (1..=i).rev().step_by(4) {
                                            total += i * j;
                                        }
                                        for &x in xs {
                                            if (x + i).rem_euclid(2) == 0 {
                                                evens += x * i;
                                            }
                                        }
                                    }
                                    (total, evens)
                                })
                            }).collect();
                """).containsOnlyOnce("for i in low..high").doesNotContain("for j in low");
    }

    @Test
    void aLoopWhoseVariableOutlivesItStaysSequentialWithoutAReasonOfItsOwn() {
        // ParallelPlan rejects it, and the renderer reports the plan's reason alike for every backend.
        Generated generated = render("total = 0\nfor i in range(10):\n    total += i\nprint(total, i)\n", 4, Program.IntWidth.I64);
        assertThat(generated.source()).doesNotContain("thread::scope");
        assertThat(generated.fallback()).isEmpty();
    }

    @Test
    @RequiresPython3
    void printsWhatCPythonPrintsWithOneThreeAndEightThreads() {
        Toolchains.require(Target.RUST);
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            for (String code : List.of(SUM, MAP, LOOP, MIXED, NESTED)) {
                String expected = Python3.runCode(code, List.of()).stdout();
                for (Program.IntWidth width : List.of(Program.IntWidth.I64, Program.IntWidth.I128)) {
                    for (int threads : List.of(1, 3, 8)) {
                        String source = render(code, threads, width).source();
                        assertThat(source).contains("thread::scope");
                        RunResult result = runner.run(Target.RUST, source);
                        assertThat(result.succeeded()).as(result.describe() + "\n" + source).isTrue();
                        assertThat(result.compilation().diagnostics()).as("warnings of\n" + source).doesNotContain("warning");
                        assertThat(result.stdout()).as(code + " at " + width + " with " + threads + " threads").isEqualTo(expected);
                    }
                }
            }
        }
    }
}
