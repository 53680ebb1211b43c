package dev.codelive.codelive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.syntax.PythonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelPlanTest {
    private static Program analyze(String code) {
        return new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.I64);
    }

    private static ParallelPlan plan(String code) {
        return ParallelPlan.of(analyze(code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "print(sum(i * i for i in range(10)))",
            "print(max(x % 7 for x in [5, 9, 13]))",
            "print(any(i > 5 for i in range(10) if i % 2))",
            "print([i * 2 for i in range(5) if i != 3])",
            "def sq(x):\\n    return x * x\\nprint(sum(sq(i) for i in range(9)))",
            "total = 0\\nfor i in range(100):\\n    if i % 3 == 0:\\n        total += i * i\\nprint(total)",
    })
    void independentWorkRunsInParallel(String code) {
        ParallelPlan plan = plan(code.replace("\\n", "\n"));
        assertThat(plan.any()).as(plan.rejections().toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "print(sum(i / 2 for i in range(10))) | floating-point sum depends on the order of the values",
            "a = 0\\nb = 1\\nfor i in range(10):\\n    a, b = b, a + b\\nprint(a) | the loop carries a dependency from one iteration to the next",
            "t = 0\\nfor i in range(10):\\n    t += t + i\\nprint(t) | the loop carries a dependency: t is read in the loop body",
            "xs = []\\nprint([xs.append(i) for i in range(3)]) | the comprehension's element has side effects",
            "t = 0\\nfor i in range(10):\\n    if i > 5:\\n        break\\n    t += i\\nprint(t) | the loop may break early",
            "for i in range(3):\\n    print(i) | the loop prints, and its output order matters",
            "print(sum(x * y for x in range(3) for y in range(3))) | a comprehension with several for clauses stays sequential",
    })
    void dependentWorkStaysSequentialWithItsReason(String code, String reason) {
        ParallelPlan plan = plan(code.replace("\\n", "\n"));
        assertThat(plan.rejections()).extracting(ParallelPlan.Rejection::reason).anyMatch(r -> r.startsWith(reason));
        assertThat(plan.fallbackReason()).contains(" (at ");
    }

    @Test
    void marksTheExactNodes() {
        Program program = analyze("total = 0\nfor i in range(10):\n    total += i\nprint(total, sum(j for j in range(4)))");
        ParallelPlan plan = ParallelPlan.of(program);
        assertThat(plan.isParallel((Stmt.For) program.main().get(1))).isTrue();
        Expr sum = ((Stmt.Print) program.main().get(2)).values().get(1);
        assertThat(plan.isParallel(sum)).isTrue();
    }

    @Test
    void aSnippetWithNothingToParallelizeSaysSo() {
        assertThat(plan("print(1 + 2)").fallbackReason()).startsWith("nothing in this snippet");
    }
}
