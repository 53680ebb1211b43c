package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * ParallelPlan's reductions, list comprehensions and accumulator loops on goroutines. A helper splits the range or
 * list into {@code threads} contiguous chunks and starts one goroutine per chunk; each runs the sequential code over
 * its chunk and leaves its partial result in its own slot of a slice, and once a {@code sync.WaitGroup} says all are
 * done the partials are combined in chunk order. A goroutine writes only its slot and its own locals, and the code
 * around it waits, so there is no data race and nothing to lock.
 */
final class GoParallel {
    /** The constant that holds the knob's thread count in the rendered program. */
    static final String THREADS = "threads";

    private final GoExpressions expressions;
    private final GoContext context;

    GoParallel(GoExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /** Whether ParallelPlan chose this reduction or comprehension, and it is not inside a goroutine's work already. */
    boolean wanted(Expr expression) {
        return context.plan != null && context.workers == 0 && context.plan.isParallel(expression);
    }

    /** Whether ParallelPlan chose this accumulator loop, and it is not inside a goroutine's work already. */
    boolean wanted(Stmt.For loop) {
        return context.plan != null && context.workers == 0 && context.plan.isParallel(loop);
    }

    /**
     * The call that runs a work function on every chunk and answers the partials in chunk order; {@code prelude}
     * computes, once and before it, what the work functions share.
     */
    private record Chunked(GoWriter prelude, GoExpr call) {}

    /** {@code sum}, {@code min}, {@code max}, {@code any} or {@code all} of a one-clause comprehension. */
    GoExpr reduction(Expr.BuiltinCall call) {
        Expr.Comprehension comprehension = (Expr.Comprehension) call.arguments().getFirst();
        Builtin builtin = call.builtin();
        Type element = Type.elementOf(comprehension.type());
        boolean extreme = builtin == Builtin.MIN || builtin == Builtin.MAX;
        String resultType = expressions.type(call.type());
        // A chunk may have no item (a filter, or fewer items than threads): its part of min or max is a list of one or none.
        String partType = extreme ? "[]" + resultType : resultType;
        Chunked chunked = chunked(first(comprehension).iterable(), partType, chunk -> {
            Expr.Comprehension own = overChunk(comprehension, chunk);
            GoWriter body = new GoWriter(0);
            if (builtin == Builtin.SUM) {
                sum(body, own);
            } else if (extreme) {
                String items = context.temporary("items");
                body.line(items + " := []" + expressions.type(element) + "{}");
                expressions.loops.fill(body, own, items);
                body.line("return " + context.helper(builtin == Builtin.MIN ? GoHelper.CHUNK_MIN : GoHelper.CHUNK_MAX) + "(" + items + ")");
            } else {
                returnValue(body, expressions.builtins.builtin(new Expr.BuiltinCall(builtin, List.of(own), call.type(), call.span())));
            }
            return body;
        });
        GoExpr parts = chunked.call();
        GoExpr combined = switch (builtin) {
            case SUM -> GoExpr.call(context.helper(sumHelper()), parts);
            case MIN -> GoExpr.call(context.helper(GoHelper.MIN_ITEM), concat(parts));
            case MAX -> GoExpr.call(context.helper(GoHelper.MAX_ITEM), concat(parts));
            case ANY -> GoExpr.call(context.helper(GoHelper.ANY_TRUE), parts);
            case ALL -> GoExpr.call(context.helper(GoHelper.ALL_TRUE), parts);
            default -> throw new IllegalStateException("ParallelPlan chose " + builtin.python() + " as a reduction");
        };
        return withPrelude(chunked.prelude(), resultType, combined);
    }

    /** A chunk's sum, added up as the items come: ints as they are, bools counted. */
    private void sum(GoWriter body, Expr.Comprehension chunk) {
        String total = context.temporary("total");
        boolean count = Type.elementOf(chunk.type()) instanceof Type.Bool;
        body.line(count || !expressions.big() ? "var " + total + " int64" : total + " := new(big.Int)");
        expressions.loops.clauses(body, chunk.clauses(), 0, inner -> {
            if (count) {
                inner.print("if ", expressions.render(chunk.element()), " {");
                inner.indentMore();
                inner.line(total + "++");
                inner.close("}");
            } else if (expressions.big()) {
                inner.print(total + " = ", expressions.bigOp("Add", GoExpr.atom(total), expressions.number(chunk.element(), Type.INT)), "");
            } else {
                inner.print(total + " += ", expressions.number(chunk.element(), Type.INT), "");
            }
        });
        body.line("return " + (count && expressions.big() ? "big.NewInt(" + total + ")" : total));
    }

    /** A list comprehension: each goroutine builds its chunk's list, and the lists are concatenated in chunk order. */
    GoExpr map(Expr.Comprehension comprehension) {
        String listType = expressions.type(comprehension.type());
        Chunked chunked = chunked(first(comprehension).iterable(), listType, chunk -> {
            GoWriter body = new GoWriter(0);
            returnValue(body, expressions.loops.materialize(overChunk(comprehension, chunk)));
            return body;
        });
        return withPrelude(chunked.prelude(), listType, concat(chunked.call()));
    }

    /**
     * An accumulator loop: each goroutine runs the loop over its chunk with its own accumulators from 0, which shadow
     * the shared ones, and the partials are added to the shared ones in chunk order. False, with nothing written, when
     * the loop stays sequential (the reason is recorded).
     *
     * @param sequential renders a loop sequentially
     */
    boolean loop(GoWriter out, Stmt.For loop, BiConsumer<GoWriter, Stmt.For> sequential) {
        // ParallelPlan proved the loop only adds pure ints to its accumulators; Go's own question is whether anyone reads them.
        List<Variable> accumulators = context.plan.accumulatorLoop(loop).orElseThrow().accumulators();
        List<String> totals = accumulators.stream().filter(context::isRead).map(variable -> context.binding(variable).name()).toList();
        if (totals.isEmpty()) {
            context.sequential.add("nothing reads what the loop adds up (at " + loop.span().start() + ")");
            return false;
        }
        String intType = expressions.type(Type.INT);
        String partType = totals.size() == 1 ? intType : "[]" + intType;
        Chunked chunked = chunked(loop.iterable(), partType, chunk -> {
            GoWriter body = new GoWriter(0);
            totals.forEach(total -> body.line(expressions.big() ? total + " := new(big.Int)" : "var " + total + " int64"));
            sequential.accept(body, new Stmt.For(loop.target(), chunk, loop.body(), loop.orElse(), loop.span()));
            body.line("return " + (totals.size() == 1 ? totals.getFirst() : partType + "{" + String.join(", ", totals) + "}"));
            return body;
        });
        chunked.prelude().lines().forEach(out::line);
        String part = context.temporary("part");
        out.print("for _, " + part + " := range ", chunked.call(), " {");
        out.indentMore();
        for (int i = 0; i < totals.size(); i++) {
            String total = totals.get(i);
            GoExpr value = totals.size() == 1 ? GoExpr.atom(part) : new GoExpr.Index(GoExpr.atom(part), GoExpr.atom(String.valueOf(i)));
            if (expressions.big()) {
                out.print(total + " = ", expressions.bigOp("Add", GoExpr.atom(total), value), "");
            } else {
                out.print(total + " += ", value, "");
            }
        }
        out.close("}");
        return true;
    }

    /**
     * The helper call that runs {@code work} on each chunk of {@code iterable} in its own goroutine. {@code work}
     * writes the body of the work function, given the chunk as an iterable (a range between the function's
     * parameters, or the list chunk it is passed); its result is a {@code partType}. The function's names are its
     * own: once it is written, the code after it may take them again.
     */
    private Chunked chunked(Expr iterable, String partType, Function<Expr, GoWriter> work) {
        context.parallelUsed = true;
        GoWriter prelude = new GoWriter(0);
        if (iterable instanceof Expr.RangeOf range) {
            // The helper's arguments are evaluated once, before any goroutine starts.
            GoExpr start = expressions.number(range.start(), Type.INT);
            GoExpr stop = expressions.number(range.stop(), Type.INT);
            Expr step = range.step();
            GoExpr stepCode = expressions.number(step, Type.INT);
            if (hasCalls(step)) {
                // Each chunk loops with the step: computed once, not once per goroutine.
                Variable shared = local(context.temporary("step"), Type.INT);
                prelude.print(shared.name() + " := ", expressions.typed(stepCode, Type.INT), "");
                step = new Expr.Load(shared, step.span());
                stepCode = GoExpr.atom(shared.name());
            }
            Set<String> outside = context.temporaries();
            Variable low = local(context.temporary("low"), Type.INT);
            Variable high = local(context.temporary("high"), Type.INT);
            GoWriter body = worker(work, new Expr.RangeOf(new Expr.Load(low, range.span()), new Expr.Load(high, range.span()), step, range.span()));
            String signature = "func(" + low.name() + ", " + high.name() + " " + expressions.type(Type.INT) + ") " + partType;
            GoHelper helper = expressions.big() ? GoHelper.BIG_RANGE_IN_PARALLEL : GoHelper.RANGE_IN_PARALLEL;
            context.releaseTemporaries(outside);
            return new Chunked(prelude, GoExpr.call(context.helper(helper), start, stop, stepCode, new GoExpr.Block(signature, body.lines(), false)));
        }
        if (!(iterable.type() instanceof Type.ListOf)) {
            throw new IllegalStateException("ParallelPlan chose an iterable that is neither a range nor a list: " + iterable.type().python());
        }
        GoExpr list = expressions.render(iterable);
        Set<String> outside = context.temporaries();
        Variable chunk = local(context.temporary("chunk"), iterable.type());
        GoWriter body = worker(work, new Expr.Load(chunk, iterable.span()));
        String signature = "func(" + chunk.name() + " " + expressions.type(iterable.type()) + ") " + partType;
        context.releaseTemporaries(outside);
        return new Chunked(prelude, GoExpr.call(context.helper(GoHelper.LIST_IN_PARALLEL), list, new GoExpr.Block(signature, body.lines(), false)));
    }

    /** A work function's body: whatever ParallelPlan chose inside it stays sequential (goroutines do not nest). */
    private GoWriter worker(Function<Expr, GoWriter> work, Expr chunk) {
        context.workers++;
        try {
            return work.apply(chunk);
        } finally {
            context.workers--;
        }
    }

    private GoExpr withPrelude(GoWriter prelude, String type, GoExpr value) {
        if (prelude.lines().isEmpty()) {
            return value;
        }
        GoWriter body = new GoWriter(0);
        prelude.lines().forEach(body::line);
        body.print("return ", value, "");
        return GoExpressions.block(type, body.lines());
    }

    /** {@code return value}; a function literal called at once becomes its own body. */
    private static void returnValue(GoWriter body, GoExpr value) {
        if (value instanceof GoExpr.Block block && block.called() && block.signature().startsWith("func() ")) {
            block.lines().forEach(body::line);
        } else {
            body.print("return ", value, "");
        }
    }

    private GoExpr concat(GoExpr lists) {
        return GoExpr.call(context.helper(GoHelper.CONCAT), new GoExpr.Spread(lists));
    }

    private GoHelper sumHelper() {
        return expressions.big() ? GoHelper.SUM_BIG : GoHelper.SUM_INTS;
    }

    /** A variable of the generated code, spelled as named. */
    private Variable local(String name, Type type) {
        Variable variable = new Variable(name, type, Variable.Scope.LOCAL);
        context.markRead(variable);
        return variable;
    }

    private static boolean hasCalls(Expr expression) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Call || inner instanceof Expr.BuiltinCall
                || inner instanceof Expr.MethodCall || inner instanceof Expr.MathCall || inner instanceof Expr.Comprehension);
        return found[0];
    }

    private static Expr.Clause.For first(Expr.Comprehension comprehension) {
        return (Expr.Clause.For) comprehension.clauses().getFirst();
    }

    /** The comprehension with its (only) for clause walking {@code chunk} instead. */
    private static Expr.Comprehension overChunk(Expr.Comprehension comprehension, Expr chunk) {
        List<Expr.Clause> clauses = new ArrayList<>(comprehension.clauses());
        clauses.set(0, new Expr.Clause.For(first(comprehension).target(), chunk));
        return new Expr.Comprehension(comprehension.element(), clauses, comprehension.lazy(), comprehension.type(), comprehension.span());
    }
}
