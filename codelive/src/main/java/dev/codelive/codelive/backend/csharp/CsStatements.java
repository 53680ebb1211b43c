package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;

import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.support.Assignments;
import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders IR statements and functions as C#, one method body at a time. */
final class CsStatements {
    static final Span NOWHERE_SPAN = new Span(1, 1, 1, 1);

    /** A worker hands its partial sums back as one tuple, read as Item1…Item7: the accumulators one loop may have. */
    private static final int MAX_PARTIALS = 7;

    private final CsContext context;
    private final CsExpressions expressions;
    private final SourceWriter out;
    /** For each enclosing loop, the flag its breaks clear when it has an else part. */
    private final Deque<Optional<String>> loopFlags = new ArrayDeque<>();
    /** Module-level variables that live in static fields: assigning them declares nothing. */
    private final Set<Variable> fields;

    CsStatements(CsContext context, CsExpressions expressions, SourceWriter out, Set<Variable> fields) {
        this.context = context;
        this.expressions = expressions;
        this.out = out;
        this.fields = fields;
    }

    static void lines(SourceWriter out, String code) {
        for (String line : code.split("\n", -1)) {
            out.line(line);
        }
    }

    private static Span span(List<Stmt> body) {
        return body.isEmpty() ? NOWHERE_SPAN : body.getFirst().span();
    }

    void function(Function function) {
        context.methodNames.clear();
        function.parameters().forEach(p -> context.methodNames.add(context.name(p)));
        function.locals().forEach(v -> context.methodNames.add(context.name(v)));
        Span where = span(function.body());
        String parameters = function.parameters().stream().map(p -> expressions.types.of(p.type(), where) + " " + context.name(p))
                .collect(Collectors.joining(", "));
        String returns = function.returnType() instanceof Type.None ? "void" : expressions.types.of(function.returnType(), where);
        out.line("static " + returns + " " + context.names.of(function.name()) + "(" + parameters + ")");
        out.line("{").indent();
        for (Variable local : function.hoisted()) {
            out.line(expressions.types.local(local.type(), where) + " " + context.name(local) + " = " + expressions.types.zero(local.type(), where) + ";");
        }
        block(function.body());
        if (!(function.returnType() instanceof Type.None) && !alwaysReturns(function.body())) {
            // Python would return None here; the typed IR says no run gets here, C# wants it said.
            out.line("throw new InvalidOperationException(\"" + function.name() + " ended without returning a value\");");
        }
        out.dedent().line("}");
    }

    void main(List<Stmt> body, List<Variable> hoisted) {
        context.methodNames.clear();
        context.program.globals().forEach(v -> context.methodNames.add(context.name(v)));
        Span where = span(body);
        for (Variable global : hoisted) {
            if (!fields.contains(global)) {
                out.line(expressions.types.local(global.type(), where) + " " + context.name(global) + " = "
                        + expressions.types.zero(global.type(), where) + ";");
            }
        }
        block(body);
    }

    private static boolean alwaysReturns(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        return switch (body.getLast()) {
            case Stmt.Return ignored -> true;
            case Stmt.If conditional -> !conditional.orElse().isEmpty() && alwaysReturns(conditional.orElse())
                    && conditional.branches().stream().allMatch(branch -> alwaysReturns(branch.body()));
            default -> false;
        };
    }

