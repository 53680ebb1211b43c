package dev.codelive.codelive.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.knobs.Optimization;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Render-time arithmetic must be Python's: every folded constant and closed form is checked against python3. */
@RequiresPython3
class OptimizerTest {
    private static final List<String> FOLDABLE = List.of("7 // -2", "-7 % 3", "7 % -3", "-7.5 // 2", "2 ** 100", "2 ** -2", "1 / 3",
            "0.1 + 0.2", "'ab' * 3", "True + True", "-(3 - 5)", "10 ** 18 + 1", "3 < 5 <= 5", "1 < 2 > 3", "not 0", "not 'x'",
            "'b' > 'a'", "(2 if 0 else 3) * 4", "1e308 * 10", "-0.0 * 1");
    private static final List<String> SERIES = List.of("sum(range(10))", "sum(range(5, 100, 7))", "sum(range(100, 5, -3))",
            "sum(range(0))", "sum(range(10, 0))", "sum(i * i for i in range(1000))", "sum(3 * i for i in range(-50, 50))",
            "sum(i ** 2 for i in range(10, 0, -2))", "sum(i * 5 for i in range(7, 8))", "sum(i for i in range(10 ** 6))");

    private static Program optimize(String code, Optimization... strategies) {
        Program program = new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.BIG);
        return new Optimizer().optimize(program, Set.of(strategies));
    }

    private static Expr printed(Program program) {
        return ((Stmt.Print) program.main().getLast()).values().getFirst();
    }

    private static List<String> pythonReprs(List<String> expressions) {
        StringBuilder script = new StringBuilder();
        expressions.forEach(e -> script.append("print(repr(").append(e).append("))\n"));
        return Python3.run(script.toString(), List.of());
    }

    private static String repr(Expr constant) {
        return switch (constant) {
            case Expr.IntConst c -> c.value().toString();
            case Expr.FloatConst c -> Repr.repr(dev.codelive.codelive.runtime.PyFloat.of(c.value()));
            case Expr.BoolConst c -> c.value() ? "True" : "False";
            case Expr.StrConst c -> Repr.repr(dev.codelive.codelive.runtime.PyStr.of(c.value()));
            default -> "not folded: " + constant;
        };
    }

    @Test
    void foldsConstantsExactlyAsPythonComputesThem() {
        List<String> actual = new ArrayList<>();
        for (String expression : FOLDABLE) {
            actual.add(repr(printed(optimize("print(" + expression + ")", Optimization.CONSTANT_FOLDING))));
        }
        assertThat(actual).isEqualTo(pythonReprs(FOLDABLE));
    }

    @Test
    void leavesWhatWouldRaiseToTheProgram() {
        assertThat(printed(optimize("print(1 // 0)", Optimization.CONSTANT_FOLDING))).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void leavesIntsWiderThanTheProgramsWidth() {
        Program program = new Analyzer().analyze(new PythonParser().parse("print(2 ** 70 // 2 ** 60)"), Program.IntWidth.I64);
        Expr folded = printed(new Optimizer().optimize(program, Set.of(Optimization.CONSTANT_FOLDING)));
        assertThat(folded).as("2 ** 70 stays computed; the quotient is not folded through it").isInstanceOf(Expr.Binary.class);
    }

    @Test
    void closedFormsOfArithmeticSeriesMatchPython() {
        List<String> actual = new ArrayList<>();
        for (String series : SERIES) {
            actual.add(repr(printed(optimize("print(" + series + ")", Optimization.CLOSED_FORMS))));
        }
        assertThat(actual).isEqualTo(pythonReprs(SERIES));
    }

    @Test
    void anAccumulatorLoopBecomesOneAddition() {
        Program program = optimize("total = 5\nfor i in range(3, 300, 4):\n    total += i * i\nprint(total)", Optimization.CLOSED_FORMS);
        assertThat(program.main()).hasSize(3);
        Stmt.AugAssign add = (Stmt.AugAssign) program.main().get(1);
        long expected = Long.parseLong(Python3.run("print(sum(i * i for i in range(3, 300, 4)))", List.of()).getFirst());
        assertThat(((Expr.IntConst) add.value()).value().longValueExact()).isEqualTo(expected);
    }

    @Test
    void aLoopWhoseVariableOutlivesItIsKept() {
        Program program = optimize("t = 0\nfor i in range(5):\n    t += i\nprint(t, i)", Optimization.CLOSED_FORMS);
        assertThat(program.main().get(1)).isInstanceOf(Stmt.For.class);
    }

    @Test
    void symbolicBoundsAreLeftAlone() {
        Program program = optimize("n = 10\nprint(sum(i for i in range(n)))", Optimization.CLOSED_FORMS, Optimization.CONSTANT_FOLDING);
        assertThat(printed(program)).isInstanceOf(Expr.BuiltinCall.class);
    }

    @Test
    void withNoStrategyTheProgramIsUnchanged() {
        String code = "print(2 ** 10, sum(range(10)))";
        assertThat(optimize(code)).isEqualTo(new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.BIG));
    }
}
