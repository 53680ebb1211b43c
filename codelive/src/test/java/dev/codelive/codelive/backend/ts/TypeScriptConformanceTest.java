package dev.codelive.codelive.backend.ts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.shared.BackendConformance;
import dev.codelive.codelive.backend.shared.ConformanceReport;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.testing.RequiresPython3;
import org.junit.jupiter.api.Test;

/**
 * Every corpus snippet rendered as TypeScript (at 64 bits where CPython's output allows, and at arbitrary
 * precision), compiled by strict tsc and run by node: stdout must be exactly CPython's. Refusals are listed.
 */
@RequiresPython3
class TypeScriptConformanceTest {
    @Test
    void everySnippetPrintsWhatCPythonPrints() {
        ConformanceReport report = BackendConformance.run(new TypeScriptBackend(), Target.TYPESCRIPT, Program.IntWidth.BIG);
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();
    }
}
