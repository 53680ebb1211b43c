package dev.codelive.codelive.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listener sees every value an expression takes and every binding, in evaluation order. */
class ListenerTest {
    private static final String SOURCE = """
            def scale(a, b=10):
                return a * b

            x = 1 + 2
            total = 0
            for i in range(3):
                total += scale(i)
            squares = [j * j for j in range(2)]
            p, q = "pq"
            print(total, squares, p, q)
            """;

    /** Records what it hears as text, so the expectations read like the snippet. */
    private static final class Recorder implements EvaluationListener {
        final List<String> values = new ArrayList<>();
        final List<String> bindings = new ArrayList<>();

        @Override
        public void value(Expr expression, PyObject value) {
            values.add(expression.span() + " " + Repr.repr(value));
        }

        @Override
        public void bound(Expr.Name target, PyObject value) {
            bindings.add(target.id() + "=" + Repr.repr(value));
        }

        @Override
        public void parameterBound(Stmt.FunctionDef function, Parameter parameter, PyObject value) {
            bindings.add(function.name() + "." + parameter.name() + "=" + Repr.repr(value));
        }
    }

    @Test
    void bindingsAreReportedInOrderWithTheirValues() {
        Recorder recorder = new Recorder();
        Evaluation evaluation = evaluate(recorder);
        assertThat(evaluation.stdout()).isEqualTo("30 [0, 1] p q\n");
        assertThat(recorder.bindings).containsExactly("x=3", "total=0",
                "i=0", "scale.a=0", "scale.b=10", "total=0",
                "i=1", "scale.a=1", "scale.b=10", "total=10",
                "i=2", "scale.a=2", "scale.b=10", "total=30",
                "j=0", "j=1", "squares=[0, 1]", "p='p'", "q='q'");
    }

    @Test
    void everyEvaluatedExpressionIsReportedAfterItsOperands() {
        Recorder recorder = new Recorder();
        evaluate(recorder);
        // x = 1 + 2 on line 4: the literals, then the sum.
        assertThat(recorder.values).containsSubsequence("4:5-4:6 1", "4:9-4:10 2", "4:5-4:10 3");
        // a * b inside scale, once per call, with its values.
        assertThat(recorder.values).containsSubsequence("2:12-2:17 0", "2:12-2:17 10", "2:12-2:17 20");
        // The comprehension's element, each time.
        assertThat(recorder.values).containsSubsequence("8:12-8:17 0", "8:12-8:17 1");
        // Function and builtin names are not values the runtime knows: not reported; their arguments are.
        assertThat(recorder.values).contains("7:20-7:21 0", "6:16-6:17 3")
                .noneMatch(entry -> entry.startsWith("7:14-7:19 ") || entry.startsWith("6:10-6:15 "));
    }

    @Test
    void listeningDoesNotChangeTheOutcome() {
        Module module = Evaluating.parse(SOURCE);
        Evaluation quiet = Evaluating.EVALUATOR.evaluate(module, Evaluating.BUDGET);
        Evaluation heard = Evaluating.EVALUATOR.evaluate(module, Evaluating.BUDGET, new Recorder());
        assertThat(heard).isEqualTo(quiet);
    }

    private static Evaluation evaluate(Recorder recorder) {
        return Evaluating.EVALUATOR.evaluate(Evaluating.parse(SOURCE), Evaluating.BUDGET, recorder);
    }
}
