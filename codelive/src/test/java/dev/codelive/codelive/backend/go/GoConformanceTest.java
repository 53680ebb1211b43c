package dev.codelive.codelive.backend.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.shared.BackendConformance;
import dev.codelive.codelive.backend.shared.ConformanceReport;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.testing.RequiresPython3;
import org.junit.jupiter.api.Test;

/**
 * Every corpus snippet (the parser's valid examples and the conformance snippets) rendered as Go with int64 where
 * every int fits in 62 bits, and with math/big, built by {@code go build} and run: stdout must be exactly CPython's.
 */
@RequiresPython3
class GoConformanceTest {
    @Test
    void everySnippetPrintsWhatCPythonPrints() {
        ConformanceReport report = BackendConformance.run(new GoBackend(), Target.GO, Program.IntWidth.BIG);
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();
    }
}
