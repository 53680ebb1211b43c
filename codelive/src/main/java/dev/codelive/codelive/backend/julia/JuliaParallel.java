package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Parallel reductions and list comprehensions: {@code pyparallel} applies the sequential code to contiguous chunks
 * of the iterable on Julia's threads and answers the chunks' results in order, which this then combines: sums
 * added left to right, chunk minima and maxima compared (a chunk may have none), any/all of the chunks' answers
 * (each chunk short-circuits on its own), lists concatenated.
 */
final class JuliaParallel {
    private final JuliaExpressions expressions;
    private final JuliaKnobs knobs;
    /** The chunk parameter of the per-chunk functions: a name no snippet name takes. */
    private final String chunk;

    JuliaParallel(JuliaExpressions expressions, JuliaKnobs knobs, String chunk) {
        this.expressions = expressions;
        this.knobs = knobs;
        this.chunk = chunk;
    }

    /** {@code sum}/{@code min}/{@code max}/{@code any}/{@code all} of a one-clause comprehension, in parallel. */
    Jl reduction(Expr.BuiltinCall call) {
        Expr.Comprehension comprehension = (Expr.Comprehension) call.arguments().getFirst();
        Expr.Comprehension perChunk = overChunk(comprehension, true);
        String type = expressions.types().julia(call.type(), call.span());
        return switch (call.builtin()) {
            case SUM -> Jl.call("foldl", Jl.atom("+"),
                    parts(expressions.write(new Expr.BuiltinCall(Builtin.SUM, List.of(perChunk), call.type(), call.span())), comprehension, type));
            case MIN, MAX -> {
                String pick = call.builtin() == Builtin.MIN ? "min" : "max";
                Jl extreme = Jl.atom(expressions.prelude().use(JuliaHelper.EXTREME, "pyextreme") + "(" + pick
                        + ", (" + expressions.comprehensionBody(perChunk) + "))");
                // a chunk without values answers nothing; the reference run proved some chunk has one
                yield Jl.call(pick + "imum", Jl.call("filter", Jl.atom("!isnothing"),
                        parts(extreme, comprehension, "Union{Nothing, " + type + "}")));
            }
            case ANY, ALL -> Jl.call(call.builtin().python(),
                    parts(expressions.write(new Expr.BuiltinCall(call.builtin(), List.of(perChunk), call.type(), call.span())), comprehension, type));
            default -> throw new IllegalStateException("not a parallel reduction: " + call.builtin());
        };
    }

    /** A one-clause list comprehension in parallel: each chunk builds its list, concatenated in chunk order. */
    Jl map(Expr.Comprehension comprehension) {
        Expr.Comprehension perChunk = overChunk(comprehension, false);
        return Jl.call("reduce", Jl.atom("vcat"),
                parts(expressions.write(perChunk), comprehension, expressions.types().julia(comprehension.type(), comprehension.span())));
    }

    /** {@code pyparallel(chunk -> perChunk, items, T, chunks)}: the chunks' results, in order. */
    private Jl parts(Jl perChunk, Expr.Comprehension comprehension, String type) {
        Expr.Clause.For clause = firstClause(comprehension);
        return Jl.atom(expressions.prelude().use(JuliaHelper.PARALLEL, "pyparallel") + "(" + chunk + " -> " + perChunk.text() + ", "
                + expressions.iterable(clause.iterable()).text() + ", " + type + ", " + knobs.chunks() + ")");
    }

    /** The same comprehension over the chunk parameter instead of its iterable. */
    private Expr.Comprehension overChunk(Expr.Comprehension comprehension, boolean lazy) {
        Expr.Clause.For clause = firstClause(comprehension);
        Expr part = new Expr.Load(new Variable(chunk, clause.iterable().type(), Variable.Scope.LOCAL), comprehension.span());
        List<Expr.Clause> clauses = new ArrayList<>(comprehension.clauses());
        clauses.set(clauses.indexOf(clause), new Expr.Clause.For(clause.target(), part));
        Type element = Type.elementOf(comprehension.type());
        return new Expr.Comprehension(comprehension.element(), clauses, lazy, lazy ? new Type.Iter(element) : new Type.ListOf(element),
                comprehension.span());
    }

    private static Expr.Clause.For firstClause(Expr.Comprehension comprehension) {
        return comprehension.clauses().stream().filter(clause -> clause instanceof Expr.Clause.For)
                .map(Expr.Clause.For.class::cast).findFirst().orElseThrow();
    }
}
