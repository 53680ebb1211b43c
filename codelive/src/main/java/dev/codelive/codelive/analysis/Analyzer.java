package dev.codelive.codelive.analysis;

import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.LimitExceeded;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.SourceProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Types a parsed snippet and lowers it to the IR every backend renders from. Stateless and thread-safe; each call
 * works on its own state.
 */
public final class Analyzer {
    /** Alone, typing gets the parse deadline's default; the renderer gives it what the parse left. */
    static final Duration DEFAULT_TIME = Duration.ofMillis(50);

    /**
     * @param intWidth how wide ints are, as the reference evaluation proved (see {@link Program.IntWidth})
     * @throws SourceProblem a {@link TypeProblem} or an {@link dev.codelive.codelive.syntax.UnsupportedConstruct}
     */
    public Program analyze(Module module, Program.IntWidth intWidth) {
        return analyze(module, intWidth, DEFAULT_TIME);
    }

    /**
     * As {@link #analyze(Module, Program.IntWidth)}, giving up with a {@link LimitExceeded} after {@code allowed}:
     * typing is linear for ordinary snippets, but a hostile one could make the constraint solving quadratic.
     */
    public Program analyze(Module module, Program.IntWidth intWidth, Duration allowed) {
        Names names = new Names();
        long millis = Math.max(1, allowed.toMillis());
        Inference inference = new Inference(names, new Constraints(System.nanoTime() + allowed.toNanos(), millis));
        inference.run(module);
        Lowering lowering = new Lowering(inference, names);
        List<Function> functions = new ArrayList<>();
        for (Inference.Signature signature : inference.functions().values()) {
            functions.add(lowering.function(signature));
        }
        Lowering.MainBody main = lowering.main(module.body());
        List<Stmt> statements = main.statements();
        if (module.isSingleExpression() && statements.getFirst() instanceof Stmt.Evaluate evaluate
                && !(evaluate.expression().type() instanceof Type.None)) {
            // A lone expression prints its value, as if the snippet were print(expression).
            var expression = evaluate.expression();
            statements = List.of(new Stmt.Print(List.of(expression), new dev.codelive.codelive.ir.Expr.StrConst(" ", expression.span()),
                    new dev.codelive.codelive.ir.Expr.StrConst("\n", expression.span()), expression.span()));
        }
        return new Program(functions, statements, main.globals(), main.hoisted(), List.copyOf(lowering.globalsReadByFunctions()), intWidth);
    }
}