    void block(List<Stmt> body) {
        body.forEach(this::statement);
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Evaluate evaluate -> evaluate(evaluate);
            case Stmt.Print print -> print(print);
            case Stmt.Assign assign -> assign(assign.target(), assign.value(), assign.span());
            case Stmt.AugAssign assign -> augmented(assign);
            case Stmt.If conditional -> {
                for (int i = 0; i < conditional.branches().size(); i++) {
                    Stmt.If.Branch branch = conditional.branches().get(i);
                    lines(out, (i == 0 ? "if (" : "else if (") + expressions.truth(branch.condition()) + ")");
                    out.line("{").indent();
                    block(branch.body());
                    out.dedent().line("}");
                }
                if (!conditional.orElse().isEmpty()) {
                    out.line("else");
                    out.line("{").indent();
                    block(conditional.orElse());
                    out.dedent().line("}");
                }
            }
            case Stmt.While loop -> withElse(loop.orElse(), flag -> {
                lines(out, "while (" + expressions.truth(loop.condition()) + ")");
                loopBody(flag, loop.body(), List.of(), Optional.empty());
            });
            case Stmt.For loop -> {
                Optional<List<Variable>> accumulators = context.parallel(loop).map(ParallelPlan.AccumulatorLoop::accumulators);
                if (accumulators.isPresent() && accumulators.get().size() <= MAX_PARTIALS) {
                    parallelLoop(loop, accumulators.get());
                } else {
                    if (accumulators.isPresent()) {
                        context.sequentialReasons.add("more than " + MAX_PARTIALS + " accumulators stay sequential (at " + loop.span().start() + ")");
                    }
                    withElse(loop.orElse(), flag -> forLoop(loop, flag));
                }
            }
            case Stmt.Break ignored -> {
                if (!loopFlags.isEmpty() && loopFlags.peek().isPresent()) {
                    out.line(loopFlags.peek().get() + " = false;");
                }
                out.line("break;");
            }
            case Stmt.Continue ignored -> out.line("continue;");
            case Stmt.Return ret -> {
                if (ret.value().isEmpty() || ret.value().get() instanceof Expr.NoneConst) {
                    out.line("return;");
                } else if (ret.value().get().type() instanceof Type.None) {
                    lines(out, expressions.expr(ret.value().get()) + ";");
                    out.line("return;");
                } else {
                    lines(out, "return " + expressions.typed(ret.value().get()) + ";");
                }
            }
            case Stmt.Assert check -> {
                String message = check.message().map(m -> " + \": \" + " + expressions.text().str(m).atLeast(Code.ADDITIVE + 1)).orElse("");
                lines(out, "if (!" + expressions.truth(check.condition()).atLeast(Code.UNARY) + ")");
                out.line("{").indent();
                lines(out, "throw new Exception(\"AssertionError\"" + message + ");");
                out.dedent().line("}");
            }
        }
    }

    private void evaluate(Stmt.Evaluate evaluate) {
        Expr expression = evaluate.expression();
        if (expression instanceof Expr.StrConst docstring) {
            docstring.value().strip().lines().forEach(line -> out.line(("// " + line).stripTrailing()));
            return;
        }
        if (Effects.pure(expression) && !Effects.callsFunctions(expression)) {
            return;
        }
        if (expression instanceof Expr.Call || expression instanceof Expr.MethodCall) {
            lines(out, expressions.expr(expression) + ";");
        } else {
            lines(out, "var " + context.fresh("ignored") + " = " + expressions.expr(expression) + ";");
        }
    }

    private void print(Stmt.Print print) {
        if (Effects.printNeedsSnapshot(print.values())) {
            List<Expr> snapshot = new ArrayList<>();
            for (Expr value : print.values()) {
                if (value instanceof Expr.StrConst) {
                    snapshot.add(value);
                    continue;
                }
                Variable argument = new Variable(context.fresh("shown"), value.type(), Variable.Scope.LOCAL);
                lines(out, expressions.types.local(value.type(), print.span()) + " " + argument.name() + " = " + expressions.typed(value) + ";");
                snapshot.add(new Expr.Load(argument, value.span()));
            }
            print = new Stmt.Print(snapshot, print.sep(), print.end(), print.span());
        }
        boolean constantSeparators = print.sep() instanceof Expr.StrConst && print.end() instanceof Expr.StrConst;
        if (!constantSeparators) {
            String values = print.values().stream().map(v -> expressions.text().str(v).text()).collect(Collectors.joining(", "));
            lines(out, "Console.Write(string.Join(" + expressions.expr(print.sep()) + ", new string[] { " + values + " }) + "
                    + expressions.expr(print.end()).atLeast(Code.ADDITIVE + 1) + ");");
            return;
        }
        String sep = ((Expr.StrConst) print.sep()).value();
        String end = ((Expr.StrConst) print.end()).value();
        boolean newline = end.equals("\n");
        StringBuilder template = new StringBuilder();
        List<Expr> values = print.values();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                template.append(CsText.interpolatedText(sep, print.span()));
            }
            Expr value = values.get(i);
            template.append(value instanceof Expr.StrConst constant ? CsText.interpolatedText(constant.value(), print.span())
                    : expressions.text().hole(value));
        }
        if (!newline) {
            template.append(CsText.interpolatedText(end, print.span()));
        }
        String text;
        if (values.size() == 1 && newline && values.getFirst().type() instanceof Type.Int) {
            // WriteLine(long) writes the digits (the culture is invariant).
            text = expressions.integer(values.getFirst(), true).text();
        } else if (values.size() == 1 && newline && !(values.getFirst() instanceof Expr.StrConst)) {
            text = expressions.text().str(values.getFirst()).text();
        } else if (values.stream().allMatch(v -> v instanceof Expr.StrConst)) {
            String literal = template.toString().replace("{{", "{").replace("}}", "}");
            text = literal.isEmpty() ? "" : "\"" + literal + "\"";
        } else {
            text = "$\"" + template + "\"";
        }
        if (text.isEmpty() && !newline) {
            return;
        }
        lines(out, (newline ? "Console.WriteLine(" : "Console.Write(") + text + ");");
    }

    private void assign(Target target, Expr value, Span where) {
        switch (target) {
            case Target.Store store -> {
                String name = context.name(store.variable());
                if (store.declares() && !fields.contains(store.variable())) {
                    lines(out, expressions.types.local(store.variable().type(), where) + " " + name + " = " + expressions.typed(value) + ";");
                } else {
                    lines(out, name + " = " + expressions.typed(value) + ";");
                }
            }
            case Target.Element element -> {
                Optional<String> lvalue = expressions.elementLvalue(element);
                if (lvalue.isPresent()) {
                    lines(out, lvalue.get() + " = " + expressions.typed(value) + ";");
                } else {
                    lines(out, context.use("SetAt") + "(" + expressions.expr(element.list()) + ", " + expressions.asLong(element.index()) + ", "
                            + expressions.typed(value) + ");");
                }
            }
            case Target.Unpack unpack -> unpack(unpack, value, where);
        }
    }

    private void unpack(Target.Unpack unpack, Expr value, Span where) {
        int arity = unpack.targets().size();
        boolean simple = arity >= 2 && arity <= 7 && value.type() instanceof Type.TupleOf && unpack.targets().stream()
                .allMatch(t -> t instanceof Target.Store store && store.declares() && !fields.contains(store.variable()));
        if (simple) {
            String names = unpack.targets().stream().map(t -> context.name(((Target.Store) t).variable())).collect(Collectors.joining(", "));
            lines(out, "var (" + names + ") = " + expressions.expr(value) + ";");
            return;
        }
        // Python evaluates the whole value first, then stores left to right.
        String temporary = context.fresh("values");
        lines(out, "var " + temporary + " = " + expressions.expr(value) + ";");
        Variable holder = new Variable(temporary, value.type(), Variable.Scope.LOCAL);
        for (int i = 0; i < arity; i++) {
            Expr element = new Expr.Index(new Expr.Load(holder, where), new Expr.IntConst(BigInteger.valueOf(i), where),
                    unpack.targets().get(i).type(), where);
            assign(unpack.targets().get(i), element, where);
        }
    }

    private void augmented(Stmt.AugAssign assign) {
        Target target = assign.target();
        BinaryOperator operator = assign.operator();
        Expr value = assign.value();
        Type type = target.type();
        if (type instanceof Type.ListOf) {
            if (operator != BinaryOperator.ADD) {
                throw refuse("the in-place operator " + operator.symbol() + "= on a list", assign.span());
            }
            Expr list = switch (target) {
                case Target.Store store -> new Expr.Load(store.variable(), assign.span());
                case Target.Element element -> new Expr.Index(element.list(), element.index(), type, assign.span());
                case Target.Unpack ignored -> throw refuse("augmented assignment to a tuple", assign.span());
            };
            lines(out, context.use("Extend") + "(" + expressions.expr(list) + ", " + expressions.calls().iterable(value) + ");");
            return;
        }
        Optional<String> compound = compound(type, operator, value);
        switch (target) {
            case Target.Store store -> {
                String name = context.name(store.variable());
                if (compound.isPresent()) {
                    lines(out, name + " " + compound.get() + ";");
                } else {
                    Expr.Binary binary = new Expr.Binary(new Expr.Load(store.variable(), assign.span()), operator, value, type, assign.span());
                    lines(out, name + " = " + expressions.expr(binary) + ";");
                }
            }
            case Target.Element element -> {
                Optional<String> lvalue = expressions.elementLvalue(element);
                if (lvalue.isPresent() && compound.isPresent()) {
                    lines(out, lvalue.get() + " " + compound.get() + ";");
                    return;
                }
                if (!Effects.pure(element.list()) || !Effects.pure(element.index())) {
                    throw refuse("an augmented assignment to an element whose list or index has side effects", assign.span());
                }
                Expr current = new Expr.Index(element.list(), element.index(), type, assign.span());
                assign(element, new Expr.Binary(current, operator, value, type, assign.span()), assign.span());
            }
            case Target.Unpack ignored -> throw refuse("augmented assignment to a tuple", assign.span());
        }
    }

    /** {@code += value} and the like, when C#'s compound operator means Python's for these types. */
    private Optional<String> compound(Type type, BinaryOperator operator, Expr value) {
        if (type instanceof Type.Int && (value.type() instanceof Type.Int || value.type() instanceof Type.Bool)) {
            return switch (operator) {
                case ADD -> Optional.of("+= " + expressions.integer(value, true));
                case SUBTRACT -> Optional.of("-= " + expressions.integer(value, true));
                case MULTIPLY -> Optional.of("*= " + expressions.integer(value, true));
                default -> Optional.empty();
            };
        }
        if (type instanceof Type.Float && value.type().isNumeric()) {
            return switch (operator) {
                case ADD -> Optional.of("+= " + expressions.number(value));
                case SUBTRACT -> Optional.of("-= " + expressions.number(value));
                case MULTIPLY -> Optional.of("*= " + expressions.number(value));
                case DIVIDE -> Optional.of("/= " + expressions.number(value));
                default -> Optional.empty();
            };
        }
        if (type instanceof Type.Str && value.type() instanceof Type.Str && operator == BinaryOperator.ADD) {
            return Optional.of("+= " + expressions.expr(value));
        }
        return Optional.empty();
    }

    /**
     * {@code for i in <range|list>: acc += f(i)} as chunks that each sum into private copies of the accumulators
     * ({@code totalPart}), returned from the chunk and added to the real accumulators in chunk order.
     */
    private void parallelLoop(Stmt.For loop, List<Variable> accumulators) {
        String intType = context.intType();
        String chunk = context.parameter("chunk");
        List<String> parts = new ArrayList<>();
        for (Variable accumulator : accumulators) {
            String part = context.fresh(context.name(accumulator) + "Part");
            parts.add(part);
            context.methodNames.add(part);
        }
        String partials = context.fresh("partials");
        Code[] arguments = expressions.parallel.arguments(loop.iterable(), Code.primary(chunk + " =>"));
        lines(out, "var " + partials + " = " + context.use("InParallel") + "("
                + java.util.Arrays.stream(arguments).map(Code::text).collect(Collectors.joining(", ")));
        out.line("{").indent();
        for (int i = 0; i < accumulators.size(); i++) {
            out.line(intType + " " + parts.get(i) + " = 0;");
            context.renamed.put(accumulators.get(i), parts.get(i));
        }
        // The worker runs the sequential loop (nested loops included) over its chunk, which stands for the iterable.
        Expr items = new Expr.Load(new Variable(chunk, new Type.ListOf(Type.elementOf(loop.iterable().type())), Variable.Scope.LOCAL),
                loop.iterable().span());
        context.chunkOf.put(items, chunk);
        try {
            forLoop(new Stmt.For(loop.target(), items, loop.body(), List.of(), loop.span()), Optional.empty());
        } finally {
            context.chunkOf.remove(items);
            accumulators.forEach(context.renamed::remove);
        }
        out.line("return " + (parts.size() == 1 ? parts.getFirst() : "(" + String.join(", ", parts) + ")") + ";");
        // The call's closing parenthesis follows the lambda's brace.
        out.dedent().line("});");
        String partial = context.fresh("partial");
        out.line("foreach (var " + partial + " in " + partials + ")");
        out.line("{").indent();
        for (int i = 0; i < accumulators.size(); i++) {
            out.line(context.name(accumulators.get(i)) + " += " + partial + (parts.size() == 1 ? "" : ".Item" + (i + 1)) + ";");
        }
        out.dedent().line("}");
    }

    /** A loop with an else part clears a flag when it breaks; the else part runs when the flag is still set. */
    private void withElse(List<Stmt> orElse, java.util.function.Consumer<Optional<String>> loop) {
        if (orElse.isEmpty()) {
            loop.accept(Optional.empty());
            return;
        }
        String flag = context.fresh("noBreak");
        out.line("bool " + flag + " = true;");
        loop.accept(Optional.of(flag));
        out.line("if (" + flag + ")");
        out.line("{").indent();
        block(orElse);
        out.dedent().line("}");
    }

    /** The loop body in braces, after {@code prologue} (which binds the loop variables). */
    private void loopBody(Optional<String> flag, List<Stmt> body, List<String> prologue, Optional<Variable> nonNegative) {
        out.line("{").indent();
        prologue.forEach(line -> lines(out, line));
        loopFlags.push(flag);
        boolean added = nonNegative.map(context.nonNegative::add).orElse(false);
        block(body);
        if (added) {
            context.nonNegative.remove(nonNegative.get());
        }
        loopFlags.pop();
        out.dedent().line("}");
    }

    private void forLoop(Stmt.For loop, Optional<String> flag) {
        Set<Variable> assigned = Assignments.assignedIn(loop.body());
        Target target = loop.target();
        Span where = loop.span();
        if (loop.iterable() instanceof Expr.RangeOf range && target instanceof Target.Store store && store.declares()
                && !fields.contains(store.variable()) && !assigned.contains(store.variable())
                && range.step() instanceof Expr.IntConst step && step.value().signum() != 0) {
            countingLoop(store.variable(), range, step.value(), assigned, flag, loop.body());
            return;
        }
        if (target instanceof Target.Element) {
            throw refuse("a list element as a loop variable", where);
        }
        Optional<Variable> nonNegative = Optional.empty();
        if (loop.iterable() instanceof Expr.RangeOf range && target instanceof Target.Store store && !assigned.contains(store.variable())
                && range.step() instanceof Expr.IntConst step && (step.value().signum() > 0 && CsExpressions.nonNegative(range.start(), context.nonNegative)
                || step.value().signum() < 0 && range.stop() instanceof Expr.IntConst stop && stop.value().signum() >= -1 && stop.value().compareTo(BigInteger.ONE.negate()) >= 0)) {
            nonNegative = Optional.of(store.variable());
        }
        Type element = Type.elementOf(loop.iterable().type());
        String elementType = expressions.types.of(element, where);
        boolean direct = target instanceof Target.Store store && store.declares() && !fields.contains(store.variable())
                && !assigned.contains(store.variable());
        String variable = direct ? context.name(((Target.Store) target).variable()) : context.fresh("item");
        List<String> prologue = new ArrayList<>();
        if (!direct) {
            bind(target, element, variable, where, prologue);
        }
        boolean mutates = loop.iterable().type() instanceof Type.ListOf && Effects.mutatesLists(loop.body(), context.listMutators);
        if (mutates) {
            // A List enumerator throws when the body changes the list; Python reads the live list by index instead.
            String items = context.fresh("items");
            String index = context.fresh("index");
            lines(out, "var " + items + " = " + expressions.expr(loop.iterable()) + ";");
            lines(out, "for (int " + index + " = 0; " + index + " < " + items + ".Count; " + index + "++)");
            prologue.addFirst(elementType + " " + variable + " = " + items + "[" + index + "];");
        } else {
            lines(out, "foreach (" + (element instanceof Type.TupleOf ? "var" : elementType) + " " + variable + " in "
                    + expressions.calls().iterable(loop.iterable()) + ")");
        }
        loopBody(flag, loop.body(), prologue, nonNegative);
    }

    /** Statements that store a loop's current element (in {@code item}, of type {@code type}) into its Python target. */
    private void bind(Target target, Type type, String item, Span where, List<String> prologue) {
        switch (target) {
            case Target.Store store -> prologue.add((store.declares() && !fields.contains(store.variable())
                    ? expressions.types.local(store.variable().type(), where) + " " : "") + context.name(store.variable()) + " = " + item + ";");
            case Target.Unpack unpack -> {
                for (int i = 0; i < unpack.targets().size(); i++) {
                    Type part = type instanceof Type.TupleOf tuple ? tuple.elements().get(i) : Type.elementOf(type);
                    bind(unpack.targets().get(i), part, CsComprehensions.part(item, type, i), where, prologue);
                }
            }
            case Target.Element ignored -> throw refuse("a list element as a loop variable", where);
        }
    }

    private void countingLoop(Variable variable, Expr.RangeOf range, BigInteger step, Set<Variable> assigned, Optional<String> flag,
            List<Stmt> body) {
        String name = context.name(variable);
        String start = expressions.integer(range.start(), true).atLeast(Code.CONDITIONAL);
        boolean fixed = range.stop() instanceof Expr.IntConst || range.stop() instanceof Expr.Load load && !assigned.contains(load.variable());
        String stop = expressions.integer(range.stop(), true).atLeast(Code.RELATIONAL + 1);
        if (!fixed) {
            String end = context.fresh("end");
            start = start + ", " + end + " = " + expressions.integer(range.stop(), true).atLeast(Code.CONDITIONAL);
            stop = end;
        }
        String update = step.equals(BigInteger.ONE) ? name + "++" : step.equals(BigInteger.ONE.negate()) ? name + "--"
                : name + (step.signum() > 0 ? " += " + step : " -= " + step.negate());
        lines(out, "for (" + context.intType() + " " + name + " = " + start + "; " + name + (step.signum() > 0 ? " < " : " > ") + stop + "; "
                + update + ")");
        boolean nonNegative = step.signum() > 0 ? CsExpressions.nonNegative(range.start(), context.nonNegative)
                : range.stop() instanceof Expr.IntConst end && end.value().compareTo(BigInteger.ONE.negate()) >= 0;
        loopBody(flag, body, List.of(), nonNegative ? Optional.of(variable) : Optional.empty());
    }
}
