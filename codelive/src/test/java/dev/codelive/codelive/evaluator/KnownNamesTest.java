package dev.codelive.codelive.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name lists the evaluator refuses by are exactly CPython's. */
@RequiresPython3
class KnownNamesTest {

    @Test
    void builtinsAreCPythons() {
        assertThat(KnownNames.BUILTINS).isEqualTo(names("import builtins; print(*dir(builtins))"));
    }

    @Test
    void mathNamesAreCPythons() {
        assertThat(KnownNames.MATH)
                .isEqualTo(names("import math; print(*[n for n in dir(math) if not n.startswith('_')])"));
    }

    @Test
    void typingNamesAreCPythons() {
        assertThat(KnownNames.TYPING).isEqualTo(names("import typing; print(*typing.__all__)"));
    }

    private static Set<String> names(String script) {
        List<String> lines = Python3.run(script, List.of());
        return Set.of(lines.getFirst().split(" "));
    }
}
