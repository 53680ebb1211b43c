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

    @Test
    void knobsItCannotApplyAreWarnedAbout() {
        Generated generated = backend.generate(new Analyzer().analyze(new PythonParser().parse("print(1)"), Program.IntWidth.I64),
                new Knobs(true, 4, true, Set.of(), SqlDialect.SQLITE));
        assertThat(generated.warnings()).containsExactly("parallel: not yet rendered by julia; rendered sequentially",
                "unsafe: no effect on the julia backend (bounds checks are kept)");
        assertThat(generated.fallback()).isPresent();
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
