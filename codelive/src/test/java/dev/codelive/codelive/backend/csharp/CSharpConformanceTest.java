package dev.codelive.codelive.backend.csharp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.shared.BackendConformance;
import dev.codelive.codelive.backend.shared.ConformanceReport;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.testing.RequiresPython3;
import org.junit.jupiter.api.Test;

/**
 * Every corpus snippet rendered as C# (with long where CPython's output allows, and with BigInteger), compiled by
 * {@code mcs -langversion:7} and run by mono: stdout must be exactly CPython's. Refusals are listed.
 */
@RequiresPython3
class CSharpConformanceTest {
    @Test
    void everySnippetPrintsWhatCPythonPrints() {
        ConformanceReport report = BackendConformance.run(new CSharpBackend(), Target.CSHARP, Program.IntWidth.BIG);
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();
    }
}
