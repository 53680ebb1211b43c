package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.CodeLivePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codelive.codelive.evaluator.Snippets.Snippet;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippet of the corpus prints exactly what CPython prints and ends with the same exception, or is one of the
 * listed refusals. A single-expression snippet is compared with CPython printing the expression's value unless it is
 * None, which is what Code Live's renderings do.
 */
@RequiresPython3
class EvaluatorCorpusTest {
    /**
     * Snippets the runtime refuses, with the refusal's message: listed here so that none is skipped silently, and so
     * that one the evaluator starts to accept is noticed.
     */
    /** The renderer's budget (the corpus has heavy loops), with time to spare on a loaded machine. */
    private static final EvaluationBudget CORPUS_BUDGET = CodeLivePolicy.bundled().evaluationBudget().withMaxTime(java.time.Duration.ofSeconds(60));
    private static final Map<String, String> REFUSED = Map.of(
            "syntax/valid/asserts.py", "not supported yet: the builtin name 'isinstance'",
            "syntax/valid/attribute_access.py", "not supported yet: the attribute int.real as a value");

    /** Evaluates the expression of a single-expression file and prints its value unless it is None. */
    private static final String PRINT_EXPRESSION = """
            import sys
            path = sys.argv[1]
            with open(path, encoding="utf-8") as source:
                value = eval(compile(source.read(), path, "eval"))
            if value is not None:
                print(value)
            """;


    @Test
    void theCorpusCoversEnough() {
        assertThat(Snippets.in("evaluator")).hasSizeGreaterThanOrEqualTo(80);
        assertThat(Snippets.in("syntax/valid")).isNotEmpty();
        List<String> names = Snippets.all().stream().map(Snippet::name).toList();
        assertThat(names).containsAll(REFUSED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> printsWhatCPythonPrints() {
        return Snippets.all().stream().map(snippet -> DynamicTest.dynamicTest(snippet.name(), () -> check(snippet)));
    }

    private static void check(Snippet snippet) {
        Module module = Evaluating.parse(snippet.source());
        String refusal = REFUSED.get(snippet.name());
        if (refusal != null) {
            NotSupportedException refused = catchThrowableOfType(NotSupportedException.class,
                    () -> Evaluating.EVALUATOR.evaluate(module, CORPUS_BUDGET));
            assertThat(refused).as("listed as refused").isNotNull();
            assertThat(refused.getMessage()).isEqualTo(refusal);
            return;
        }
        Evaluation evaluation = Evaluating.EVALUATOR.evaluate(module, CORPUS_BUDGET);
        Python3.Outcome expected = module.isSingleExpression()
                ? Python3.runCode(PRINT_EXPRESSION, List.of(snippet.path().toString()))
                : Python3.runScript(snippet.path(), List.of());
        assertThat(evaluation.stdout()).as("stdout").isEqualTo(expected.stdout());
        String expectedError = expected.exitCode() == 0 ? "" : CPythonErrors.normalise(expected.lastErrorLine());
        assertThat(evaluation.error().map(RaisedError::traceLine).orElse("")).as("uncaught exception")
                .isEqualTo(expectedError);
    }
}
