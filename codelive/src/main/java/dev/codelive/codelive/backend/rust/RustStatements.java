package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.support.ControlFlow;
import dev.codelive.codelive.backend.support.PythonText;
import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.backend.support.PythonText;
import dev.codelive.codelive.backend.support.SourceWriter;
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

/** Renders functions and statements. */
final class RustStatements {
    private final RustContext context;
    private final RustExpressions expressions;
    private final SourceWriter out;
    /** The label a Python {@code break} of each enclosing loop jumps to (empty: a plain break). */
    private final Deque<String> breakLabels = new ArrayDeque<>();
    /** The label each enclosing loop's continue must name, or "" where a plain continue does. */
    private final Deque<String> continueLabels = new ArrayDeque<>();
    private int continueLabelCount;
    private int labels;
    /** Statements that declare an owned copy shadowing a borrowed parameter. */
    private final java.util.Map<Stmt, Variable> shadowedBy = new java.util.IdentityHashMap<>();

    RustStatements(RustContext context, RustExpressions expressions, SourceWriter out) {
        this.context = context;
        this.expressions = expressions;
        this.out = out;
    }

    void function(Function function) {
        context.enter(function);
        List<String> parameters = new ArrayList<>();
        List<String> shadows = new ArrayList<>();
        for (int i = 0; i < function.parameters().size(); i++) {
            Variable parameter = function.parameters().get(i);
            String name = context.name(parameter);
            Type type = parameter.type();
            boolean reassigned = context.body().isReassigned(parameter);
            if (type instanceof Type.ListOf && context.facts.mutatesParameter(function.name(), i)) {
                if (reassigned) {
                    throw RustContext.refuse("a function that changes its list argument and also rebinds it", function.body().getFirst().span());
                }
                parameters.add(name + ": &mut " + context.types.of(type));
                context.bind(parameter, new RustContext.Binding(name, Shape.MUTREF));
            } else if (type instanceof Type.Str || type instanceof Type.ListOf) {
                parameters.add(name + ": " + context.types.borrowed(type));
                var rebinding = context.facts.rebinding(function, parameter);
                if (rebinding.isPresent() && type instanceof Type.ListOf) {
                    // `xs = list(xs)` opening the function becomes the declaration of an owned copy.
                    shadowedBy.put(rebinding.get(), parameter);
                    context.bind(parameter, new RustContext.Binding(name, Shape.SLICE));
                } else if (reassigned || context.body().isMutated(parameter)) {
                    shadows.add("let mut " + name + " = " + name + (type instanceof Type.Str ? ".to_string();" : ".to_vec();"));
                    context.bind(parameter, new RustContext.Binding(name, Shape.PLACE));
                } else {
                    context.bind(parameter, new RustContext.Binding(name, Shape.SLICE));
                }
            } else {
                parameters.add((reassigned ? "mut " : "") + name + ": " + context.types.of(type));
            }
        }
        String returns = function.returnType() instanceof Type.None ? "" : " -> " + context.types.of(function.returnType());
        out.line("fn " + context.names.of(function.name()) + "(" + String.join(", ", parameters) + ")" + returns + " {");
        out.indent();
        shadows.forEach(out::line);
        declareHoisted(function.hoisted(), function.body());
        List<Stmt> body = function.body();
        if (!body.isEmpty() && body.getLast() instanceof Stmt.Return ret) {
            // The last return is the function's tail expression, as Rust writes it.
            block(body.subList(0, body.size() - 1));
            ret.value().ifPresent(value -> emit(returned(value)));
            body = List.of();
        }
        block(body);
        if (!(function.returnType() instanceof Type.None) && !ControlFlow.terminates(function.body()) && !body.isEmpty()) {
            out.line("unreachable!(\"" + function.name() + "() ended without returning a value\")");
        }
        out.dedent();
        out.line("}");
    }

