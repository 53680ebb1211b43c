package dev.codelive.codelive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Variable;
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
            "total = 0\\nfor i in range(100):\\n    for j in range(i, 50, -3):\\n        total += i * j\\nprint(total)",
            "t = 0\\nfor a, b in [(1, 2), (3, 4)]:\\n    for x in [a, b]:\\n        t += x * a\\nprint(t)",
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
            "t = 0\\nfor i in range(10):\\n    for j in range(i):\\n        if j > 5:\\n            break\\n        t += j\\nprint(t) | the nested loop at 3:5 may break early, so the loop around it stays sequential",
            "t = 0\\nfor i in range(10):\\n    for j in range(i):\\n        t += j\\n    else:\\n        t += 1\\nprint(t) | the nested loop at 3:5 has an else clause",
            "t = 0\\nfor i in range(10):\\n    for c in 'abc':\\n        t += i\\nprint(t) | the nested loop at 3:5 is not over a range or a list",
            "t = 0\\nfor i in range(10):\\n    for j in range(3):\\n        t += t + j\\nprint(t) | the loop carries a dependency: t is read in the loop body",
            "t = 0\\nfor i in range(10):\\n    for j in range(3):\\n        print(j)\\n        t += j\\nprint(t) | the nested loop at 3:5 prints",
            "print(any(10 // (5 - i) > 1 for i in range(10))) | any() stops at the first element that decides it",
            "print(all(i * i < 50 for i in range(10))) | all() stops at the first element that decides it",
            "xs = [3, 0]\\nprint(any(x > 2 for x in xs if 6 % x == 0)) | any() stops at the first element that decides it",
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

    @Test
    void ofNestedAccumulatorLoopsTheOuterRunsInParallelAndTheInnerInsideItsWorkers() {
        Program program = analyze("""
                xs = [3, 1, 4]
                total = 0
                evens = 0
                for i in range(10):
                    for j in range(i):
                        total += i * j
                    for x in xs:
                        if x % 2 == 0:
                            evens += x + sum(k for k in range(x))
                print(total, evens)
                """);
        ParallelPlan plan = ParallelPlan.of(program);
        Stmt.For outer = (Stmt.For) program.main().get(3);
        Stmt.For inner = (Stmt.For) outer.body().getFirst();
        assertThat(plan.isParallel(outer)).isTrue();
        assertThat(plan.isParallel(inner)).isFalse();
        assertThat(plan.rejections()).as("nothing inside a parallel loop is a candidate, nor rejected").isEmpty();
        ParallelPlan.AccumulatorLoop loop = plan.accumulatorLoop(outer).orElseThrow();
        assertThat(loop.accumulators()).extracting(Variable::name).containsExactly("total", "evens");
        assertThat(loop.captured()).as("the loops' and the comprehension's own variables are the workers'")
                .extracting(Variable::name).containsExactly("xs");
        assertThat(plan.accumulatorLoop(inner)).isEmpty();
    }

    @Test
    void aLoopVariableThatOutlivesTheLoopKeepsItSequential() {
        String code = "total = 0\nfor i in range(10):\n    total += i\nprint(total, i)\n";
        ParallelPlan plan = plan(code);
        assertThat(plan.any()).isFalse();
        assertThat(plan.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.code()).isEqualTo("loop_variable_outlives");
            assertThat(rejection.reason()).isEqualTo("the loop variable i outlives the loop (Python keeps its last value), and workers"
                    + " cannot hand that value back, so it stays sequential");
            assertThat(rejection.span().start()).hasToString("2:1");
        });
        assertThat(plan.fallbackCode()).isEqualTo("loop_variable_outlives");
        assertThat(plan.fallbackReason()).endsWith("(at 2:1)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "t = 0\\nfor i in range(10):\\n    for j in range(3):\\n        t += i * j\\nprint(t, j) | the variable j of the nested loop at 3:5 outlives that loop",
            "t = 0\\nfor a, b in [(1, 2)]:\\n    t += a\\nprint(t, b) | the loop variable b outlives the loop",
            "i = 5\\nt = 0\\nfor i in range(10):\\n    t += i\\nprint(t) | the loop variable i outlives the loop",
            "t = 0\\nfor i in range(10):\\n    i += 1\\n    t += i\\nprint(t) | the loop variable i outlives the loop",
            "def f():\\n    return i * 2\\nt = 0\\nfor i in range(10):\\n    t += f()\\nprint(t) | the loop variable i is read by a function",
    })
    void aLoopVariableThatIsNotTheLoopsOwnKeepsItSequential(String code, String reason) {
        ParallelPlan plan = plan(code.replace("\\n", "\n"));
        assertThat(plan.any()).isFalse();
        assertThat(plan.rejections()).first().satisfies(rejection -> {
            assertThat(rejection.code()).isEqualTo("loop_variable_outlives");
            assertThat(rejection.reason()).startsWith(reason);
        });
    }

    @Test
    void anAccumulatorThatACalledFunctionReadsIsACarriedDependency() {
        ParallelPlan plan = plan("def g():\n    return t % 7\nt = 0\nfor i in range(10):\n    t += g() + i\nprint(t)\n");
        assertThat(plan.any()).isFalse();
        assertThat(plan.fallbackCode()).isEqualTo("carried_dependency");
        assertThat(plan.fallbackReason()).startsWith("the loop carries a dependency: t is read by the functions its body calls");
    }

    @Test
    void workThatRunsOncePerIterationOfASequentialLoopStaysSequential() {
        Program program = analyze("""
                x = 0
                while x < 100:
                    x += sum(i for i in range(x + 2))
                for k in range(3):
                    t = 0
                    for j in range(k * 10):
                        t += j
                    print(t, [j * k for j in range(4)])
                print(x, sum(i * i for i in range(5)))
                """);
        ParallelPlan plan = ParallelPlan.of(program);
        assertThat(plan.rejections()).extracting(ParallelPlan.Rejection::code)
                .containsExactly("inside_sequential_loop", "carried_dependency", "inside_sequential_loop", "inside_sequential_loop");
        assertThat(plan.rejections().getFirst().reason()).startsWith("sum() runs once per iteration of a loop that stays sequential");
        assertThat(plan.rejections().get(2).reason()).startsWith("the loop runs once per iteration");
        assertThat(plan.rejections().get(3).reason()).startsWith("the comprehension runs once per iteration");
        Expr last = ((Stmt.Print) program.main().getLast()).values().get(1);
        assertThat(plan.isParallel(last)).as("once, after the loops").isTrue();
    }
}
