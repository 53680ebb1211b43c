package dev.codelive.codelive.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.syntax.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrWalkTest {
    private static List<Stmt> main(String code) {
        return new Analyzer().analyze(new PythonParser().parse(code), Program.IntWidth.I64).main();
    }

    private static List<String> loads(List<Expr> expressions) {
        return expressions.stream().filter(Expr.Load.class::isInstance).map(e -> ((Expr.Load) e).variable().name()).toList();
    }

    @Test
    void visitsExpressionsInEvaluationOrder() {
        List<Stmt> body = main("xs = [0, 0]\na = 1\nb = 0\nif a:\n    xs[b] = a\nelif b:\n    print(xs)\n");
        List<Expr> visited = new ArrayList<>();
        IrWalk.expressions(body, visited::add);
        // The value before the target's list and index; a branch's body before the next branch's condition.
        assertThat(loads(visited)).containsExactly("a", "a", "xs", "b", "b", "xs");
    }

    @Test
    void ownExpressionsFollowTheSourceText() {
        Stmt store = main("xs = [0]\ni = 0\nxs[i] = i + 1\n").get(2);
        assertThat(loads(IrWalk.ownExpressions(store))).containsExactly("xs", "i");
        assertThat(IrWalk.ownExpressions(store).getLast()).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void targetsIncludeThoseOfComprehensions() {
        List<Stmt> body = main("a, b = 1, 2\nys = [x * 2 for x in range(a)]\n");
        List<String> stored = new ArrayList<>();
        IrWalk.targets(body, target -> IrWalk.storedVariables(target, variable -> stored.add(variable.name())));
        // The unpacking, then its parts, then the list, then the comprehension's own variable.
        assertThat(stored).containsExactly("a", "b", "a", "b", "x", "ys");
    }

    @Test
    void childrenOfAnExpressionComeInEvaluationOrder() {
        Stmt print = main("a = 1\nb = 2\nprint(a if b else a + b)\n").get(2);
        Expr conditional = ((Stmt.Print) print).values().getFirst();
        assertThat(IrWalk.children(conditional)).extracting(Expr::getClass).containsExactly(Expr.Load.class, Expr.Load.class, Expr.Binary.class);
        assertThat(loads(IrWalk.children(conditional))).containsExactly("b", "a");
        assertThat(IrWalk.expressions(conditional).toList()).hasSize(6);
    }
}
