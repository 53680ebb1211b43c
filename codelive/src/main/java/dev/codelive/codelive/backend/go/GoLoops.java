package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loops over Python's iterables in Go: counting loops for ranges, {@code range} clauses for lists and strings,
 * index loops for {@code zip} and {@code reversed}; and the function literals that build a comprehension's list.
 */
final class GoLoops {
    private final GoExpressions expressions;
    private final GoContext context;

    GoLoops(GoExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /**
     * Writes {@code for target in iterable: body}, binding the target's variables for the body. {@code body} writes
     * the statements inside, one level deeper.
     */
    void loop(GoWriter out, Target target, Expr iterable, Consumer<GoWriter> body) {
        context.push();
        try {
            switch (iterable) {
                case Expr.RangeOf range -> rangeLoop(out, target, range, body);
                case Expr.BuiltinCall call when call.builtin() == Builtin.ENUMERATE -> enumerateLoop(out, target, call, body);
                case Expr.BuiltinCall call when call.builtin() == Builtin.ZIP -> zipLoop(out, target, call, body);
                case Expr.BuiltinCall call when call.builtin() == Builtin.REVERSED -> {
                    GoExpr list = stable(out, call.arguments().getFirst());
                    String k = context.temporary("k");
                    out.print("for " + k + " := len(", list, ") - 1; " + k + " >= 0; " + k + "-- {");
                    out.indentMore();
                    store(out, target, new GoExpr.Index(list, GoExpr.atom(k)), Type.elementOf(call.arguments().getFirst().type()));
                    body.accept(out);
                    out.close("}");
                }
                default -> rangeClause(out, target, iterable, body);
            }
        } finally {
            context.pop();
        }
    }

    /** {@code for i, x := range xs}, the index made a Python int (from the start given). */
    private void enumerateLoop(GoWriter out, Target target, Expr.BuiltinCall call, Consumer<GoWriter> body) {
        GoExpr list = call.arguments().getFirst().type() instanceof Type.ListOf ? expressions.render(call.arguments().getFirst())
                : stable(out, call.arguments().getFirst());
        boolean pair = target instanceof Target.Unpack unpack && unpack.targets().size() == 2;
        String counter = pair ? counterName(((Target.Unpack) target).targets().get(0)) : context.temporary("k");
        String item = pair ? itemName(((Target.Unpack) target).targets().get(1), out) : context.temporary("item");
        out.print("for " + counter + ", " + item + " := range ", list, " {");
        out.indentMore();
        GoExpr position = GoExpr.call("int64", GoExpr.atom(counter));
        if (call.arguments().size() > 1) {
            position = GoExpr.binary(position, "+", expressions.toIndex(call.arguments().get(1)));
        }
        if (expressions.big()) {
            position = GoExpr.call("big.NewInt", position);
        }
        if (pair) {
            Target.Unpack unpack = (Target.Unpack) target;
            if (!counter.equals("_")) {
                store(out, unpack.targets().get(0), position, Type.INT);
            }
            unpackItem(out, unpack.targets().get(1), item, Type.elementOf(call.arguments().getFirst().type()));
        } else {
            Type.TupleOf tuple = (Type.TupleOf) Type.elementOf(call.type());
            store(out, target, new GoExpr.Composite(context.types.of(tuple), List.of(position, GoExpr.atom(item))), tuple);
        }
        body.accept(out);
        out.close("}");
    }

    /** {@code for _, x := range xs}, for lists, strings and anything materialised as a slice. */
    private void rangeClause(GoWriter out, Target target, Expr iterable, Consumer<GoWriter> body) {
        iterable = tupleAsList(iterable);
        GoExpr slice = switch (iterable.type()) {
            case Type.ListOf ignored -> expressions.render(iterable);
            case Type.Str ignored -> {
                context.importPackage("strings");
                yield GoExpr.call("strings.Split", expressions.render(iterable), GoExpr.atom("\"\""));
            }
            default -> materialize(iterable);
        };
        if (target instanceof Target.Store store && context.declares(store) && !context.isRead(store.variable())) {
            out.print("for range ", slice, " {");
        } else {
            String item = itemName(target, out);
            out.print("for _, " + item + " := range ", slice, " {");
            out.indentMore();
            unpackItem(out, target, item, Type.elementOf(iterable.type()));
            out.indentLess();
        }
        out.indentMore();
        body.accept(out);
        out.close("}");
    }

    /** The name a range clause binds: the target's own when it is a variable declared by the loop. */
    private String itemName(Target target, GoWriter out) {
        if (target instanceof Target.Store store && context.declares(store)) {
            String name = context.name(store.variable());
            context.bind(store.variable(), new GoContext.Binding(name, false));
            return context.isRead(store.variable()) ? name : "_";
        }
        return context.temporary("item");
    }

    private String counterName(Target target) {
        if (target instanceof Target.Store store && context.declares(store)) {
            String name = context.name(store.variable());
            context.bind(store.variable(), new GoContext.Binding(name, false));
            return context.isRead(store.variable()) ? name : "_";
        }
        return context.temporary("k");
    }

    /** After {@code for _, item := range}: stores the item into the target unless the clause bound it already. */
    private void unpackItem(GoWriter out, Target target, String item, Type itemType) {
        if (!(target instanceof Target.Store store && context.declares(store))) {
            store(out, target, GoExpr.atom(item), itemType);
        }
    }

    /**
     * Stores a value into a loop target: {@code x := v} for a variable the loop declares, {@code x = v} for one
     * declared before, and the parts of a tuple or list item one by one.
     */
    void store(GoWriter out, Target target, GoExpr value, Type itemType) {
        switch (target) {
            case Target.Store store -> {
                Variable variable = store.variable();
                if (!context.isRead(variable)) {
                    return;
                }
                if (context.declares(store)) {
                    String name = context.name(variable);
                    context.bind(variable, new GoContext.Binding(name, false));
                    out.print(name + " := ", value, "");
                } else {
                    out.print(context.binding(variable).name() + " = ", value, "");
                }
            }
            case Target.Unpack unpack -> {
                String whole = value instanceof GoExpr.Atom ? ((GoExpr.Atom) value).text() : null;
                if (whole == null) {
                    whole = context.temporary("item");
                    out.print(whole + " := ", value, "");
                }
                for (int i = 0; i < unpack.targets().size(); i++) {
                    boolean list = itemType instanceof Type.ListOf;
                    GoExpr part = list ? new GoExpr.Index(GoExpr.atom(whole), GoExpr.atom(String.valueOf(i))) : new GoExpr.Selector(GoExpr.atom(whole), "V" + i);
                    Type partType = itemType instanceof Type.ListOf listType ? listType.element()
                            : itemType instanceof Type.TupleOf tuple ? tuple.elements().get(i) : unpack.targets().get(i).type();
                    store(out, unpack.targets().get(i), part, partType);
                }
            }
            case Target.Element element -> throw GoContext.refuse("a list element as a loop variable", element.list().span());
        }
    }

    /** A counting loop for a range with a constant step; other steps iterate over the materialised range. */
    private void rangeLoop(GoWriter out, Target target, Expr.RangeOf range, Consumer<GoWriter> body) {
        if (!(range.step() instanceof Expr.IntConst stepConstant)) {
            if (expressions.big()) {
                throw GoContext.refuse("a range of arbitrary-precision ints whose step is not a constant", range.span());
            }
            rangeClause(out, target, range, body);
            return;
        }
        BigInteger step = stepConstant.value();
        if (expressions.big()) {
            bigRangeLoop(out, target, range, step, body);
            return;
        }
        String counter;
        boolean direct = target instanceof Target.Store store && context.declares(store);
        if (direct) {
            Variable variable = ((Target.Store) target).variable();
            counter = context.name(variable);
            if (counter.equals("_")) {
                counter = context.temporary("i");
            }
            context.bind(variable, new GoContext.Binding(counter, false));
        } else {
            counter = context.temporary("k");
        }
        GoExpr start = expressions.number(range.start(), Type.INT);
        if (range.start() instanceof Expr.IntConst || GoExpressions.untyped(start)) {
            start = GoExpr.call("int64", start);
        }
        GoExpr stop = expressions.number(range.stop(), Type.INT);
        String init = counter + " := " + GoExpressions.print(start);
        String limit = GoExpressions.print(stop);
        if (!stableStop(range.stop())) {
            String end = context.temporary("end");
            init = counter + ", " + end + " := " + GoPrinter.printNested(start, "") + ", " + GoPrinter.printNested(stop, "");
            limit = end;
        }
        String condition = counter + (step.signum() > 0 ? " < " : " > ") + limit;
        String post = step.abs().equals(BigInteger.ONE) ? counter + (step.signum() > 0 ? "++" : "--")
                : counter + (step.signum() > 0 ? " += " : " -= ") + step.abs();
        out.open("for " + init + "; " + condition + "; " + post + " {");
        if (!direct) {
            store(out, target, GoExpr.atom(counter), Type.INT);
        }
        body.accept(out);
        out.close("}");
    }

    /** A counting loop over arbitrary-precision ints: each step makes a new value, as Python's ints are immutable. */
    private void bigRangeLoop(GoWriter out, Target target, Expr.RangeOf range, BigInteger step, Consumer<GoWriter> body) {
        boolean direct = target instanceof Target.Store store && context.declares(store) && !context.name(store.variable()).equals("_");
        String counter = direct ? context.name(((Target.Store) target).variable()) : context.temporary("k");
        if (direct) {
            context.bind(((Target.Store) target).variable(), new GoContext.Binding(counter, false));
        }
        GoExpr start = expressions.number(range.start(), Type.INT);
        String limit = GoExpressions.print(expressions.number(range.stop(), Type.INT));
        String init = counter + " := " + GoExpressions.print(start);
        if (!stableStop(range.stop())) {
            String end = context.temporary("end");
            init = counter + ", " + end + " := " + GoPrinter.printNested(start, "") + ", " + limit;
            limit = end;
        }
        String condition = counter + ".Cmp(" + limit + ") " + (step.signum() > 0 ? "<" : ">") + " 0";
        String post = counter + " = new(big.Int).Add(" + counter + ", big.NewInt(" + step + "))";
        out.open("for " + init + "; " + condition + "; " + post + " {");
        if (!direct) {
            store(out, target, GoExpr.atom(counter), Type.INT);
        }
        body.accept(out);
        out.close("}");
    }

    /** A range's stop that the loop may re-evaluate: a constant, or a variable nothing in the loop stores. */
    private boolean stableStop(Expr stop) {
        return stop instanceof Expr.IntConst || stop instanceof Expr.Load load && !context.body().isReassigned(load.variable());
    }

    private void zipLoop(GoWriter out, Target target, Expr.BuiltinCall call, Consumer<GoWriter> body) {
        List<GoExpr> lists = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            lists.add(stable(out, argument));
        }
        String k = context.temporary("k");
        GoExpr condition = null;
        for (GoExpr list : lists) {
            GoExpr test = GoExpr.binary(GoExpr.atom(k), "<", GoExpr.call("len", list));
            condition = condition == null ? test : GoExpr.binary(condition, "&&", test);
        }
        out.print("for " + k + " := 0; ", condition, "; " + k + "++ {");
        out.indentMore();
        List<GoExpr> items = lists.stream().map(list -> (GoExpr) new GoExpr.Index(list, GoExpr.atom(k))).toList();
        if (target instanceof Target.Unpack unpack && unpack.targets().size() == items.size()) {
            for (int i = 0; i < items.size(); i++) {
                store(out, unpack.targets().get(i), items.get(i), Type.elementOf(call.arguments().get(i).type()));
            }
        } else {
            Type.TupleOf tuple = (Type.TupleOf) Type.elementOf(call.type());
            store(out, target, new GoExpr.Composite(context.types.of(tuple), items), tuple);
        }
        body.accept(out);
        out.close("}");
    }

