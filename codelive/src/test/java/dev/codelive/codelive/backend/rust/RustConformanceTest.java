package dev.codelive.codelive.backend.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.shared.BackendConformance;
import dev.codelive.codelive.backend.shared.ConformanceReport;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.testing.RequiresPython3;
import org.junit.jupiter.api.Test;

/**
 * Every corpus snippet (the parser's valid examples and the conformance snippets) rendered as Rust with i64 where
 * every int fits in 62 bits, and with i128, compiled by {@code rustc -O --edition 2021} and run: stdout must be
 * exactly CPython's. Snippets needing more than 128 bits are refused and listed.
 */
@RequiresPython3
class RustConformanceTest {
    @Test
    void everySnippetPrintsWhatCPythonPrints() {
        ConformanceReport report = BackendConformance.run(new RustBackend(), Target.RUST, Program.IntWidth.I128);
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();
    }
}
