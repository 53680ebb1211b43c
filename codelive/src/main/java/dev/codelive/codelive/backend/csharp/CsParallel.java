package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsExpressions.call;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders ParallelPlan's reductions and list comprehensions in parallel: the prelude's {@code InParallel} splits the
 * range or list into {@code Threads} contiguous chunks and runs each on its own thread, each chunk running the
 * sequential code over its own elements and returning its partial result in its own array slot; the partials are
 * combined in chunk order afterwards. Nothing is shared between chunks, so there is nothing to lock.
 */
final class CsParallel {
    /** The constant that holds the knob's thread count in the rendered program. */
    static final String THREADS = "Threads";

    private final CsContext context;
    private final CsExpressions expressions;

    CsParallel(CsContext context, CsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** {@code sum}, {@code min}, {@code max}, {@code any} or {@code all} of a one-clause comprehension. */
    Code reduction(Expr.BuiltinCall call) {
        Expr.Comprehension comprehension = (Expr.Comprehension) call.arguments().getFirst();
        Expr source = ((Expr.Clause.For) comprehension.clauses().getFirst()).iterable();
        Builtin builtin = call.builtin();
        Code partials = chunks(source, chunk -> switch (builtin) {
            case MIN -> call(context.use("ChunkMin"), expressions.calls().iterable(comprehension));
            case MAX -> call(context.use("ChunkMax"), expressions.calls().iterable(comprehension));
            default -> expressions.calls().builtin(call, false);
        });
        return switch (builtin) {
            case SUM -> call(context.use("Sum"), partials, expressions.intLiteral(BigInteger.ZERO, context.big));
            case MIN -> call(context.use("Min"), call(context.use("Present"), partials));
            case MAX -> call(context.use("Max"), call(context.use("Present"), partials));
            default -> {
                String part = context.parameter("part");
                yield Code.primary(partials.atLeast(Code.PRIMARY) + (builtin == Builtin.ANY ? ".Any(" : ".All(") + part + " => " + part + ")");
            }
        };
    }

    /** A list comprehension: each chunk builds its own list; the lists are concatenated in chunk order. */
    Code map(Expr.Comprehension comprehension) {
        Expr source = ((Expr.Clause.For) comprehension.clauses().getFirst()).iterable();
        Code partials = chunks(source, chunk -> new CsComprehensions(context, expressions).render(comprehension));
        String part = context.parameter("part");
        return Code.primary(partials.atLeast(Code.PRIMARY) + ".SelectMany(" + part + " => " + part + ").ToList()");
    }

    /**
     * {@code Py.InParallel(<range or list>, Threads, chunk => work)}: the work is rendered while {@code source} stands
     * for the chunk's elements. The source is evaluated once, before the chunks start.
     */
    Code chunks(Expr source, Function<String, Code> work) {
        String chunk = context.parameter("chunk");
        context.methodNames.add(chunk);
        context.chunkOf.put(source, chunk);
        try {
            return call(context.use("InParallel"), arguments(source, Code.primary(chunk + " => " + work.apply(chunk).atLeast(Code.CONDITIONAL))));
        } finally {
            context.chunkOf.remove(source);
            context.methodNames.remove(chunk);
        }
    }

    /** The source's arguments for InParallel, then the thread count, then {@code last}. */
    Code[] arguments(Expr source, Code last) {
        context.parallelUsed = true;
        List<Code> arguments = new ArrayList<>();
        if (source instanceof Expr.RangeOf range) {
            arguments.addAll(List.of(expressions.intArguments(range.start(), range.stop(), range.step())));
        } else if (source.type() instanceof Type.ListOf) {
            arguments.add(expressions.expr(source));
        } else {
            throw new IllegalStateException("ParallelPlan chose a source that is neither a range nor a list: " + source.type().python());
        }
        arguments.add(Code.primary(THREADS));
        arguments.add(last);
        return arguments.toArray(Code[]::new);
    }
}
