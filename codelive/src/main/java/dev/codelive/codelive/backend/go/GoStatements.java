package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.backend.support.ControlFlow;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Renders functions and statements as Go. */
final class GoStatements {
    private final GoContext context;
    private final GoExpressions expressions;
    private final GoLoops loops;
    /** Per enclosing loop: the flag a break sets so that the loop's else part is skipped (empty: none). */
    private final Deque<String> breakFlags = new ArrayDeque<>();

    GoStatements(GoContext context, GoExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
        this.loops = expressions.loops;
    }

    void function(GoWriter out, Function function) {
        context.enter(function);
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < function.parameters().size(); i++) {
            Variable parameter = function.parameters().get(i);
            String name = context.name(parameter);
            if (context.resizesParameter(function.name(), i)) {
                if (context.body().isReassigned(parameter)) {
                    throw GoContext.refuse("a function that grows its list argument and also rebinds it", function.body().getFirst().span());
                }
                parameters.add(name + " *" + context.types.of(parameter.type()));
                context.bind(parameter, new GoContext.Binding(name, true));
            } else {
                parameters.add(name + " " + context.types.of(parameter.type()));
            }
        }
        String returns = function.returnType() instanceof Type.None ? "" : " " + context.types.of(function.returnType());
        out.open("func " + expressions.functionName(function.name()) + "(" + String.join(", ", parameters) + ")" + returns + " {");
        declareHoisted(out, function.hoisted());
        block(out, function.body());
        if (!(function.returnType() instanceof Type.None) && !ControlFlow.terminates(function.body())) {
            out.line("panic(\"" + function.name() + "() ended without returning a value\")");
        }
        out.close("}");
    }

    void main(GoWriter out, List<Stmt> body, List<Variable> hoisted) {
        context.enter(null);
        out.open("func main() {");
        declareHoisted(out, hoisted.stream().filter(variable -> !context.packageLevel(variable)).toList());
        block(out, body);
        out.close("}");
    }

    private void declareHoisted(GoWriter out, List<Variable> hoisted) {
        for (Variable variable : hoisted) {
            if (context.isRead(variable)) {
                out.line("var " + context.name(variable) + " " + context.types.of(variable.type()));
            }
        }
    }



    void block(GoWriter out, List<Stmt> body) {
        for (Stmt statement : body) {
            statement(out, statement);
        }
    }

    private void statement(GoWriter out, Stmt statement) {
        switch (statement) {
            case Stmt.Print print -> print(out, print);
            case Stmt.Evaluate evaluate -> evaluate(out, evaluate.expression());
            case Stmt.Assign assign -> assign(out, assign.target(), assign.value());
            case Stmt.AugAssign assign -> augmented(out, assign);
            case Stmt.If conditional -> conditional(out, conditional);
            case Stmt.While loop -> whileLoop(out, loop);
            case Stmt.For loop -> forLoop(out, loop);
            case Stmt.Break ignored -> {
                if (!breakFlags.isEmpty() && !breakFlags.peek().isEmpty()) {
                    out.line(breakFlags.peek() + " = true");
                }
                out.line("break");
            }
            case Stmt.Continue ignored -> out.line("continue");
            case Stmt.Return ret -> {
                if (ret.value().isEmpty()) {
                    out.line("return");
                } else {
                    Type type = context.function() == null ? ret.value().get().type() : context.function().returnType();
                    out.print("return ", expressions.converted(ret.value().get(), type), "");
                }
            }
            case Stmt.Assert check -> {
                out.print("if ", GoExpr.not(expressions.truthy(check.condition())), " {");
                out.indentMore();
                out.line("panic(\"AssertionError\")");
                out.close("}");
            }
        }
    }

    private void print(GoWriter out, Stmt.Print print) {
        List<Integer> first = dev.codelive.codelive.backend.support.ProgramFacts.printArgumentsToEvaluateFirst(print);
        if (!first.isEmpty()) {
            // Python shows the arguments once all are evaluated: compute the calls first, in order.
            List<Expr> values = new ArrayList<>(print.values());
            for (int index : first) {
                Expr value = values.get(index);
                Variable temporary = new Variable(context.temporary("shown"), value.type(), Variable.Scope.LOCAL);
                context.markRead(temporary);
                out.print(temporary.name() + " := ", expressions.typed(expressions.render(value), value.type()), "");
                values.set(index, new Expr.Load(temporary, value.span()));
            }
            print = new Stmt.Print(values, print.sep(), print.end(), print.span());
        }
        expressions.formatting.print(print).forEach(call -> out.print("", call, ""));
    }

    private void evaluate(GoWriter out, Expr expression) {
        if (expression instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf
                && List.of("append", "extend", "clear").contains(call.method())) {
            GoExpr list = expressions.render(call.receiver());
            if (!(call.receiver() instanceof Expr.Load || call.receiver() instanceof Expr.Index)) {
                throw GoContext.refuse("changing a computed list", call.span());
            }
            String place = GoExpressions.print(list);
            switch (call.method()) {
                case "append" -> out.print(place + " = ", GoExpr.call("append", list,
                        expressions.converted(call.arguments().getFirst(), ((Type.ListOf) call.receiver().type()).element())), "");
                case "extend" -> out.print(place + " = ", GoExpr.call("append", list,
                        new GoExpr.Spread(loops.materialize(call.arguments().getFirst()))), "");
                default -> out.print(place + " = ", new GoExpr.SliceOf(list, null, GoExpr.atom("0")), "");
            }
            return;
        }
        GoExpr code = expressions.render(expression);
        boolean statement = code instanceof GoExpr.Call call && !(call.function() instanceof GoExpr.Atom atom
                && List.of("len", "append", "string", "int64", "int", "float64", "make", "new", "[]rune").contains(atom.text()));
        out.print(statement ? "" : "_ = ", code, "");
    }

    // ---- assignments ------------------------------------------------------------------------------------------------

    private void assign(GoWriter out, Target target, Expr value) {
        switch (target) {
            case Target.Store store -> store(out, store, value);
            case Target.Element element -> out.print(GoExpressions.print(element(element)) + " = ", expressions.converted(value, element.type()), "");
            case Target.Unpack unpack -> unpack(out, unpack, value);
        }
    }

    private GoExpr element(Target.Element element) {
        GoExpr list = expressions.render(element.list());
        return new GoExpr.Index(list, expressions.position(list, element.index(), element.list()));
    }

    private static boolean hasCalls(Expr expression) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Call || inner instanceof Expr.MethodCall);
        return found[0];
    }

    private void store(GoWriter out, Target.Store store, Expr value) {
        Variable variable = store.variable();
        if (!context.isRead(variable)) {
            if (hasCalls(value)) {
                out.print("_ = ", expressions.render(value), "");
            }
            return;
        }
        boolean declare = context.declares(store);
        String name = declare ? context.name(variable) : context.binding(variable).name();
        if (context.binding(variable).pointer()) {
            throw GoContext.refuse("rebinding a list parameter the function grows", value.span());
        }
        if (value instanceof Expr.Comprehension comprehension && !comprehension.lazy() && !mentions(comprehension, variable)
                && !expressions.parallel.wanted(comprehension)) {
            // A comprehension assigned to a variable: the variable's own loop fills it.
            out.line(name + (declare ? " := " : " = ") + context.types.of(variable.type()) + "{}");
            loops.clauses(out, comprehension.clauses(), 0, inner -> inner.print(name + " = ", GoExpr.call("append", GoExpr.atom(name),
                    expressions.converted(comprehension.element(), Type.elementOf(comprehension.type()))), ""));
            return;
        }
        GoExpr rendered = expressions.converted(value, variable.type());
        if (declare) {
            if (variable.type() instanceof Type.Int && GoExpressions.untyped(rendered)) {
                out.print("var " + name + " " + context.types.of(variable.type()) + " = ", rendered, "");
            } else {
                out.print(name + " := ", rendered, "");
            }
        } else {
            out.print(name + " = ", rendered, "");
        }
    }

    private static boolean mentions(Expr expression, Variable variable) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Load load && load.variable().equals(variable));
        return found[0];
    }

    private void unpack(GoWriter out, Target.Unpack unpack, Expr value) {
        if (!anyRead(unpack)) {
            if (hasCalls(value)) {
                out.print("_ = ", expressions.render(value), "");
            }
            return;
        }
        List<Target> targets = new ArrayList<>();
        List<GoExpr> values = new ArrayList<>();
        flatten(out, unpack, value, targets, values);
        List<String> names = new ArrayList<>();
        List<GoExpr> assigned = new ArrayList<>();
        boolean allDeclare = true;
        for (int i = 0; i < targets.size(); i++) {
            GoExpr part = values.get(i);
            switch (targets.get(i)) {
                case Target.Store store -> {
                    Variable variable = store.variable();
                    if (!context.isRead(variable)) {
                        names.add("_");
                    } else if (context.declares(store)) {
                        names.add(context.name(variable));
                        part = expressions.typed(part, variable.type());
                    } else {
                        names.add(context.binding(variable).name());
                        allDeclare = false;
                    }
                }
                case Target.Element element -> {
                    names.add(GoExpressions.print(element(element)));
                    allDeclare = false;
                }
                case Target.Unpack ignored -> throw new IllegalStateException("flattened");
            }
            assigned.add(part);
        }
        if (!allDeclare) {
            // Variables declared here but assigned together with others: declare them first.
            for (Target target : targets) {
                if (target instanceof Target.Store store && context.declares(store) && context.isRead(store.variable())) {
                    out.line("var " + context.name(store.variable()) + " " + context.types.of(store.type()));
                }
            }
        }
        if (names.stream().allMatch("_"::equals)) {
            return;
        }
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < assigned.size(); i++) {
            right.append(i > 0 ? ", " : "").append(assigned.size() > 1 ? GoPrinter.printNested(assigned.get(i), out.indent())
                    : GoPrinter.print(assigned.get(i), out.indent()));
        }
        boolean anyNew = allDeclare && names.stream().anyMatch(name -> !name.equals("_"));
        out.line(String.join(", ", names) + (anyNew ? " := " : " = ") + right);
    }

    private boolean anyRead(Target target) {
        return switch (target) {
            case Target.Store store -> context.isRead(store.variable());
            case Target.Element ignored -> true;
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(this::anyRead);
        };
    }

    /**
     * The variables and elements an unpacking stores, with their values: a literal tuple on the right pairs with the
     * targets one by one (nested ones too); anything else is computed once into a temporary and taken apart.
     */
    private void flatten(GoWriter out, Target.Unpack unpack, Expr value, List<Target> targets, List<GoExpr> values) {
        if (value instanceof Expr.TupleLiteral || value instanceof Expr.ListLiteral) {
            List<Expr> parts = value instanceof Expr.TupleLiteral tuple ? tuple.elements() : ((Expr.ListLiteral) value).elements();
            for (int i = 0; i < parts.size(); i++) {
                Target target = unpack.targets().get(i);
                if (target instanceof Target.Unpack inner) {
                    flatten(out, inner, parts.get(i), targets, values);
                } else {
                    targets.add(target);
                    values.add(expressions.converted(parts.get(i), target.type()));
                }
            }
            return;
        }
        String whole = context.temporary("values");
        out.print(whole + " := ", expressions.render(value), "");
        for (int i = 0; i < unpack.targets().size(); i++) {
            Target target = unpack.targets().get(i);
            GoExpr part = value.type() instanceof Type.ListOf ? new GoExpr.Index(GoExpr.atom(whole), GoExpr.atom(String.valueOf(i)))
                    : new GoExpr.Selector(GoExpr.atom(whole), "V" + i);
            if (target instanceof Target.Unpack inner) {
                Type partType = value.type() instanceof Type.ListOf list ? list.element() : ((Type.TupleOf) value.type()).elements().get(i);
                Variable holder = new Variable(context.temporary("part"), partType, Variable.Scope.LOCAL);
                context.markRead(holder);
                out.print(holder.name() + " := ", part, "");
                flatten(out, inner, new Expr.Load(holder, value.span()), targets, values);
            } else {
                targets.add(target);
                values.add(part);
            }
        }
    }

    private void augmented(GoWriter out, Stmt.AugAssign assign) {
        Target target = assign.target();
        BinaryOperator operator = assign.operator();
        Type type = target.type();
        Expr value = assign.value();
        if (target instanceof Target.Store store && !context.isRead(store.variable())) {
            return;
        }
        GoExpr place = switch (target) {
            case Target.Store store -> {
                GoContext.Binding binding = context.binding(store.variable());
                yield binding.pointer() ? new GoExpr.Unary("*", GoExpr.atom(binding.name())) : GoExpr.atom(binding.name());
            }
            case Target.Element element -> element(element);
            case Target.Unpack ignored -> throw GoContext.refuse("augmented assignment to several targets", assign.span());
        };
        String left = GoExpressions.print(place);
        if (type instanceof Type.Str) {
            out.print(left + " += ", expressions.render(value), "");
            return;
        }
        if (type instanceof Type.ListOf) {
            if (operator != BinaryOperator.ADD) {
                throw GoContext.refuse("the operator " + operator.symbol() + "= on a list", assign.span());
            }
            out.print(left + " = ", GoExpr.call("append", place, new GoExpr.Spread(loops.materialize(value))), "");
            return;
        }
        boolean simple = !expressions.big() && (operator == BinaryOperator.ADD || operator == BinaryOperator.SUBTRACT
                || operator == BinaryOperator.MULTIPLY) || type instanceof Type.Float && operator == BinaryOperator.DIVIDE;
        if (simple || type instanceof Type.Float && (operator == BinaryOperator.ADD || operator == BinaryOperator.SUBTRACT
                || operator == BinaryOperator.MULTIPLY)) {
            out.print(left + " " + operator.symbol() + "= ", expressions.number(value, type instanceof Type.Float ? Type.FLOAT : Type.INT), "");
            return;
        }
        Expr current = switch (target) {
            case Target.Store store -> new Expr.Load(store.variable(), assign.span());
            case Target.Element element -> new Expr.Index(element.list(), element.index(), type, assign.span());
            default -> throw new IllegalStateException();
        };
        out.print(left + " = ", expressions.render(new Expr.Binary(current, operator, value, type, assign.span())), "");
    }

    // ---- control flow -----------------------------------------------------------------------------------------------

    private void conditional(GoWriter out, Stmt.If conditional) {
        for (int i = 0; i < conditional.branches().size(); i++) {
            Stmt.If.Branch branch = conditional.branches().get(i);
            out.print(i == 0 ? "if " : "} else if ", expressions.truthy(branch.condition()), " {");
            scoped(out, branch.body());
        }
        if (!conditional.orElse().isEmpty()) {
            out.line("} else {");
            scoped(out, conditional.orElse());
        }
        out.line("}");
    }

    private void scoped(GoWriter out, List<Stmt> body) {
        out.indentMore();
        context.push();
        block(out, body);
        context.pop();
        out.indentLess();
    }

    private void whileLoop(GoWriter out, Stmt.While loop) {
        String flag = elseFlag(out, loop.body(), loop.orElse());
        breakFlags.push(flag);
        boolean forever = loop.condition() instanceof Expr.BoolConst constant && constant.value();
        if (forever) {
            out.line("for {");
        } else {
            out.print("for ", expressions.truthy(loop.condition()), " {");
        }
        scoped(out, loop.body());
        out.line("}");
        breakFlags.pop();
        elseBlock(out, flag, loop.orElse());
    }

    private void forLoop(GoWriter out, Stmt.For loop) {
        if (expressions.parallel.wanted(loop) && expressions.parallel.loop(out, loop, this::forLoop)) {
            return;
        }
        String flag = elseFlag(out, loop.body(), loop.orElse());
        breakFlags.push(flag);
        if (context.facts.changesWhileIterating(loop)) {
            // Python's list iterator walks the list by position, seeing what the body appends.
            GoExpr list = expressions.render(loop.iterable());
            String k = context.temporary("k");
            out.print("for " + k + " := 0; " + k + " < ", GoExpr.call("len", list), "; " + k + "++ {");
            out.indentMore();
            context.push();
            loops.store(out, loop.target(), new GoExpr.Index(list, GoExpr.atom(k)), Type.elementOf(loop.iterable().type()));
            block(out, loop.body());
            context.pop();
            out.close("}");
            breakFlags.pop();
            elseBlock(out, flag, loop.orElse());
            return;
        }
        loops.loop(out, loop.target(), loop.iterable(), inner -> {
            context.push();
            block(inner, loop.body());
            context.pop();
        });
        breakFlags.pop();
        elseBlock(out, flag, loop.orElse());
    }

    /** A loop with an else part and a break: a flag the break sets, tested after the loop. Empty when not needed. */
    private String elseFlag(GoWriter out, List<Stmt> body, List<Stmt> orElse) {
        if (orElse.isEmpty() || !ControlFlow.breaks(body)) {
            return "";
        }
        String flag = context.temporary("broke");
        out.line(flag + " := false");
        return flag;
    }

    private void elseBlock(GoWriter out, String flag, List<Stmt> orElse) {
        if (orElse.isEmpty()) {
            return;
        }
        if (flag.isEmpty()) {
            context.push();
            block(out, orElse);
            context.pop();
            return;
        }
        out.line("if !" + flag + " {");
        scoped(out, orElse);
        out.line("}");
    }
}
