package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import java.util.List;
import java.util.Set;

/**
 * An accumulator loop ({@code for i in xs: total += f(i)}) in parallel: {@code Threads.@threads} over contiguous
 * chunks of the iterable, each chunk adding into private partial sums that start at 0 and are stored in its own
 * slot, then added to the accumulators in chunk order after all chunks are done. Ints only (ParallelPlan keeps
 * float sums sequential), so the result is exactly the sequential one, with any number of Julia threads.
 */
final class JuliaParallelLoop {
    private final JuliaExpressions expressions;
    private final SourceWriter out;
    private final JuliaStatements statements;
    private final Set<String> taken;

    JuliaParallelLoop(JuliaExpressions expressions, SourceWriter out, JuliaStatements statements, Set<String> taken) {
        this.expressions = expressions;
        this.out = out;
        this.statements = statements;
        this.taken = taken;
    }

    /** @param accumulators the variables the loop adds to, as ParallelPlan found them */
    void render(Stmt.For loop, List<Variable> accumulators) {
        int chunks = expressions.knobs().chunks();
        String items = name("items");
        String chunk = name("t");
        List<String> parts = accumulators.stream().map(accumulator -> name(JuliaNames.of(accumulator.name()) + "_parts")).toList();
        List<String> partials = accumulators.stream().map(accumulator -> name(JuliaNames.of(accumulator.name()) + "_part")).toList();
        out.line("# parallel: " + chunks + " contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums");
        out.line(items + " = " + expressions.iterable(loop.iterable()).text());
        for (int i = 0; i < accumulators.size(); i++) {
            out.line(parts.get(i) + " = zeros(" + type(accumulators.get(i)) + ", " + chunks + ")");
        }
        out.line("Threads.@threads for " + chunk + " in 1:" + chunks);
        out.indent();
        for (int i = 0; i < accumulators.size(); i++) {
            out.line(partials.get(i) + "::" + type(accumulators.get(i)) + " = 0");
            expressions.alias(accumulators.get(i), partials.get(i));
        }
        out.line("for " + target(loop) + " in view(" + items + ", " + expressions.prelude().use(JuliaHelper.CHUNK, "pychunk")
                + "(length(" + items + "), " + chunks + ", " + chunk + "))");
        out.indent();
        expressions.enterLoop();
        statements.block(loop.body());
        expressions.exitLoop();
        out.dedent();
        out.line("end");
        for (int i = 0; i < accumulators.size(); i++) {
            out.line(parts.get(i) + "[" + chunk + "] = " + partials.get(i));
            expressions.unalias(accumulators.get(i));
        }
        out.dedent();
        out.line("end");
        out.line("for " + chunk + " in 1:" + chunks);
        out.indent();
        for (int i = 0; i < accumulators.size(); i++) {
            String accumulator = expressions.name(accumulators.get(i));
            out.line(accumulator + " += " + parts.get(i) + "[" + chunk + "]");
        }
        out.dedent();
        out.line("end");
    }

    /** The loop's target inside the chunk: always a new variable of the chunk's own loop. */
    private String target(Stmt.For loop) {
        return loop.target() instanceof Target.Store store ? JuliaNames.of(store.variable().name())
                : JuliaExpressions.target(loop.target(), loop.span());
    }

    private String type(Variable accumulator) {
        return expressions.types().julia(accumulator.type(), null);
    }

    /** {@code base} when no name of the program takes it, else a numbered variant. */
    private String name(String base) {
        return taken.add(base) ? base : statements.fresh(base);
    }
}
