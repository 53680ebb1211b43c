package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * List comprehensions and generator expressions as LINQ, which evaluates element by element in Python's order:
 * {@code xs.Where(...).Select(...)} for one clause, a query expression for several; {@code .ToList()} for a list.
 * Comprehension variables are renamed where C# forbids a lambda parameter to reuse a name of its method.
 */
final class CsComprehensions {
    private final CsContext context;
    private final CsExpressions expressions;

    CsComprehensions(CsContext context, CsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    Code render(Expr.Comprehension comprehension) {
        List<Variable> bound = new ArrayList<>();
        for (Expr.Clause clause : comprehension.clauses()) {
            if (clause instanceof Expr.Clause.For loop) {
                IrWalk.storedVariables(loop.target(), bound::add);
            }
        }
        List<Variable> renamedHere = new ArrayList<>();
        for (Variable variable : bound) {
            String name = context.name(variable);
            if (context.methodNames.contains(name) || context.renamed.containsValue(name)) {
                context.renamed.put(variable, context.fresh(name));
                renamedHere.add(variable);
            }
        }
        List<String> added = bound.stream().map(context::name).filter(context.methodNames::add).toList();
        try {
            Code sequence = sequence(comprehension);
            return comprehension.lazy() ? sequence : Code.primary(sequence.atLeast(Code.PRIMARY) + ".ToList()");
        } finally {
            renamedHere.forEach(context.renamed::remove);
            added.forEach(context.methodNames::remove);
        }
    }

    private Code sequence(Expr.Comprehension comprehension) {
        List<Expr.Clause> clauses = comprehension.clauses();
        Expr.Clause.For first = (Expr.Clause.For) clauses.getFirst();
        boolean single = clauses.stream().filter(c -> c instanceof Expr.Clause.For).count() == 1;
        if (single && first.target() instanceof Target.Store store) {
            // i in range(a, b) with a non-negative start and step indexes directly inside the lambdas.
            boolean counter = first.iterable() instanceof Expr.RangeOf range && range.step() instanceof Expr.IntConst step
                    && step.value().signum() > 0 && CsExpressions.nonNegative(range.start(), context.nonNegative)
                    && context.nonNegative.add(store.variable());
            try {
                return methodChain(comprehension, first, store);
            } finally {
                if (counter) {
                    context.nonNegative.remove(store.variable());
                }
            }
        }
        StringBuilder query = new StringBuilder("(");
        for (Expr.Clause clause : clauses) {
            switch (clause) {
                case Expr.Clause.For loop -> query.append(from(loop));
                case Expr.Clause.If condition -> query.append("where ").append(expressions.truth(condition.condition())).append(' ');
            }
        }
        return Code.primary(query.append("select ").append(element(comprehension)).append(")").toString());
    }

    private Code methodChain(Expr.Comprehension comprehension, Expr.Clause.For first, Target.Store store) {
        List<Expr.Clause> clauses = comprehension.clauses();
        String parameter = context.name(store.variable());
        StringBuilder chain = new StringBuilder(expressions.calls().iterable(first.iterable()).atLeast(Code.PRIMARY));
        for (Expr.Clause clause : clauses.subList(1, clauses.size())) {
            chain.append(".Where(").append(parameter).append(" => ")
                    .append(expressions.truth(((Expr.Clause.If) clause).condition()).atLeast(Code.CONDITIONAL)).append(")");
        }
        boolean identity = comprehension.element() instanceof Expr.Load load && load.variable().equals(store.variable());
        if (!identity) {
            chain.append(".Select(").append(parameter).append(" => ").append(element(comprehension).atLeast(Code.CONDITIONAL)).append(")");
        }
        return Code.primary(chain.toString());
    }

    /** The element, typed so that LINQ infers the program's types (an int literal would make it int). */
    private Code element(Expr.Comprehension comprehension) {
        Expr element = comprehension.element();
        return expressions.expr(element);
    }

    private String from(Expr.Clause.For loop) {
        String source = expressions.calls().iterable(loop.iterable()).text();
        return switch (loop.target()) {
            case Target.Store store -> "from " + context.name(store.variable()) + " in " + source + " ";
            case Target.Unpack unpack -> {
                String item = context.fresh("item");
                context.methodNames.add(item);
                StringBuilder clause = new StringBuilder("from " + item + " in " + source + " ");
                lets(unpack, Type.elementOf(loop.iterable().type()), item, clause);
                yield clause.toString();
            }
            case Target.Element ignored -> throw refuse("a list element as a comprehension variable", loop.iterable().span());
        };
    }

    /** Element {@code i} of an unpacked value: {@code .Item1} of a tuple, {@code [0]} of a list. */
    static String part(String value, Type type, int i) {
        return type instanceof Type.TupleOf ? value + ".Item" + (i + 1) : value + "[" + i + "]";
    }

    private void lets(Target.Unpack unpack, Type type, String item, StringBuilder clause) {
        for (int i = 0; i < unpack.targets().size(); i++) {
            String part = part(item, type, i);
            Type partType = type instanceof Type.TupleOf tuple ? tuple.elements().get(i) : Type.elementOf(type);
            switch (unpack.targets().get(i)) {
                case Target.Store store -> clause.append("let ").append(context.name(store.variable())).append(" = ").append(part).append(' ');
                case Target.Unpack nested -> lets(nested, partType, part, clause);
                case Target.Element element -> throw refuse("a list element as a comprehension variable", element.index().span());
            }
        }
    }
}
