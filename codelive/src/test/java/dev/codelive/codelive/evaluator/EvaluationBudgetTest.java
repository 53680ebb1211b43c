package dev.codelive.codelive.evaluator;

import static dev.codelive.codelive.evaluator.Evaluating.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.runtime.EvaluationBudgetException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile snippets end with {@link EvaluationBudgetException} naming the budget they exhausted, promptly, while the
 * sizes real snippets use still evaluate.
 */
class EvaluationBudgetTest {
    private static final EvaluationBudget UNLIMITED_STEPS = EvaluationBudget.DEFAULTS.withMaxSteps(Long.MAX_VALUE)
            .withMaxTime(Duration.ofMillis(300));

    @Test
    void anInfiniteLoopRunsOutOfSteps() {
        assertThatThrownBy(() -> evaluate("while True:\n    pass\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: steps (more than 10000000)");
    }

    @Test
    void anInfiniteLoopStopsWithinItsTime() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> evaluate("n = 0\nwhile True:\n    n += 1\n", UNLIMITED_STEPS))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: time (more than 300 ms)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSingleEndlessRuntimeOperationIsInterruptedAtTheDeadline() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> evaluate("print(sum(range(10 ** 18)))\n", UNLIMITED_STEPS))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anInterruptedEvaluationLeavesTheNextOnesAlone() {
        for (int round = 0; round < 3; round++) {
            assertThatThrownBy(() -> evaluate("print(sum(range(10 ** 18)))\n", UNLIMITED_STEPS))
                    .isInstanceOf(EvaluationBudgetException.class);
            // The thread just interrupted runs the next evaluation: the interrupt must not carry over to it.
            assertThat(evaluate("print(sum(range(10 ** 5)))\n").stdout()).isEqualTo(99_999L * 100_000 / 2 + "\n");
        }
    }

    @Test
    void comparingHugeListsThatShareRowsIsInterrupted() {
        String source = """
                a = [[0] * 4000000] * 1000
                b = [[0] * 4000000] * 1000
                print(a == b)
                """;
        assertThatThrownBy(() -> evaluate(source, UNLIMITED_STEPS))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: time");
    }

    @Test
    void hugeOutputRunsOutOfOutputBudget() {
        assertThatThrownBy(() -> evaluate("while True:\n    print('x' * 1000)\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: output (more than 1048576 bytes)");
        assertThatThrownBy(() -> evaluate("print('é' * 600000)\n"))
                .as("counted in UTF-8 bytes").isInstanceOf(EvaluationBudgetException.class);
        assertThat(evaluate("print('x' * 1000000)\n").stdout()).hasSize(1_000_001);
    }

    @Test
    void hugeValuesAreRefusedByTheRuntimeLimits() {
        assertThatThrownBy(() -> evaluate("xs = [0] * 10 ** 9\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: ");
        assertThatThrownBy(() -> evaluate("xs = []\nwhile True:\n    xs.append(xs)\n", UNLIMITED_STEPS
                .withMaxTime(Duration.ofSeconds(10))))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageContaining("the list would have");
        assertThatThrownBy(() -> evaluate("print(2 ** 10 ** 9)\n")).isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> evaluate("s = 'x' * 3000000\nprint(len(f'{s}{s}'))\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: the f-string would have");
    }

    @Test
    void manyLargeValuesRunOutOfStepsBeforeMemory() {
        // Each list is within the runtime's size limit; together they would need gigabytes.
        assertThatThrownBy(() -> evaluate("rows = [[0] * 4000000 for _ in range(1000)]\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: steps (more than 10000000)");
        assertThatThrownBy(() -> evaluate("s = 'x' * 4000000\nparts = [s + str(i) for i in range(1000)]\n"))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: steps (more than 10000000)");
        assertThat(evaluate("rows = [[0] * 1000 for _ in range(1000)]\nprint(len(rows))\n").stdout())
                .isEqualTo("1000\n");
    }

    @Test
    void anAstronomicalReprIsRefusedBeforeItIsBuilt() {
        String source = """
                a = [0] * 1000
                b = [a] * 1000
                c = [b] * 1000
                print(len(str(c)))
                """;
        assertThatThrownBy(() -> evaluate(source))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageContaining("the repr would have more than");
    }

    @Test
    void deepRecursionIsAPythonRecursionErrorKeepingTheOutput() {
        Evaluation evaluation = evaluate("""
                def down(n):
                    return down(n + 1)

                print("before")
                down(0)
                """);
        assertThat(evaluation.stdout()).isEqualTo("before\n");
        assertThat(evaluation.error()).hasValueSatisfying(error -> {
            assertThat(error.type()).isEqualTo("RecursionError");
            assertThat(error.message()).startsWith("maximum recursion depth exceeded");
        });
    }

    @Test
    void theDeepestExpressionsAtTheRecursionLimitFitTheJavaStack() {
        // The parser allows an expression tree 256 high; put the recursive call at its bottom, 998 calls deep.
        String body = "f(n - 1)" + " + 1".repeat(250);
        Evaluation evaluation = evaluate("def f(n):\n    if n == 0:\n        return 0\n    return " + body
                + "\n\nprint(f(998))\nprint(f(999))\n");
        assertThat(evaluation.stdout()).isEqualTo(250 * 998 + "\n");
        assertThat(evaluation.error()).map(RaisedError::type).hasValue("RecursionError");
    }

    @Test
    void stepsAreCountedAndReported() {
        Evaluation small = evaluate("x = 1\n");
        Evaluation larger = evaluate("for i in range(100):\n    x = i\n");
        assertThat(small.steps()).as("a statement and an expression").isEqualTo(2);
        // The for statement, range(100) (a call, a name, a literal), then per iteration a statement and a name.
        assertThat(larger.steps()).isEqualTo(1 + 3 + 100 * 2);
        assertThatThrownBy(() -> evaluate("for i in range(100):\n    x = i\n",
                EvaluationBudget.DEFAULTS.withMaxSteps(100)))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessage("evaluation budget exceeded: steps (more than 100)");
    }

    @Test
    void budgetsMustBePositive() {
        assertThatThrownBy(() -> new EvaluationBudget(0, Duration.ofSeconds(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBudget(10, Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBudget(10, Duration.ofDays(365 * 1000), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBudget(10, Duration.ofSeconds(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
