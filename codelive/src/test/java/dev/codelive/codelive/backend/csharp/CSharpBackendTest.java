package dev.codelive.codelive.backend.csharp;

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

/** The C# backend's output shape, int types, knobs and refusals (what it prints is CSharpConformanceTest's job). */
class CSharpBackendTest {
    private final CSharpBackend backend = new CSharpBackend();

    private static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(new PythonParser().parse(code), width);
    }

    @Test
    void rendersTheSameSourceTwice() {
        Program program = program("def f(n):\n    return [i * i for i in range(n) if i % 2 == 0]\nprint(f(10), 7 / 2, 'a' * 3)\n",
                Program.IntWidth.I64);
        assertThat(backend.generate(program, Knobs.DEFAULTS).source()).isEqualTo(backend.generate(program, Knobs.DEFAULTS).source());
    }

    @Test
    void usesLongAt64BitsAndBigIntegerBeyond() {
        String code = "total = 0\nfor i in range(10):\n    total += i * i\nprint(total)\n";
        assertThat(backend.generate(program(code, Program.IntWidth.I64), Knobs.DEFAULTS).source())
                .contains("long total = 0;").contains("for (long i = 0; i < 10; i++)").doesNotContain("BigInteger");
        assertThat(backend.generate(program(code, Program.IntWidth.I128), Knobs.DEFAULTS).source())
                .contains("using System.Numerics;").contains("BigInteger total = 0;").contains("for (BigInteger i = 0; i < 10; i++)");
    }

    @Test
    void printsThroughTheInvariantCultureAndCopiesOnlyTheHelpersItUses() {
        String source = backend.generate(program("print(7 // 2, 2.5)\n", Program.IntWidth.I64), Knobs.DEFAULTS).source();
        assertThat(source).contains("CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;")
                .contains("public static long FloorDiv(long a, long b)").contains("public static string ReprFloat(double x)")
                .doesNotContain("public static long Mod(");
    }

    @Test
    void renamesComprehensionVariablesThatTheMethodAlreadyUses() {
        String source = backend.generate(program("x = 3\nys = [x * 2 for x in range(x)]\nprint(x, ys)\n", Program.IntWidth.I64),
                Knobs.DEFAULTS).source();
        assertThat(source).contains(".Select(x2 => x2 * 2)");
    }

    @Test
    void refusesWhatItCannotRenderExactly() {
        assertThatThrownBy(() -> backend.generate(program("import math\nprint(math.log2(10))\n", Program.IntWidth.I64), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class).hasMessageContaining("math.log2").hasMessageContaining("2:7");
        assertThatThrownBy(() -> backend.generate(program("print(123456789012345678901234567890)\n", Program.IntWidth.I64),
                Knobs.DEFAULTS)).isInstanceOf(BackendRefusal.class).hasMessageContaining("beyond 64 bits");
    }

    @Test
    void unsafeHasNoEffectAndSaysSoOnce() {
        Generated generated = backend.generate(program("xs = [1, 2]\nprint(xs[0] + xs[1])\n", Program.IntWidth.I64),
                new Knobs(false, 1, true, Set.of(), SqlDialect.SQLITE));
        assertThat(generated.warnings()).containsExactly("unsafe: no effect on csharp: bounds checks are part of the language");
        assertThat(generated.fallback()).isEmpty();
    }
}