    void main(List<Stmt> body, List<Variable> hoisted) {
        context.enter(null);
        out.line("fn main() {");
        out.indent();
        declareHoisted(hoisted.stream().filter(variable -> !context.constants.containsKey(variable)).toList(), body);
        block(body);
        out.dedent();
        out.line("}");
    }

    /** Variables declared before the code: without a value when Rust sees them assigned before every read. */
    private void declareHoisted(List<Variable> hoisted, List<Stmt> body) {
        for (Variable variable : hoisted) {
            String declaration = context.name(variable) + ": " + context.types.of(variable.type());
            if (DefiniteAssignment.assignedBeforeEveryRead(body, variable)) {
                boolean mutable = DefiniteAssignment.storedTwice(body, variable) || context.body().isMutated(variable);
                out.line("let " + (mutable ? "mut " : "") + declaration + ";");
            } else {
                out.line("let " + (context.isMutable(variable) ? "mut " : "") + declaration + " = " + context.types.zero(variable.type()) + ";");
            }
        }
    }



    void block(List<Stmt> body) {
        for (Stmt statement : body) {
            statement(statement);
        }
    }

    /** Writes code that may span lines (a block expression), indenting its continuation lines with the statement. */
    private void emit(String code) {
        for (String line : code.split("\n", -1)) {
            out.line(line);
        }
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Print print -> print(print);
            case Stmt.Evaluate evaluate -> evaluate(evaluate.expression());
            case Stmt.Assign assign when shadowedBy.containsKey(assign) -> {
                Variable parameter = shadowedBy.get(assign);
                String name = context.name(parameter);
                emit("let " + (context.isMutable(parameter) ? "mut " : "") + name + ": " + context.types.of(parameter.type()) + " = "
                        + storedValue(assign.value(), parameter.type()) + ";");
                context.bind(parameter, new RustContext.Binding(name, Shape.PLACE));
            }
            case Stmt.Assign assign -> assign(assign.target(), assign.value());
            case Stmt.AugAssign assign -> augmented(assign);
            case Stmt.If conditional -> conditional(conditional);
            case Stmt.While loop -> whileLoop(loop);
            case Stmt.For loop when parallelLoop(loop) -> { }
            case Stmt.For loop -> forLoop(loop);
            case Stmt.Break ignored -> out.line(!breakLabels.isEmpty() && !breakLabels.peek().isEmpty() ? "break " + breakLabels.peek() + ";"
                    : !continueLabels.isEmpty() && !continueLabels.peek().isEmpty() ? "break " + continueLabels.peek() + ";" : "break;");
            case Stmt.Continue ignored -> out.line(continueLabels.isEmpty() || continueLabels.peek().isEmpty() ? "continue;" : "continue " + continueLabels.peek() + ";");
            case Stmt.Return ret -> out.line(ret.value().map(value -> "return " + returned(value) + ";").orElse("return;"));
            case Stmt.Assert check -> {
                String condition = expressions.truthy(check.condition()).code();
                emit(check.message().map(message -> "assert!(" + condition + ", \"{}\", " + expressions.render(message).code() + ");")
                        .orElse("assert!(" + condition + ");"));
            }
        }
    }

    private void print(Stmt.Print print) {
        List<Integer> first = dev.codelive.codelive.backend.support.ProgramFacts.printArgumentsToEvaluateFirst(print);
        if (!first.isEmpty()) {
            // Python shows the arguments once all are evaluated: compute the calls first, in order.
            List<Expr> values = new ArrayList<>(print.values());
            for (int index : first) {
                Expr value = values.get(index);
                Variable temporary = new Variable(context.temporary("shown"), value.type(), Variable.Scope.LOCAL);
                emit("let " + temporary.name() + ": " + context.types.of(value.type()) + " = " + expressions.owned(value) + ";");
                context.bind(temporary, new RustContext.Binding(temporary.name(), Shape.PLACE));
                values.set(index, new Expr.Load(temporary, value.span()));
            }
            print = new Stmt.Print(values, print.sep(), print.end(), print.span());
        }
        emit(expressions.formatting.print(print));
    }

    private String returned(Expr value) {
        if (value instanceof Expr.Load load && context.binding(load.variable()).shape() == Shape.PLACE
                && load.variable().scope() != Variable.Scope.GLOBAL) {
            // The function ends: its own variable moves out.
            return context.binding(load.variable()).name();
        }
        Function function = context.function();
        if (function != null && function.returnType() instanceof Type.Float && !(value.type() instanceof Type.Float)) {
            return expressions.number(value, Type.FLOAT).code();
        }
        return expressions.owned(value);
    }

    private void evaluate(Expr expression) {
        boolean call = expression instanceof Expr.Call || expression instanceof Expr.MethodCall || expression instanceof Expr.BuiltinCall
                || expression instanceof Expr.MathCall;
        String code = expressions.render(expression).code();
        if (!call || expression.type() instanceof Type.ListOf || expression.type() instanceof Type.Str) {
            emit("let _ = " + code + ";");
        } else {
            emit(code + ";");
        }
    }

    // ---- assignments ------------------------------------------------------------------------------------------------

    private void assign(Target target, Expr value) {
        switch (target) {
            case Target.Store store -> store(store, value);
            case Target.Element element -> emit(element(element) + " = " + storedValue(value, element.type()) + ";");
            case Target.Unpack unpack -> unpack(unpack, value);
        }
    }

    /** The value converted to the type of where it goes (an int stored in a float variable widens). */
    private String storedValue(Expr value, Type type) {
        if (type instanceof Type.Float && !(value.type() instanceof Type.Float)) {
            return expressions.number(value, Type.FLOAT).code();
        }
        if (type instanceof Type.Int && value.type() instanceof Type.Bool) {
            return expressions.number(value, Type.INT).code();
        }
        return expressions.owned(value);
    }

    private void store(Target.Store store, Expr value) {
        Variable variable = store.variable();
        if (context.constants.containsKey(variable)) {
            return;
        }
        RustContext.Binding binding = context.binding(variable);
        if (store.declares()) {
            String initial = value instanceof Expr.ListLiteral || value instanceof Expr.TupleLiteral ? expressions.literal(value, true).code()
                    : storedValue(value, variable.type());
            emit("let " + (context.isMutable(variable) ? "mut " : "") + context.name(variable) + ": " + context.types.of(variable.type())
                    + " = " + initial + ";");
            return;
        }
        if (binding.shape() == Shape.MUTREF) {
            throw RustContext.refuse("rebinding a list parameter the function changes", value.span());
        }
        emit(binding.name() + " = " + storedValue(value, variable.type()) + ";");
    }

    /**
     * {@code xs[i]} as an assignable place. An index that may be negative is computed first: Rust does not let
     * {@code xs.len()} borrow the list inside the index of its own mutable place.
     */
    private String element(Target.Element element) {
        Rendered list = place(element.list());
        if (list.shape() == Shape.REF || list.shape() == Shape.SLICE || list.shape() == Shape.VALUE) {
            throw RustContext.refuse("assigning into a list the function only borrows", element.list().span());
        }
        return list.at(Rendered.ATOM) + "[" + hoisted(expressions.position(list, element.index())) + "]";
    }

    /** A list to assign into: {@code grid[i]} with every position that reads a length computed first. */
    private Rendered place(Expr list) {
        if (list instanceof Expr.Index index && index.target().type() instanceof Type.ListOf) {
            Rendered outer = place(index.target());
            String position = hoisted(expressions.position(outer, index.index()));
            return new Rendered(outer.at(Rendered.ATOM) + "[" + position + "]", Shape.PLACE, Rendered.ATOM);
        }
        return expressions.render(list);
    }

    /** A position that reads the list's length, computed before the statement that changes the list. */
    private String hoisted(String position) {
        if (!position.contains(".len()")) {
            return position;
        }
        String name = context.temporary("position");
        emit("let " + name + " = " + position + ";");
        return name;
    }

    private void unpack(Target.Unpack unpack, Expr value) {
        if (swap(unpack, value)) {
            return;
        }
        if (value instanceof Expr.ListLiteral list) {
            value = new Expr.TupleLiteral(list.elements(), new Type.TupleOf(list.elements().stream().map(Expr::type).toList()), list.span());
        }
        if (value.type() instanceof Type.ListOf) {
            String temporary = context.temporary("values");
            emit("let " + temporary + " = " + expressions.owned(value) + ";");
            assignParts(unpack, temporary);
            return;
        }
        if (!(value.type() instanceof Type.TupleOf)) {
            throw RustContext.refuse("unpacking a " + value.type().python(), value.span());
        }
        List<Target.Store> stores = new ArrayList<>();
        boolean elements = collectStores(unpack, stores);
        boolean allDeclare = !elements && stores.stream().allMatch(Target.Store::declares)
                && stores.stream().noneMatch(store -> context.constants.containsKey(store.variable()));
        boolean noneDeclare = stores.stream().noneMatch(Target.Store::declares);
        String rhs = value instanceof Expr.TupleLiteral tuple ? tupleValue(tuple, unpack) : expressions.owned(value);
        if (allDeclare) {
            emit("let " + declarationPattern(unpack) + ": " + declaredType(unpack) + " = " + rhs + ";");
        } else if (noneDeclare) {
            emit(assignmentPattern(unpack) + " = " + rhs + ";");
        } else {
            String temporary = context.temporary("values");
            emit("let " + temporary + " = " + rhs + ";");
            assignParts(unpack, temporary);
        }
    }

    /** {@code xs[i], xs[j] = xs[j], xs[i]}: Vec::swap. */
    private boolean swap(Target.Unpack unpack, Expr value) {
        if (unpack.targets().size() != 2 || !(value instanceof Expr.TupleLiteral tuple)
                || !(unpack.targets().get(0) instanceof Target.Element a) || !(unpack.targets().get(1) instanceof Target.Element b)
                || !(tuple.elements().get(0) instanceof Expr.Index c) || !(tuple.elements().get(1) instanceof Expr.Index d)) {
            return false;
        }
        if (!(a.list() instanceof Expr.Load list) || !sameLoad(list, b.list()) || !sameLoad(list, c.target()) || !sameLoad(list, d.target())
                || !same(a.index(), d.index()) || !same(b.index(), c.index()) || !pure(a.index()) || !pure(b.index())) {
            return false;
        }
        Rendered rendered = expressions.render(list);
        if (rendered.shape() != Shape.PLACE && rendered.shape() != Shape.MUTREF) {
            return false;
        }
        emit(rendered.code() + ".swap(" + hoisted(expressions.position(rendered, a.index())) + ", "
                + hoisted(expressions.position(rendered, b.index())) + ");");
        return true;
    }

    /** Whether two simple expressions are written alike (spans aside). */
    private static boolean same(Expr a, Expr b) {
        String text = PythonText.of(a);
        return !text.contains("...") && text.equals(PythonText.of(b));
    }

    private static boolean sameLoad(Expr.Load load, Expr other) {
        return other instanceof Expr.Load second && second.variable().equals(load.variable());
    }

    private static boolean pure(Expr expression) {
        boolean[] calls = {false};
        IrWalk.expressions(expression, inner -> calls[0] |= inner instanceof Expr.Call
                || inner instanceof Expr.MethodCall);
        return !calls[0];
    }

    private String tupleValue(Expr.TupleLiteral tuple, Target.Unpack unpack) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tuple.elements().size(); i++) {
            parts.add(storedValue(tuple.elements().get(i), unpack.targets().get(i).type()));
        }
        return RustExpressions.tuple(parts);
    }

    private static boolean collectStores(Target target, List<Target.Store> stores) {
        return switch (target) {
            case Target.Store store -> {
                stores.add(store);
                yield false;
            }
            case Target.Element ignored -> true;
            case Target.Unpack unpack -> {
                boolean elements = false;
                for (Target inner : unpack.targets()) {
                    elements |= collectStores(inner, stores);
                }
                yield elements;
            }
        };
    }

    private String declaredType(Target target) {
        return switch (target) {
            case Target.Unpack unpack -> RustExpressions.tuple(unpack.targets().stream().map(this::declaredType).toList());
            default -> context.types.of(target.type());
        };
    }

    private String declarationPattern(Target target) {
        return switch (target) {
            case Target.Store store -> (context.isMutable(store.variable()) ? "mut " : "") + context.name(store.variable());
            case Target.Unpack unpack -> RustExpressions.tuple(unpack.targets().stream().map(this::declarationPattern).toList());
            case Target.Element ignored -> throw new IllegalStateException("element in a declaration");
        };
    }

    private String assignmentPattern(Target target) {
        return switch (target) {
            case Target.Store store -> {
                if (context.constants.containsKey(store.variable())) {
                    yield "_";
                }
                yield context.binding(store.variable()).name();
            }
            case Target.Element element -> element(element);
            case Target.Unpack unpack -> RustExpressions.tuple(unpack.targets().stream().map(this::assignmentPattern).toList());
        };
    }

    private void assignParts(Target target, String source) {
        switch (target) {
            case Target.Store store -> {
                Variable variable = store.variable();
                if (store.declares()) {
                    emit("let " + (context.isMutable(variable) ? "mut " : "") + context.name(variable) + ": " + context.types.of(variable.type())
                            + " = " + source + ";");
                } else {
                    emit(context.binding(variable).name() + " = " + source + ";");
                }
            }
            case Target.Element element -> emit(element(element) + " = " + source + ";");
            case Target.Unpack unpack -> {
                boolean list = unpack.type() instanceof Type.ListOf;
                for (int i = 0; i < unpack.targets().size(); i++) {
                    Type type = unpack.targets().get(i).type();
                    String part = list ? source + "[" + i + "]" + (RustTypes.isCopy(type) ? "" : ".clone()") : source + "." + i;
                    assignParts(unpack.targets().get(i), part);
                }
            }
        }
    }

    private void augmented(Stmt.AugAssign assign) {
        Target target = assign.target();
        BinaryOperator operator = assign.operator();
        Type type = target.type();
        Expr value = assign.value();
        String place = switch (target) {
            case Target.Store store -> {
                RustContext.Binding binding = context.binding(store.variable());
                if (binding.shape() == Shape.MUTREF && type instanceof Type.ListOf) {
                    yield "*" + binding.name();
                }
                yield binding.name();
            }
            case Target.Element element -> {
                if (!pure(element.index())) {
                    throw RustContext.refuse("an augmented assignment to an element whose index calls a function", element.index().span());
                }
                yield element(element);
            }
            case Target.Unpack ignored -> throw RustContext.refuse("augmented assignment to several targets", assign.span());
        };
        if (type instanceof Type.Str) {
            if (mentions(value, target)) {
                emit(place + " = format!(\"{}{}\", " + place + ", " + expressions.render(value).code() + ");");
            } else {
                emit(place + ".push_str(" + expressions.borrowed(value) + ");");
            }
            return;
        }
        if (type instanceof Type.ListOf) {
            String receiver = place.startsWith("*") ? place.substring(1) : place;
            if (operator == BinaryOperator.ADD) {
                if (mentions(value, target)) {
                    emit(receiver + ".extend(" + expressions.owned(value) + ");");
                } else if (value.type() instanceof Type.ListOf) {
                    emit(receiver + ".extend_from_slice(" + expressions.borrowed(value) + ");");
                } else {
                    emit(receiver + ".extend(" + expressions.iteration.iterator(value) + ");");
                }
                return;
            }
            throw RustContext.refuse("the operator " + operator.symbol() + "= on a list", assign.span());
        }
        // Numbers: Python's own operator on the current value, then the store.
        Expr current = switch (target) {
            case Target.Store store -> new Expr.Load(store.variable(), assign.span());
            case Target.Element element -> new Expr.Index(element.list(), element.index(), type, assign.span());
            default -> throw new IllegalStateException();
        };
        Expr combined = new Expr.Binary(current, operator, value, type, assign.span());
        boolean simple = (operator == BinaryOperator.ADD || operator == BinaryOperator.SUBTRACT || operator == BinaryOperator.MULTIPLY
                || operator == BinaryOperator.DIVIDE && type instanceof Type.Float);
        if (simple) {
            String symbol = switch (operator) {
                case ADD -> "+=";
                case SUBTRACT -> "-=";
                case MULTIPLY -> "*=";
                default -> "/=";
            };
            emit(place + " " + symbol + " " + expressions.number(value, type instanceof Type.Float ? Type.FLOAT : Type.INT).code() + ";");
            return;
        }
        emit(place + " = " + expressions.render(combined).code() + ";");
    }

    private static boolean mentions(Expr value, Target target) {
        if (!(target instanceof Target.Store store)) {
            return true;
        }
        boolean[] found = {false};
        IrWalk.expressions(value, inner -> found[0] |= inner instanceof Expr.Load load
                && load.variable().equals(store.variable()));
        return found[0];
    }

    // ---- control flow -----------------------------------------------------------------------------------------------

    private void conditional(Stmt.If conditional) {
        for (int i = 0; i < conditional.branches().size(); i++) {
            Stmt.If.Branch branch = conditional.branches().get(i);
            String condition = expressions.truthy(branch.condition()).code();
            emit((i == 0 ? "if " : "} else if ") + condition + " {");
            scoped(branch.body());
        }
        if (!conditional.orElse().isEmpty()) {
            out.line("} else {");
            scoped(conditional.orElse());
        }
        out.line("}");
    }

    private void scoped(List<Stmt> body) {
        out.indent();
        context.push();
        block(body);
        context.pop();
        out.dedent();
    }

    private void whileLoop(Stmt.While loop) {
        String label = elseLabel(loop.body(), loop.orElse());
        boolean forever = loop.condition() instanceof Expr.BoolConst constant && constant.value();
        context.loopDepth++;
        breakLabels.push(label);
        String continueLabel = continueLabel(loop.body());
        emit(continueLabel + (forever ? "loop {" : "while " + expressions.truthy(loop.condition()).code() + " {"));
        scoped(loop.body());
        out.line("}");
        continueLabels.pop();
        breakLabels.pop();
        context.loopDepth--;
        closeElse(label, loop.orElse());
    }

    private void forLoop(Stmt.For loop) {
        if (context.facts.changesWhileIterating(loop)) {
            positionalLoop(loop);
            return;
        }
        String label = elseLabel(loop.body(), loop.orElse());
        context.loopDepth++;
        breakLabels.push(label);
        context.push();
        RustIteration.Header header = expressions.iteration.header(loop.target(), iterable(loop));
        String continueLabel = continueLabel(loop.body());
        emit(continueLabel + "for " + header.pattern() + " in " + withoutOuterParentheses(header.iterable()) + " {");
        out.indent();
        header.assignments().forEach(out::line);
        context.push();
        block(loop.body());
        context.pop();
        out.dedent();
        out.line("}");
        context.pop();
        continueLabels.pop();
        breakLabels.pop();
        context.loopDepth--;
        closeElse(label, loop.orElse());
    }

    /**
     * A loop over a list its body changes walks it by position, as Python's list iterator does: items appended
     * during the loop are visited, the length is read at every step.
     */
    private void positionalLoop(Stmt.For loop) {
        String label = elseLabel(loop.body(), loop.orElse());
        context.loopDepth++;
        breakLabels.push(label);
        context.push();
        Rendered list = expressions.render(loop.iterable());
        Type element = ((Type.ListOf) loop.iterable().type()).element();
        String position = context.temporary("position");
        out.line("let mut " + position + " = 0;");
        String continueLabel = continueLabel(loop.body());
        out.line(continueLabel + "while " + position + " < " + list.at(Rendered.ATOM) + ".len() {");
        out.indent();
        List<String> lines = new ArrayList<>();
        String item = list.at(Rendered.ATOM) + "[" + position + "]" + (RustTypes.isCopy(element) ? "" : ".clone()");
        expressions.iteration.unpackInto(loop.target(), item, lines);
        lines.forEach(out::line);
        out.line(position + " += 1;");
        context.push();
        block(loop.body());
        context.pop();
        out.dedent();
        out.line("}");
        context.pop();
        continueLabels.pop();
        breakLabels.pop();
        context.loopDepth--;
        closeElse(label, loop.orElse());
    }

    /**
     * An accumulator loop ParallelPlan chose: each worker runs the loop over its chunk with its own accumulators
     * from 0, and their partials are added in chunk order. False (nothing written) when it stays sequential: a
     * value it reads cannot be lent to threads.
     */
    private boolean parallelLoop(Stmt.For loop) {
        if (context.plan == null || context.workers > 0) {
            return false;
        }
        var planned = context.plan.accumulatorLoop(loop);
        if (planned.isEmpty()) {
            return false;
        }
        List<Variable> accumulators = planned.get().accumulators();
        java.util.Set<Variable> captured = planned.get().captured();
        RustParallel parallel = expressions.parallel;
        var found = parallel.chunks(loop.iterable(), captured);
        if (found.isEmpty()) {
            return false;
        }
        RustParallel.Chunks chunks = found.get();
        List<String> outer = new ArrayList<>();
        for (Variable accumulator : accumulators) {
            outer.add(context.binding(accumulator).name());
        }
        SourceWriter worker = new SourceWriter(RustParallel.INDENT);
        RustStatements inner = new RustStatements(context, expressions, worker);
        context.workers++;
        context.push();
        try {
            for (Variable accumulator : accumulators) {
                // The worker's own accumulator shadows the shared one: threads never touch the same variable.
                String name = context.binding(accumulator).name();
                context.bind(accumulator, new RustContext.Binding(name, Shape.PLACE));
                worker.line("let mut " + name + ": " + context.types.of(accumulator.type()) + " = 0;");
            }
            inner.forLoop(new Stmt.For(loop.target(), chunks.iterable(), loop.body(), loop.orElse(), loop.span()));
            worker.line(outer.size() == 1 ? outer.getFirst() : RustExpressions.tuple(outer));
        } finally {
            context.pop();
            context.workers--;
            parallel.close();
        }
        List<String> lines = new ArrayList<>();
        lines.add("thread::scope(|scope| {");
        lines.add(RustParallel.INDENT + "let workers: Vec<_> = " + chunks.source() + ".map(|" + chunks.parameter() + "| {");
        lines.add(RustParallel.INDENT.repeat(2) + "scope.spawn(move || {");
        for (String line : worker.toString().strip().split("\n")) {
            lines.add(RustParallel.INDENT.repeat(3) + line);
        }
        lines.add(RustParallel.INDENT.repeat(2) + "})");
        lines.add(RustParallel.INDENT + "}).collect();");
        lines.add(RustParallel.INDENT + "for worker in workers {");
        List<String> partials = outer.stream().map(name -> context.temporary("partial_" + name.replaceFirst("^_+", ""))).toList();
        String pattern = partials.size() == 1 ? partials.getFirst() : RustExpressions.tuple(partials);
        lines.add(RustParallel.INDENT.repeat(2) + "let " + pattern + " = worker.join().unwrap();");
        for (int i = 0; i < outer.size(); i++) {
            lines.add(RustParallel.INDENT.repeat(2) + outer.get(i) + " += " + partials.get(i) + ";");
        }
        lines.add(RustParallel.INDENT + "}");
        lines.add("});");
        emit(RustParallel.wrap(chunks.prelude(), lines));
        return true;
    }

    /**
     * Pushes and returns the label ({@code 'next: }) this loop needs for its continues and breaks, or "": Rust refuses a
     * plain {@code continue} or {@code break} inside a labelled block, and the else clause of a nested loop with a break
     * is such a block.
     */
    private String continueLabel(List<Stmt> body) {
        if (!continuesInLabelledElse(body)) {
            continueLabels.push("");
            return "";
        }
        continueLabelCount++;
        String label = continueLabelCount == 1 ? "'next" : "'next_" + continueLabelCount;
        continueLabels.push(label);
        return label + ": ";
    }

    /** Whether a continue or break of this loop stands in the else clause of a nested loop that gets a labelled block. */
    private static boolean continuesInLabelledElse(List<Stmt> body) {
        for (Stmt statement : body) {
            boolean found = switch (statement) {
                case Stmt.If conditional -> conditional.branches().stream().anyMatch(branch -> continuesInLabelledElse(branch.body()))
                        || continuesInLabelledElse(conditional.orElse());
                case Stmt.For loop -> labelledElseContinues(loop.body(), loop.orElse());
                case Stmt.While loop -> labelledElseContinues(loop.body(), loop.orElse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean labelledElseContinues(List<Stmt> loopBody, List<Stmt> orElse) {
        return !orElse.isEmpty() && (ControlFlow.breaks(loopBody) && exits(orElse) || continuesInLabelledElse(orElse));
    }

    /** Whether these statements continue or break the loop they belong to (not counting nested loops' bodies). */
    private static boolean exits(List<Stmt> body) {
        for (Stmt statement : body) {
            boolean found = switch (statement) {
                case Stmt.Continue ignored -> true;
                case Stmt.Break ignored -> true;
                case Stmt.If conditional -> conditional.branches().stream().anyMatch(branch -> exits(branch.body())) || exits(conditional.orElse());
                case Stmt.For loop -> exits(loop.orElse());
                case Stmt.While loop -> exits(loop.orElse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** {@code (0..n)} → {@code 0..n}: Rust warns about parentheses around a for loop's iterable. */
    static String withoutOuterParentheses(String code) {
        if (!code.startsWith("(") || !code.endsWith(")")) {
            return code;
        }
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < code.length() - 1) {
                    return code;
                }
            } else if (c == '"') {
                return code;
            }
        }
        return code.substring(1, code.length() - 1);
    }

    /** A loop over a list variable that the body rebinds iterates over a copy, as Python iterates the old list. */
    private Expr iterable(Stmt.For loop) {
        Expr iterable = loop.iterable();
        if (iterable instanceof Expr.Load load && iterable.type() instanceof Type.ListOf) {
            boolean[] rebound = {false};
            IrWalk.targets(loop.body(), target -> rebound[0] |= target instanceof Target.Store store
                    && store.variable().equals(load.variable()));
            if (rebound[0]) {
                return new Expr.MethodCall(iterable, "copy", List.of(), iterable.type(), iterable.span());
            }
        }
        return iterable;
    }

    /**
     * A loop with an else part and a break: the loop goes in a labelled block that the break leaves, skipping the
     * else part. Returns the label, or empty when a plain break will do (the else part then simply follows).
     */
    private String elseLabel(List<Stmt> body, List<Stmt> orElse) {
        if (orElse.isEmpty() || !ControlFlow.breaks(body)) {
            return "";
        }
        labels++;
        String label = labels == 1 ? "'loop_else" : "'loop_else_" + labels;
        out.line(label + ": {");
        out.indent();
        return label;
    }

    private void closeElse(String label, List<Stmt> orElse) {
        context.push();
        block(orElse);
        context.pop();
        if (!label.isEmpty()) {
            out.dedent();
            out.line("}");
        }
    }
}
