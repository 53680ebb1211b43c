package dev.codelive.codelive.backend.julia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.conformance.JuliaSyntax;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.PythonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The julia backend's knobs, refusals and translations that matter most (index bases, floor division, widths). */
class JuliaBackendTest {
    private final JuliaBackend backend = new JuliaBackend();

    private String render(String code, Program.IntWidth width) {
        String source = backend.generate(new Analyzer().analyze(new PythonParser().parse(code), width), Knobs.DEFAULTS).source();
        JuliaSyntax.assertWellFormed(source);
        return source;
    }

    private Generated generate(String code, Knobs knobs) {
        Generated generated = backend.generate(new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.I64), knobs);
        JuliaSyntax.assertWellFormed(generated.source());
        return generated;
    }

    private static Knobs parallel(int threads) {
        return new Knobs(true, threads, false, Set.of(), SqlDialect.SQLITE);
    }

    @Test
    void parallelSumAddsTheChunksSumsInChunkOrder() {
        Generated generated = generate("print(sum(i * i for i in range(10**6)))", parallel(3));
        assertThat(generated.source()).contains(
                "# Parallel parts use Julia's threads, set when starting it: julia -t 3 main.jl.",
                "pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)",
                "    Threads.@threads for t in 1:chunks\n        parts[t] = f(view(items, pychunk(length(items), chunks, t)))\n",
                "println(foldl(+, pyparallel(chunk -> sum(i * i for i in chunk; init = 0), 0:10 ^ 6 - 1, Int64, 3)))");
        assertThat(generated.warnings()).isEmpty();
        assertThat(generated.fallback()).isEmpty();
    }

    @Test
    void parallelComprehensionConcatenatesTheChunksListsInOrder() {
        assertThat(generate("print([i * 2 for i in range(100) if i % 3])", parallel(8)).source()).contains(
                "pyparallel(chunk -> Int64[i * 2 for i in chunk if mod(i, 3) != 0], 0:99, Vector{Int64}, 8)",
                "reduce(vcat, pyparallel(");
    }

    @Test
    void parallelAccumulatorLoopAddsPrivatePartialsInChunkOrder() {
        assertThat(generate("total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)", parallel(4)).source()).contains("""
                    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
                    items = 0:999
                    total_parts = zeros(Int64, 4)
                    Threads.@threads for t in 1:4
                        total_part::Int64 = 0
                        for i in view(items, pychunk(length(items), 4, t))
                            total_part = total_part + i * i
                        end
                        total_parts[t] = total_part
                    end
                    for t in 1:4
                        total += total_parts[t]
                    end
                """);
    }

    @Test
    void parallelMinMaxSkipChunksWithoutValuesAndAnyAllCombineTheChunksAnswers() {
        String source = generate("xs = [5, 3, 8, 1]\nprint(min(x for x in xs if x > 2), max(x * 2 for x in xs), any(x > 7 for x in xs), all(x for x in xs))",
                parallel(8)).source();
        assertThat(source).contains("minimum(filter(!isnothing, pyparallel(chunk -> pyextreme(min, (x for x in chunk if x > 2)), xs, Union{Nothing, Int64}, 8)))",
                "maximum(filter(!isnothing, pyparallel(chunk -> pyextreme(max, (x * 2 for x in chunk)), xs, Union{Nothing, Int64}, 8)))",
                "any(pyparallel(chunk -> any(x > 7 for x in chunk), xs, Bool, 8))",
                "all(pyparallel(chunk -> all(!!(x != 0) for x in chunk), xs, Bool, 8))");
    }

    @Test
    void nestedLoopsRunInsideTheChunksOfTheOuterLoop() {
        String source = generate("""
                xs = [4, -2, 7]
                total = 0
                for i in range(30):
                    for j in range(i, 0, -4):
                        total += i * j
                    for x in xs:
                        if (x + i) % 2 == 0:
                            total += x
                print(total)
                """, parallel(3)).source();
        assertThat(source).contains("""
                    Threads.@threads for t in 1:3
                        total_part::Int64 = 0
                        for i in view(items, pychunk(length(items), 3, t))
                            for j in i:-4:1
                                total_part = total_part + i * j
                            end
                            for x in xs
                                if mod(x + i, 2) == 0
                                    total_part = total_part + x
                                end
                            end
                        end
                        total_parts[t] = total_part
                    end
                """).containsOnlyOnce("Threads.@threads");
    }

    @Test
    void aLoopVariableThatOutlivesTheLoopKeepsItSequentialWithoutAReasonOfItsOwn() {
        // ParallelPlan rejects it, and the renderer reports the plan's reason alike for every backend.
        Generated generated = generate("t = 0\nfor i in range(10, 0, -3):\n    t += i\nprint(t, i)", parallel(2));
        assertThat(generated.source()).doesNotContain("Threads.@threads").contains("for outer i in 10:-3:1");
        assertThat(generated.fallback()).isEmpty();
    }

    @Test
    void unsafeDropsBoundsChecksOnlyInsideLoopsAndNamesEachOne() {
        Generated generated = generate("xs = [3, 1, 2]\nprint(xs[0])\nfor i in range(len(xs)):\n    print(xs[i])\nprint([xs[j] * 2 for j in range(3)])",
                new Knobs(false, 4, true, Set.of(), SqlDialect.SQLITE));
        assertThat(generated.source()).contains("println(xs[1])", "println(@inbounds(xs[i + 1]))", "@inbounds(xs[j + 1]) * 2 for j in 0:2");
        assertThat(generated.warnings()).containsExactly("unsafe: no bounds check on xs[i] at 4:11", "unsafe: no bounds check on xs[j] at 5:8");
        assertThat(generate("print(1)", new Knobs(false, 4, true, Set.of(), SqlDialect.SQLITE)).warnings())
                .containsExactly("unsafe: no list is indexed inside a loop here, so no bounds check was dropped");
    }

    @Test
    void indexesMoveToOneBasedAndNegativeOnesCountFromTheEnd() {
        String source = render("xs = [3, 1, 2]\nfor i in range(len(xs)):\n    print(xs[i], xs[-1], xs[-2])\nj = len(xs) - 4\nprint(xs[j])",
                Program.IntWidth.I64);
        assertThat(source).contains("println(xs[i + 1], \" \", xs[end], \" \", xs[end - 1])", "xs[pyindex(length(xs), j)]",
                "pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1");
    }

    @Test
    void floorDivisionAndModuloFloorAsPythonDoes() {
        assertThat(render("a = -7\nprint(a // 2, a % 2, 7.5 // 2)", Program.IntWidth.I64))
                .contains("println(fld(a, 2), \" \", mod(a, 2), \" \", pyfloat(pyfloordiv(7.5, 2.0)))");
    }

    @Test
    void literalsOnlyArithmeticIsWidenedInWidePrograms() {
        assertThat(render("print(2 ** 100 % 7)", Program.IntWidth.BIG)).contains("println(mod(big(2) ^ 100, 7))");
        assertThat(render("print(3 ** 70)", Program.IntWidth.I128)).contains("println(Int128(3) ^ 70)");
        assertThat(render("n = 5\nprint(n * 3)", Program.IntWidth.I128)).contains("n::Int128 = 5", "println(n * 3)");
    }

    @Test
    void refusesWhatItCannotRenderExactlyWithThePosition() {
        assertThatThrownBy(() -> render("x = 'é'\nprint(f'{x!a}')", Program.IntWidth.I64))
                .isInstanceOf(BackendRefusal.class).hasMessage("the julia backend cannot render: the !a conversion at 2:10");
    }
}