    /** A list to index repeatedly: a variable as it is, anything else computed once into a variable first. */
    private GoExpr stable(GoWriter out, Expr iterable) {
        if (iterable instanceof Expr.Load) {
            return expressions.render(iterable);
        }
        GoExpr slice = iterable.type() instanceof Type.ListOf ? expressions.render(iterable) : materialize(iterable);
        String name = context.temporary("items");
        out.print(name + " := ", slice, "");
        return GoExpr.atom(name);
    }

    /**
     * A tuple literal iterated over ({@code for a in (7, -7)}) is walked as the slice of its elements; any other tuple
     * value is a Go struct, which has no range form, so it is refused.
     */
    private static Expr tupleAsList(Expr iterable) {
        if (!(iterable.type() instanceof Type.TupleOf)) {
            return iterable;
        }
        if (iterable instanceof Expr.TupleLiteral tuple) {
            return new Expr.ListLiteral(tuple.elements(), new Type.ListOf(Type.elementOf(tuple.type())), tuple.span());
        }
        throw GoContext.refuse("iterating over a tuple held in a variable", iterable.span());
    }

    // ---- materialised iterables -------------------------------------------------------------------------------------

    /** Any iterable as a Go slice of its elements: comprehensions, generators, ranges, enumerate, zip, reversed. */
    GoExpr materialize(Expr iterable) {
        iterable = tupleAsList(iterable);
        if ((iterable.type() instanceof Type.ListOf && !(iterable instanceof Expr.Comprehension)) || expressions.parallel.wanted(iterable)) {
            return expressions.render(iterable);
        }
        if (iterable.type() instanceof Type.Str) {
            context.importPackage("strings");
            return GoExpr.call("strings.Split", expressions.render(iterable), GoExpr.atom("\"\""));
        }
        if (iterable instanceof Expr.RangeOf range && !expressions.big()) {
            return GoExpr.call(context.helper(GoHelper.RANGE_LIST), expressions.number(range.start(), Type.INT),
                    expressions.number(range.stop(), Type.INT), expressions.number(range.step(), Type.INT));
        }
        Type element = Type.elementOf(iterable.type());
        String sliceType = "[]" + context.types.of(element);
        GoWriter body = new GoWriter(0);
        String result = context.temporary("result");
        body.line(result + " := " + sliceType + "{}");
        fill(body, iterable, result);
        body.line("return " + result);
        return new GoExpr.Block("func() " + sliceType, body.lines(), true);
    }

