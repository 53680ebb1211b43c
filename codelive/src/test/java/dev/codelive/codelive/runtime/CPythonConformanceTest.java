package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.testing.RequiresPython3;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case of {@code corpus.txt} gives the same result (or the same exception) as CPython. */
@RequiresPython3
class CPythonConformanceTest {
    private static final List<Conformance.Case> CORPUS = Conformance.corpus("corpus.txt");

    @Test
    void theCorpusIsLargeAndIncludesRefusals() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(300);
        assertThat(CORPUS).anyMatch(Conformance.Case::refused);
    }

    @TestFactory
    Stream<DynamicTest> agreesWithCPython() {
        return Conformance.tests(CORPUS);
    }
}
