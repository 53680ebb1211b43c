package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Iteration: Rust iterators for Python's iterables, for-loop headers, comprehensions and membership tests. */
final class RustIteration {
    private static final String INDENT = "    ";
    private final RustExpressions expressions;
    private final RustContext context;

    RustIteration(RustExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /** A Rust iterator yielding owned items of the iterable's element type. */
    String iterator(Expr iterable) {
        return switch (iterable) {
            case Expr.RangeOf range -> range(range, false);
            case Expr.BuiltinCall call when call.builtin() == Builtin.ENUMERATE -> {
                String start = call.arguments().size() > 1 ? expressions.number(call.arguments().get(1), Type.INT).at(Rendered.ATOM)
                        : "0_" + context.types.intType();
                if (call.arguments().size() > 1 && call.arguments().get(1) instanceof Expr.IntConst constant) {
                    start = expressions.intLiteral(constant.value(), true).at(Rendered.ATOM);
                }
                yield "(" + start + "..).zip(" + iterator(call.arguments().getFirst()) + ")";
            }
            case Expr.BuiltinCall call when call.builtin() == Builtin.ZIP -> zip(call.arguments());
            case Expr.BuiltinCall call when call.builtin() == Builtin.REVERSED -> reversed(call.arguments().getFirst());
            case Expr.Comprehension comprehension when comprehension.lazy() -> lazy(comprehension);
            case Expr.TupleLiteral tuple -> "[" + tuple.elements().stream().map(expressions::owned).collect(Collectors.joining(", ")) + "].into_iter()";
            default -> sequence(iterable);
        };
    }

    private String sequence(Expr iterable) {
        Type type = iterable.type();
        Rendered rendered = expressions.render(iterable);
        return switch (type) {
            case Type.Str ignored -> rendered.at(Rendered.ATOM) + ".chars().map(String::from)";
            case Type.ListOf list -> rendered.shape() == Shape.VALUE ? rendered.at(Rendered.ATOM) + ".into_iter()"
                    : rendered.at(Rendered.ATOM) + ".iter()" + (RustTypes.isCopy(list.element()) ? ".copied()" : ".cloned()");
            case Type.TupleOf tuple -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < tuple.elements().size(); i++) {
                    items.add(expressions.owned(new Rendered(rendered.at(Rendered.ATOM) + "." + i, Shape.PLACE, Rendered.ATOM),
                            tuple.elements().get(i)).code());
                }
                yield "[" + String.join(", ", items) + "].into_iter()";
            }
            default -> throw RustContext.refuse("iterating over a " + type.python(), iterable.span());
        };
    }

    private String zip(List<Expr> arguments) {
        StringBuilder code = new StringBuilder(iterator(arguments.getFirst()));
        for (Expr argument : arguments.subList(1, arguments.size())) {
            code.append(".zip(").append(iterator(argument)).append(')');
        }
        if (arguments.size() > 2) {
            // zip(a, b, c) nests as ((a, b), c): flatten to Python's triples.
            StringBuilder pattern = new StringBuilder("(x0, x1)");
            List<String> names = new ArrayList<>(List.of("x0", "x1"));
            for (int i = 2; i < arguments.size(); i++) {
                pattern.insert(0, "(").append(", x").append(i).append(')');
                names.add("x" + i);
            }
            code.append(".map(|").append(pattern).append("| (").append(String.join(", ", names)).append("))");
        }
        return code.toString();
    }

    private String reversed(Expr iterable) {
        if (iterable instanceof Expr.RangeOf range) {
            return range(range, true);
        }
        Rendered rendered = expressions.render(iterable);
        return switch (iterable.type()) {
            case Type.Str ignored -> rendered.at(Rendered.ATOM) + ".chars().rev().map(String::from)";
            case Type.ListOf list -> rendered.shape() == Shape.VALUE ? rendered.at(Rendered.ATOM) + ".into_iter().rev()"
                    : rendered.at(Rendered.ATOM) + ".iter().rev()" + (RustTypes.isCopy(list.element()) ? ".copied()" : ".cloned()");
            default -> throw RustContext.refuse("reversed() of a " + iterable.type().python(), iterable.span());
        };
    }

    /** {@code range(start, stop, step)} as a Rust range (reversed when {@code backwards}). */
    String range(Expr.RangeOf range, boolean backwards) {
        boolean anchor = RustExpressions.literalOnly(range.start()) && RustExpressions.literalOnly(range.stop());
        Rendered start = anchor ? expressions.anchoredInt(range.start()) : expressions.number(range.start(), Type.INT);
        Rendered stop = expressions.number(range.stop(), Type.INT);
        BigInteger step = range.step() instanceof Expr.IntConst constant ? constant.value() : null;
        String rendered;
        boolean stepped;
        if (BigInteger.ONE.equals(step)) {
            rendered = "(" + start.at(Rendered.ADD) + ".." + stop.at(Rendered.ADD) + ")";
            stepped = false;
        } else if (step != null && step.signum() > 0) {
            rendered = "(" + start.at(Rendered.ADD) + ".." + stop.at(Rendered.ADD) + ").step_by(" + step + ")";
            stepped = true;
        } else if (step != null && step.signum() < 0) {
            String low = range.stop() instanceof Expr.IntConst constant ? expressions.intLiteral(constant.value().add(BigInteger.ONE), false).code()
                    : stop.at(Rendered.ADD + 1) + " + 1";
            rendered = "(" + low + "..=" + start.at(Rendered.ADD) + ").rev()" + (step.equals(BigInteger.ONE.negate()) ? "" : ".step_by(" + step.negate() + ")");
            stepped = true;
        } else {
            rendered = expressions.call(RustHelper.RANGE, start.code(), stop.code(), expressions.number(range.step(), Type.INT).code()).code();
            stepped = true;
        }
        if (!backwards) {
            return rendered;
        }
        if (!stepped) {
            return rendered + ".rev()";
        }
        // A stepped range reversed: its last value depends on the step, so collect it first.
        return rendered + ".collect::<Vec<" + context.types.intType() + ">>().into_iter().rev()";
    }

    // ---- for loops --------------------------------------------------------------------------------------------------

    /** A for-loop header: the pattern, the iterable, and the assignments that must open the body. */
    record Header(String pattern, String iterable, List<String> assignments) {}

    /** Binds the loop's variables (in the current scope) and renders the header. */
    Header header(Target target, Expr iterable) {
        if (target instanceof Target.Store store && store.declares() && iterable.type() instanceof Type.ListOf list
                && !(iterable instanceof Expr.BuiltinCall) && !context.body().isMutated(store.variable())) {
            Rendered rendered = expressions.render(iterable);
            boolean copy = RustTypes.isCopy(list.element());
            String source = switch (rendered.shape()) {
                case PLACE -> "&" + rendered.at(Rendered.UNARY);
                case VALUE -> null;
                case REF, SLICE -> rendered.code();
                case MUTREF -> rendered.at(Rendered.ATOM) + ".iter()";
            };
            if (source != null) {
                String name = context.name(store.variable());
                context.bind(store.variable(), new RustContext.Binding(name, copy ? Shape.PLACE : Shape.REF));
                return new Header(copy ? "&" + name : name, source, List.of());
            }
        }
        List<String> assignments = new ArrayList<>();
        String pattern = pattern(target, Type.elementOf(iterable.type()), assignments);
        String source = iterator(iterable);
        if (source.endsWith(".into_iter()")) {
            source = source.substring(0, source.length() - ".into_iter()".length());
        }
        return new Header(pattern, source, assignments);
    }

    /** A pattern binding owned items; stores into variables declared elsewhere become assignments in the body. */
    String pattern(Target target, Type item, List<String> assignments) {
        return switch (target) {
            case Target.Store store -> {
                Variable variable = store.variable();
                if (store.declares()) {
                    String name = context.name(variable);
                    context.bind(variable, new RustContext.Binding(name, Shape.PLACE));
                    yield (context.body().isMutated(variable) ? "mut " : "") + name;
                }
                String name = context.binding(variable).name();
                String next = context.temporary("next_" + variable.name());
                assignments.add(name + " = " + next + ";");
                yield next;
            }
            case Target.Unpack unpack when item instanceof Type.ListOf list -> {
                // A list item unpacked: take its elements by position (Python checked the length).
                String whole = context.temporary("item");
                for (int i = 0; i < unpack.targets().size(); i++) {
                    String element = whole + "[" + i + "]" + (RustTypes.isCopy(list.element()) ? "" : ".clone()");
                    unpackInto(unpack.targets().get(i), element, assignments);
                }
                yield whole;
            }
            case Target.Unpack unpack -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < unpack.targets().size(); i++) {
                    Type part = item instanceof Type.TupleOf tuple ? tuple.elements().get(i) : unpack.targets().get(i).type();
                    parts.add(pattern(unpack.targets().get(i), part, assignments));
                }
                yield RustExpressions.tuple(parts);
            }
            case Target.Element element -> throw RustContext.refuse("a list element as a loop variable", element.list().span());
        };
    }

    /** Statements that store an owned value into a loop target. */
    void unpackInto(Target target, String value, List<String> lines) {
        switch (target) {
            case Target.Store store when store.declares() -> {
                String name = context.name(store.variable());
                context.bind(store.variable(), new RustContext.Binding(name, Shape.PLACE));
                lines.add("let " + (context.isMutable(store.variable()) ? "mut " : "") + name + ": " + context.types.of(store.type()) + " = " + value + ";");
            }
            case Target.Store store -> lines.add(context.binding(store.variable()).name() + " = " + value + ";");
            case Target.Unpack unpack -> {
                String item = context.temporary("item");
                lines.add("let " + item + " = " + value + ";");
                boolean list = unpack.type() instanceof Type.ListOf;
                for (int i = 0; i < unpack.targets().size(); i++) {
                    Type type = unpack.targets().get(i).type();
                    String element = list ? item + "[" + i + "]" + (RustTypes.isCopy(type) ? "" : ".clone()") : item + "." + i;
                    unpackInto(unpack.targets().get(i), element, lines);
                }
            }
            case Target.Element element -> throw RustContext.refuse("a list element as a loop variable", element.list().span());
        }
    }

    // ---- comprehensions ---------------------------------------------------------------------------------------------

    Rendered comprehension(Expr.Comprehension comprehension) {
        if (comprehension.lazy()) {
            return Rendered.atom(lazy(comprehension));
        }
        String chain = chain(comprehension);
        String type = context.types.of(comprehension.type());
        if (chain != null) {
            return Rendered.atom(chain + ".collect::<" + type + ">()");
        }
        return Rendered.atom(block(comprehension, type));
    }

    private String lazy(Expr.Comprehension comprehension) {
        String chain = chain(comprehension);
        if (chain != null) {
            return chain;
        }
        Type element = ((Type.Iter) comprehension.type()).element();
        return block(comprehension, "Vec<" + context.types.of(element) + ">") + ".into_iter()";
    }

    /** {@code source.filter(..).map(..)} when one for clause and closures can bind its items, else null. */
    private String chain(Expr.Comprehension comprehension) {
        List<Expr.Clause> clauses = comprehension.clauses();
        if (!(clauses.getFirst() instanceof Expr.Clause.For loop) || clauses.stream().skip(1).anyMatch(c -> c instanceof Expr.Clause.For)) {
            return null;
        }
        Type item = Type.elementOf(loop.iterable().type());
        boolean filtered = clauses.size() > 1;
        if (filtered && !RustTypes.isCopy(item)) {
            return null;
        }
        StringBuilder code = new StringBuilder(iterator(loop.iterable()));
        context.push();
        try {
            List<String> assignments = new ArrayList<>();
            String pattern = pattern(loop.target(), Type.elementOf(loop.iterable().type()), assignments);
            if (!assignments.isEmpty() || pattern.contains("mut ")) {
                return null;
            }
            for (Expr.Clause clause : clauses.subList(1, clauses.size())) {
                Expr condition = ((Expr.Clause.If) clause).condition();
                code.append(".filter(|&").append(pattern).append("| ").append(expressions.truthy(condition).code()).append(')');
            }
            boolean identity = loop.target() instanceof Target.Store store && comprehension.element() instanceof Expr.Load load
                    && load.variable().equals(store.variable());
            if (!identity) {
                String element = expressions.owned(comprehension.element());
                boolean[] used = {false};
                IrWalk.expressions(comprehension.element(), inner -> used[0] |= inner instanceof Expr.Load);
                code.append(".map(|").append(used[0] ? pattern : "_").append("| ").append(element).append(')');
            }
            return code.toString();
        } finally {
            context.pop();
        }
    }

    /** The general comprehension: a block that fills a vector with nested loops. */
    private String block(Expr.Comprehension comprehension, String type) {
        String items = context.temporary("items");
        List<String> lines = new ArrayList<>();
        lines.add("{");
        lines.add(INDENT + "let mut " + items + ": " + type + " = Vec::new();");
        context.push();
        try {
            int depth = 1;
            for (Expr.Clause clause : comprehension.clauses()) {
                String indent = INDENT.repeat(depth);
                switch (clause) {
                    case Expr.Clause.For loop -> {
                        Header header = header(loop.target(), loop.iterable());
                        lines.add(indent + "for " + header.pattern() + " in " + RustStatements.withoutOuterParentheses(header.iterable()) + " {");
                        header.assignments().forEach(assignment -> lines.add(indent + INDENT + assignment));
                    }
                    case Expr.Clause.If condition -> lines.add(indent + "if " + expressions.truthy(condition.condition()).code() + " {");
                }
                depth++;
            }
            lines.add(INDENT.repeat(depth) + items + ".push(" + expressions.owned(comprehension.element()) + ");");
            for (depth--; depth >= 1; depth--) {
                lines.add(INDENT.repeat(depth) + "}");
            }
        } finally {
            context.pop();
        }
        lines.add(INDENT + items);
        lines.add("}");
        return String.join("\n", lines);
    }

    // ---- membership -------------------------------------------------------------------------------------------------

    /** {@code element in container}. */
    String contains(Expr container, Rendered rendered, Expr element, Rendered item) {
        Type type = container.type();
        return switch (type) {
            case Type.Str ignored -> rendered.at(Rendered.ATOM) + ".contains(" + patternArgument(item) + ")";
            case Type.ListOf list -> {
                if (item.shape() == Shape.REF && !RustTypes.isCopy(list.element())) {
                    yield rendered.at(Rendered.ATOM) + ".contains(" + item.code() + ")";
                }
                if (RustTypes.isCopy(list.element()) || item.shape() == Shape.VALUE || item.shape() == Shape.PLACE) {
                    yield rendered.at(Rendered.ATOM) + ".contains(&" + expressions.owned(item, element.type()).at(Rendered.UNARY) + ")";
                }
                yield rendered.at(Rendered.ATOM) + ".iter().any(|candidate| " + expressions.ordered(element,
                        new Rendered("candidate", Shape.REF, Rendered.ATOM), "==", element, item) + ")";
            }
            case Type.Range ignored -> {
                Expr.RangeOf range = (Expr.RangeOf) container;
                String value = expressions.number(element, Type.INT).code();
                if (range.step() instanceof Expr.IntConst step && step.value().equals(BigInteger.ONE)) {
                    yield "(" + expressions.number(range.start(), Type.INT).at(Rendered.ADD) + ".." + expressions.number(range.stop(), Type.INT)
                            .at(Rendered.ADD) + ").contains(&" + Rendered.atom(value).code() + ")";
                }
                yield range(range, false) + ".any(|candidate| candidate == " + value + ")";
            }
            case Type.TupleOf ignored -> "[" + (container instanceof Expr.TupleLiteral literal
                    ? literal.elements().stream().map(expressions::owned).collect(Collectors.joining(", "))
                    : String.join(", ", tupleItems(rendered, (Type.TupleOf) type))) + "].contains(&" + expressions.owned(item, element.type()).at(Rendered.UNARY) + ")";
            default -> throw RustContext.refuse("'in' on a " + type.python(), container.span());
        };
    }

    private List<String> tupleItems(Rendered tuple, Type.TupleOf type) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < type.elements().size(); i++) {
            items.add(expressions.owned(new Rendered(tuple.at(Rendered.ATOM) + "." + i, Shape.PLACE, Rendered.ATOM), type.elements().get(i)).code());
        }
        return items;
    }

    /** A str value as a pattern argument of {@code contains}, {@code starts_with}…: a {@code &str} or {@code &String}. */
    static String patternArgument(Rendered item) {
        return switch (item.shape()) {
            case SLICE, REF -> item.code();
            default -> "&" + item.at(Rendered.UNARY);
        };
    }
}