    /** Appends every element of the iterable to the slice variable {@code result}. */
    void fill(GoWriter out, Expr iterable, String result) {
        if (iterable instanceof Expr.Comprehension comprehension) {
            clauses(out, comprehension.clauses(), 0, inner -> inner.print(result + " = ", GoExpr.call("append", GoExpr.atom(result),
                    expressions.converted(comprehension.element(), Type.elementOf(comprehension.type()))), ""));
            return;
        }
        Type element = Type.elementOf(iterable.type());
        Variable item = new Variable(context.temporary("x"), element, Variable.Scope.LOCAL);
        context.push();
        context.markRead(item);
        try {
            loop(out, new Target.Store(item, true), iterable, inner -> inner.line(result + " = append(" + result + ", " + item.name() + ")"));
        } finally {
            context.pop();
        }
    }

    /** The nested loops and conditions of a comprehension, with {@code innermost} at the centre. */
    void clauses(GoWriter out, List<Expr.Clause> clauses, int from, Consumer<GoWriter> innermost) {
        if (from == clauses.size()) {
            innermost.accept(out);
            return;
        }
        switch (clauses.get(from)) {
            case Expr.Clause.For loop -> loop(out, loop.target(), loop.iterable(), inner -> clauses(inner, clauses, from + 1, innermost));
            case Expr.Clause.If condition -> {
                out.print("if ", expressions.truthy(condition.condition()), " {");
                out.indentMore();
                clauses(out, clauses, from + 1, innermost);
                out.close("}");
            }
        }
    }
}
