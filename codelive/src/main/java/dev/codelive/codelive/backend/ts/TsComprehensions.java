package dev.codelive.codelive.backend.ts;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * List comprehensions and generator expressions: {@code xs.map(...)} / {@code filter} where that evaluates the same
 * things in the same order, otherwise an immediately invoked function with real loops (a generator function for a
 * generator expression, whose laziness {@code any} and {@code all} may rely on).
 */
final class TsComprehensions {
    private final TsContext context;
    private final TsExpressions expressions;

    TsComprehensions(TsContext context, TsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** @param eager the consumer reads every element, so a lazy comprehension may be built as an array */
    Code render(Expr.Comprehension comprehension, boolean eager) {
        if (!comprehension.lazy() || eager) {
            Optional<Code> simple = arrayMethods(comprehension);
            if (simple.isPresent()) {
                return simple.get();
            }
        }
        return comprehension.lazy() && !eager ? generator(comprehension) : loops(comprehension);
    }

    Code render(Expr.Comprehension comprehension) {
        return render(comprehension, false);
    }

    /**
     * {@code any(c for x in xs)} as {@code xs.some((x) => c)} (and {@code all} as {@code every}): the same tests in the
     * same order, stopping at the same element.
     */
    Optional<Code> someOrEvery(Expr.Comprehension comprehension, boolean all) {
        List<Expr.Clause> clauses = comprehension.clauses();
        if (clauses.isEmpty() || !(clauses.getFirst() instanceof Expr.Clause.For loop) || !(loop.iterable().type() instanceof Type.ListOf)
                || clauses.size() > 2 || clauses.size() == 2 && !(clauses.get(1) instanceof Expr.Clause.If)) {
            return Optional.empty();
        }
        String parameter = parameter(loop.target());
        Code test = expressions.truth(comprehension.element());
        if (clauses.size() == 2) {
            Code filter = expressions.truth(((Expr.Clause.If) clauses.get(1)).condition());
            test = all ? new Code("!" + filter.atLeast(Code.UNARY) + " || " + test.atLeast(Code.OR + 1), Code.OR)
                    : new Code(filter.atLeast(Code.AND) + " && " + test.atLeast(Code.AND + 1), Code.AND);
        }
        return Optional.of(Code.primary(expressions.expr(loop.iterable()).atLeast(Code.PRIMARY) + (all ? ".every((" : ".some((")
                + parameter + ") => " + test.atLeast(Code.CONDITIONAL) + ")"));
    }

    private Optional<Code> arrayMethods(Expr.Comprehension comprehension) {
        List<Expr.Clause> clauses = comprehension.clauses();
        if (!(clauses.getFirst() instanceof Expr.Clause.For loop) || clauses.size() > 2
                || clauses.size() == 2 && !(clauses.get(1) instanceof Expr.Clause.If)) {
            return Optional.empty();
        }
        Optional<Expr> filter = clauses.size() == 2 ? Optional.of(((Expr.Clause.If) clauses.get(1)).condition()) : Optional.empty();
        Expr element = comprehension.element();
        // map alone evaluates each element in turn as Python does; filter then map would run every test first.
        if (filter.isPresent() ? !Effects.pure(element) || !Effects.pure(filter.get()) || Effects.callsFunctions(element)
                || Effects.callsFunctions(filter.get()) : mutates(element)) {
            return Optional.empty();
        }
        String parameter = parameter(loop.target());
        boolean identity = loop.target() instanceof Target.Store store && element instanceof Expr.Load load
                && load.variable().equals(store.variable());
        Optional<dev.codelive.codelive.ir.Variable> counter = nonNegativeCounter(loop);
        boolean added = counter.map(context.nonNegative::add).orElse(false);
        try {
            return Optional.of(arrayCall(loop, filter, element, parameter, identity));
        } finally {
            if (added) {
                context.nonNegative.remove(counter.get());
            }
        }
    }

    /** The variable of {@code for i in range(a, b)} with a non-negative start and step: it indexes directly. */
    private Optional<dev.codelive.codelive.ir.Variable> nonNegativeCounter(Expr.Clause.For loop) {
        if (loop.target() instanceof Target.Store store && loop.iterable() instanceof Expr.RangeOf range
                && range.step() instanceof Expr.IntConst step && step.value().signum() > 0
                && TsLoops.nonNegative(range.start(), context.nonNegative)) {
            return Optional.of(store.variable());
        }
        return Optional.empty();
    }

    private Code arrayCall(Expr.Clause.For loop, Optional<Expr> filter, Expr element, String parameter, boolean identity) {
        Expr iterable = loop.iterable();
        String mapper = "(" + parameter + ") => " + expressions.typed(element).atLeast(Code.CONDITIONAL);
        boolean array = iterable.type() instanceof Type.ListOf;
        String source = array ? expressions.expr(iterable).atLeast(Code.PRIMARY) : "Array.from(" + expressions.expr(iterable) + ")";
        if (filter.isEmpty()) {
            if (identity) {
                return Code.primary(array ? "[..." + source + "]" : source);
            }
            return Code.primary(array ? source + ".map(" + mapper + ")" : "Array.from(" + expressions.expr(iterable) + ", " + mapper + ")");
        }
        String filtered = source + ".filter((" + parameter + ") => " + expressions.truth(filter.get()).atLeast(Code.CONDITIONAL) + ")";
        return Code.primary(identity ? filtered : filtered + ".map(" + mapper + ")");
    }

    /** Whether an element could change a list (calls that may, or list methods that do), so map would not see it. */
    private boolean mutates(Expr element) {
        return IrWalk.expressions(element).anyMatch(e -> Effects.mutates(e, context.listMutators));
    }

    private String parameter(Target target) {
        return new TsLoops(context, expressions).pattern(target, null);
    }

    private Code loops(Expr.Comprehension comprehension) {
        String result = context.fresh("result");
        SourceWriter out = new SourceWriter("    ");
        out.line("(() => {").indent();
        out.line("const " + result + ": " + TsTypes.of(new Type.ListOf(comprehension.element().type()), comprehension.span()) + " = [];");
        clauses(out, comprehension, 0, result + ".push(" + "%s" + ");");
        out.line("return " + result + ";");
        out.dedent().line("})()");
        return Code.primary(out.toString().stripTrailing());
    }

    private Code generator(Expr.Comprehension comprehension) {
        SourceWriter out = new SourceWriter("    ");
        out.line("(function* (): Generator<" + TsTypes.of(comprehension.element().type(), comprehension.span()) + "> {").indent();
        clauses(out, comprehension, 0, "yield %s;");
        out.dedent().line("})()");
        return Code.primary(out.toString().stripTrailing());
    }

    /** Writes clause {@code i} and those after it, then the statement that takes the element. */
    private void clauses(SourceWriter out, Expr.Comprehension comprehension, int i, String take) {
        if (i == comprehension.clauses().size()) {
            TsStatements.lines(out, take.formatted(expressions.typed(comprehension.element()).text()));
            return;
        }
        switch (comprehension.clauses().get(i)) {
            case Expr.Clause.For loop -> {
                TsLoops.Header header = new TsLoops(context, expressions).header(loop.target(), loop.iterable(), "const", Set.of(),
                        comprehension.span());
                boolean added = header.nonNegative().map(context.nonNegative::add).orElse(false);
                TsStatements.lines(out, header.text() + " {");
                out.indent();
                clauses(out, comprehension, i + 1, take);
                out.dedent().line("}");
                if (added) {
                    context.nonNegative.remove(header.nonNegative().get());
                }
            }
            case Expr.Clause.If condition -> {
                TsStatements.lines(out, "if (" + expressions.truth(condition.condition()) + ") {");
                out.indent();
                clauses(out, comprehension, i + 1, take);
                out.dedent().line("}");
            }
        }
    }
}
