package dev.codelive.codelive.backend.ts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.PythonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The TypeScript backend's output shape, knobs and refusals (what it prints is TypeScriptConformanceTest's job). */
class TypeScriptBackendTest {
    private final TypeScriptBackend backend = new TypeScriptBackend();

    private static Program program(String code) {
        return new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.I64);
    }

    @Test
    void rendersTheSameSourceTwice() {
        Program program = program("def f(n):\n    return [i * i for i in range(n) if i % 2 == 0]\nprint(f(10), 7 / 2, 'a' * 3)\n");
        assertThat(backend.generate(program, Knobs.DEFAULTS).source()).isEqualTo(backend.generate(program, Knobs.DEFAULTS).source());
    }

    @Test
    void copiesOnlyTheHelpersItUses() {
        String source = backend.generate(program("print(1 + 2)\n"), Knobs.DEFAULTS).source();
        assertThat(source).isEqualTo("console.log(String(1n + 2n));\n");
        assertThat(backend.generate(program("print(7 // 2, 1.5)\n"), Knobs.DEFAULTS).source())
                .contains("function floorDiv(").contains("function reprFloat(").doesNotContain("function mod(");
    }

    @Test
    void renamesPythonNamesThatAreReservedInTypeScript() {
        String source = backend.generate(program("var = 1\nfunction = [var]\nrange_ = 2\nprint(var, function)\n"), Knobs.DEFAULTS).source();
        assertThat(source).contains("const var_: bigint = 1n;").contains("const function_: bigint[] = [var_];");
    }

    @Test
    void countsRangeLoopsWithBigintsAndIndexesDirectlyWhenTheIndexIsNonNegative() {
        String source = backend.generate(program("xs = [3, 1, 2]\nfor i in range(len(xs)):\n    print(xs[i], xs[-1])\n"),
                Knobs.DEFAULTS).source();
        assertThat(source).contains("for (let i = 0n, end = BigInt(xs.length); i < end; i++) {")
                .contains("xs[Number(i)]").contains("at(xs, -1n)");
    }

    @Test
    void refusesFloatPowersAndCharactersBeyondTheBmp() {
        assertThatThrownBy(() -> backend.generate(program("x = 1.5\nprint(x ** 2)\n"), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class).hasMessageContaining("float powers").hasMessageContaining("2:7");
        assertThatThrownBy(() -> backend.generate(program("print('\\U0001F600')\n"), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class).hasMessageContaining("beyond U+FFFF");
        assertThat(backend.generate(program("print(2 ** -2)\n"), Knobs.DEFAULTS).source()).contains("0.25");
    }

    @Test
    void parallelFallsBackToSequentialAndUnsafeHasNoEffect() {
        Generated generated = backend.generate(program("print(sum([1, 2]))\n"), new Knobs(true, 4, true, Set.of(), SqlDialect.SQLITE));
        assertThat(generated.warnings()).containsExactly("unsafe: no effect on the ts backend (JavaScript has no checks to drop)",
                "parallel: TypeScript runs this program on one thread; rendered sequentially");
        assertThat(generated.fallback()).hasValueSatisfying(fallback -> {
            assertThat(fallback.from()).isEqualTo("parallel");
            assertThat(fallback.code()).isEqualTo("single_threaded");
        });
        assertThat(generated.source()).doesNotContain("worker_threads");
    }
}
