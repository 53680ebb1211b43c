package dev.codelive.codelive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.analysis.TypeProblem;
import dev.codelive.codelive.knobs.Knobs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where typing with floats would print what CPython does not, the reference run finds it and the render is refused. */
class FloatExactnessTest {
    private final Renderer renderer = CodeLive.renderer();

    @ParameterizedTest
    @ValueSource(strings = {"rust", "ts", "go", "csharp", "sql", "julia"})
    void aSumOfFloatsThatAddsNothingIsTheIntZeroSoItIsRefused(String backend) {
        assertThatThrownBy(() -> renderer.render(backend, "xs = [x * 1.5 for x in range(0)]\nprint(sum(xs))\n", Knobs.DEFAULTS))
                .isInstanceOf(TypeProblem.class)
                .hasMessageContaining("sum(values, 0.0)")
                .hasMessageEndingWith("at 2:7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rust", "go"})
    void anIntADoubleCannotHoldComparedWithAFloatIsRefused(String backend) {
        assertThatThrownBy(() -> renderer.render(backend, "n = 2 ** 53 + 1\nprint(n == 2.0 ** 53)\n", Knobs.DEFAULTS))
                .isInstanceOf(TypeProblem.class)
                .hasMessageContaining("compared with a float")
                .hasMessageEndingWith("at 2:7");
        assertThatThrownBy(() -> renderer.render(backend, "print(1.0 < 10 ** 400)", Knobs.DEFAULTS))
                .isInstanceOf(TypeProblem.class)
                .hasMessageEndingWith("at 1:13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rust", "ts", "go", "csharp"})
    void anIntPowerWithANegativeExponentIsAFloatSoItIsRefused(String backend) {
        assertThatThrownBy(() -> renderer.render(backend, "xs = [2 ** (1 - i) for i in range(3)]\nprint(xs)\n", Knobs.DEFAULTS))
                .isInstanceOf(TypeProblem.class)
                .hasMessageContaining("negative exponent")
                .hasMessageEndingWith("at 1:7");
        assertThat(renderer.render(backend, "print([2 ** (3 - i) for i in range(3)])", Knobs.DEFAULTS).source()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rust", "go"})
    void exactCasesRender(String backend) {
        assertThat(renderer.render(backend, "print(sum([x * 1.5 for x in range(0)], 0.0), sum([0.5, 1.5]))", Knobs.DEFAULTS).source()).isNotBlank();
        assertThat(renderer.render(backend, "print(2 ** 53 == 2.0 ** 53, 2 ** 60 < 1e300)", Knobs.DEFAULTS).source()).isNotBlank();
        // Wide ints that are never compared with floats are no concern of this check.
        assertThat(renderer.render(backend, "print(2 ** 53 + 1 == 2 ** 53)", Knobs.DEFAULTS).source()).isNotBlank();
    }
}
