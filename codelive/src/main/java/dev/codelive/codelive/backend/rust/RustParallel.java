package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ParallelPlan's reductions and list comprehensions as {@code std::thread::scope}: the iteration space is split into
 * contiguous chunks, one scoped thread computes each chunk's private partial with the sequential code, and the
 * partials are joined and combined in chunk order. Workers only read borrowed data, so the borrow checker proves
 * there is no data race.
 */
final class RustParallel {
    static final String INDENT = "    ";
    private final RustContext context;
    private final RustExpressions expressions;

    RustParallel(RustExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /**
     * How the workers get their chunks: {@code prelude} lines run before the scope, {@code source} yields one chunk
     * descriptor per worker (bound by the closure {@code parameter}), and {@code iterable} is the worker's own
     * iterable in IR terms (its names are bound in the current scope until {@link #close()}).
     */
    record Chunks(List<String> prelude, String source, String parameter, Expr iterable) {}

    /** Whether ParallelPlan chose this expression and it is not inside another worker (threads do not nest). */
    boolean wanted(Expr expression) {
        return context.plan != null && context.workers == 0 && context.plan.isParallel(expression);
    }

    /**
     * Chunks of {@code iterable}, with the borrowed views of {@code captured} (the variables the workers read) in
     * the prelude; empty when a captured value cannot be lent to threads as a slice (it then stays sequential).
     */
    Optional<Chunks> chunks(Expr iterable, Set<Variable> captured) {
        List<String> prelude = new ArrayList<>();
        context.push();
        for (Variable variable : captured) {
            if (RustTypes.isCopy(variable.type()) || context.constants.containsKey(variable)) {
                continue;
            }
            RustContext.Binding binding = context.binding(variable);
            if (binding.shape() == Shape.SLICE || binding.shape() == Shape.REF) {
                continue;
            }
            String lend = switch (variable.type()) {
                case Type.ListOf ignored -> "&" + binding.name() + "[..]";
                case Type.Str ignored -> binding.name() + ".as_str()";
                default -> null;
            };
            if (lend == null) {
                context.sequential.add("the workers would read " + variable.name() + ", a " + variable.type().python()
                        + " that Rust cannot lend to threads as a slice");
                context.pop();
                return Optional.empty();
            }
            // Workers copy this borrow: each thread reads the same data, none owns it.
            prelude.add("let " + binding.name() + " = " + lend + ";");
            context.bind(variable, new RustContext.Binding(binding.name(), Shape.SLICE));
        }
        context.usesThreads = true;
        if (iterable instanceof Expr.RangeOf range) {
            return Optional.of(rangeChunks(range, prelude));
        }
        Rendered list = expressions.render(iterable);
        String items;
        if (iterable instanceof Expr.Load && list.shape() != Shape.VALUE) {
            items = list.at(Rendered.ATOM);
        } else {
            // A computed list lives outside the scope, so that the workers can borrow it.
            items = context.temporary("items");
            prelude.add("let " + items + ": " + context.types.of(iterable.type()) + " = " + expressions.owned(iterable) + ";");
        }
        context.use(RustHelper.CHUNK_LEN);
        String chunk = context.temporary("chunk");
        Variable variable = new Variable("chunk of " + items, iterable.type(), Variable.Scope.LOCAL);
        context.bind(variable, new RustContext.Binding(chunk, Shape.SLICE));
        String source = items + ".chunks(chunk_len(" + items + ".len(), THREADS))";
        return Optional.of(new Chunks(prelude, source, chunk, new Expr.Load(variable, iterable.span())));
    }

    private Chunks rangeChunks(Expr.RangeOf range, List<String> prelude) {
        context.use(RustHelper.RANGE_CHUNKS);
        Expr step = range.step();
        if (!(step instanceof Expr.IntConst)) {
            String name = context.temporary("step");
            prelude.add("let " + name + ": " + context.types.intType() + " = " + expressions.number(step, Type.INT).code() + ";");
            Variable variable = new Variable("step of a chunked range", Type.INT, Variable.Scope.LOCAL);
            context.bind(variable, new RustContext.Binding(name, Shape.PLACE));
            step = new Expr.Load(variable, step.span());
        }
        String low = context.temporary("low");
        String high = context.temporary("high");
        Variable lowVariable = new Variable("low of a chunk", Type.INT, Variable.Scope.LOCAL);
        Variable highVariable = new Variable("high of a chunk", Type.INT, Variable.Scope.LOCAL);
        context.bind(lowVariable, new RustContext.Binding(low, Shape.PLACE));
        context.bind(highVariable, new RustContext.Binding(high, Shape.PLACE));
        String source = "range_chunks(" + expressions.number(range.start(), Type.INT).code() + ", "
                + expressions.number(range.stop(), Type.INT).code() + ", " + expressions.number(step, Type.INT).code() + ", THREADS).into_iter()";
        return new Chunks(prelude, source, "(" + low + ", " + high + ")",
                new Expr.RangeOf(new Expr.Load(lowVariable, range.span()), new Expr.Load(highVariable, range.span()), step, range.span()));
    }

    /** Ends the chunks' bindings. */
    void close() {
        context.pop();
    }

    /** {@code sum}/{@code min}/{@code max}/{@code any}/{@code all} of a comprehension, or empty to stay sequential. */
    Optional<Rendered> reduction(Expr.BuiltinCall call) {
        Expr.Comprehension comprehension = (Expr.Comprehension) call.arguments().getFirst();
        Expr.Clause.For clause = (Expr.Clause.For) comprehension.clauses().getFirst();
        boolean extreme = call.builtin() == Builtin.MIN || call.builtin() == Builtin.MAX;
        if (extreme && !RustTypes.isOrd(call.type())) {
            return Optional.empty();
        }
        Optional<Chunks> found = chunks(clause.iterable(), captured(comprehension));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Chunks chunks = found.get();
        try {
            Expr.Comprehension chunk = overChunk(comprehension, chunks.iterable());
            String type = context.types.of(call.type());
            String worker;
            String combine;
            context.workers++;
            try {
                if (extreme) {
                    // A chunk may have no item that passes the filter: its partial is an Option.
                    String method = call.builtin() == Builtin.MIN ? "min" : "max";
                    worker = expressions.iteration.iterator(chunk) + "." + method + "()";
                    combine = "workers.into_iter().filter_map(|worker| worker.join().unwrap())." + method + "().unwrap()";
                } else {
                    worker = expressions.render(new Expr.BuiltinCall(call.builtin(), List.of(chunk), call.type(), call.span())).code();
                    combine = switch (call.builtin()) {
                        case SUM -> "workers.into_iter().map(|worker| worker.join().unwrap()).sum::<" + type + ">()";
                        case ANY -> "workers.into_iter().any(|worker| worker.join().unwrap())";
                        default -> "workers.into_iter().all(|worker| worker.join().unwrap())";
                    };
                }
            } finally {
                context.workers--;
            }
            return Optional.of(Rendered.atom(scope(chunks, worker, combine)));
        } finally {
            close();
        }
    }

    /** A list comprehension: each worker collects its chunk's items, and the chunks' lists are concatenated in order. */
    Optional<Rendered> map(Expr.Comprehension comprehension) {
        Expr.Clause.For clause = (Expr.Clause.For) comprehension.clauses().getFirst();
        Optional<Chunks> found = chunks(clause.iterable(), captured(comprehension));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Chunks chunks = found.get();
        try {
            String worker;
            context.workers++;
            try {
                worker = expressions.render(overChunk(comprehension, chunks.iterable())).code();
            } finally {
                context.workers--;
            }
            String combine = "workers.into_iter().flat_map(|worker| worker.join().unwrap()).collect::<" + context.types.of(comprehension.type()) + ">()";
            return Optional.of(Rendered.atom(scope(chunks, worker, combine)));
        } finally {
            close();
        }
    }

    private static Expr.Comprehension overChunk(Expr.Comprehension comprehension, Expr iterable) {
        List<Expr.Clause> clauses = new ArrayList<>(comprehension.clauses());
        clauses.set(0, new Expr.Clause.For(((Expr.Clause.For) clauses.getFirst()).target(), iterable));
        return new Expr.Comprehension(comprehension.element(), clauses, comprehension.lazy(), comprehension.type(), comprehension.span());
    }

    /** The scope that spawns one worker per chunk and combines their partials with {@code combine}. */
    private String scope(Chunks chunks, String worker, String combine) {
        List<String> lines = new ArrayList<>();
        lines.add("thread::scope(|scope| {");
        lines.add(INDENT + "let workers: Vec<_> = " + chunks.source() + ".map(|" + chunks.parameter() + "| {");
        String[] body = worker.split("\n", -1);
        lines.add(INDENT.repeat(2) + "scope.spawn(move || " + body[0] + (body.length == 1 ? ")" : ""));
        for (int i = 1; i < body.length; i++) {
            lines.add(INDENT.repeat(2) + body[i] + (i == body.length - 1 ? ")" : ""));
        }
        lines.add(INDENT + "}).collect();");
        lines.add(INDENT + combine);
        lines.add("})");
        return wrap(chunks.prelude(), lines);
    }

    /** The prelude and the scope in a block, or the scope alone. */
    static String wrap(List<String> prelude, List<String> scope) {
        if (prelude.isEmpty()) {
            return String.join("\n", scope);
        }
        List<String> lines = new ArrayList<>();
        lines.add("{");
        prelude.forEach(line -> lines.add(INDENT + line));
        scope.forEach(line -> lines.add(INDENT + line));
        lines.add("}");
        return String.join("\n", lines);
    }

    /** The variables a comprehension reads, other than its own loop variables. */
    static Set<Variable> captured(Expr.Comprehension comprehension) {
        Set<Variable> read = new LinkedHashSet<>();
        IrWalk.expressions(comprehension.element(), inner -> loaded(inner, read));
        for (Expr.Clause clause : comprehension.clauses()) {
            if (clause instanceof Expr.Clause.If condition) {
                IrWalk.expressions(condition.condition(), inner -> loaded(inner, read));
            }
        }
        // Its own loop variables, and those of comprehensions nested in it, are the workers' own.
        IrWalk.expressions(comprehension, inner -> boundBy(inner, read));
        return read;
    }

    private static void boundBy(Expr expression, Set<Variable> read) {
        if (expression instanceof Expr.Comprehension comprehension) {
            for (Expr.Clause clause : comprehension.clauses()) {
                if (clause instanceof Expr.Clause.For loop) {
                    read.removeAll(loop.target().variables());
                }
            }
        }
    }

    private static void loaded(Expr expression, Set<Variable> into) {
        if (expression instanceof Expr.Load load) {
            into.add(load.variable());
        }
    }
}
