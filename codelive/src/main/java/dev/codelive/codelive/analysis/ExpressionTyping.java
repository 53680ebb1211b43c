package dev.codelive.codelive.analysis;

import dev.codelive.codelive.analysis.Term.Kind;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Keyword;
import dev.codelive.codelive.syntax.Node;
import dev.codelive.codelive.syntax.UnaryOperator;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Types expressions for {@link Inference}: Python's rules for operators, builtins, methods and comprehensions. */
final class ExpressionTyping {
    /** Builtins, with the keyword arguments each accepts. */
    static final Map<String, Set<String>> BUILTINS = Map.ofEntries(
            Map.entry("abs", Set.of()), Map.entry("all", Set.of()), Map.entry("any", Set.of()), Map.entry("bool", Set.of()),
            Map.entry("chr", Set.of()), Map.entry("divmod", Set.of()), Map.entry("enumerate", Set.of("start")),
            Map.entry("float", Set.of()), Map.entry("int", Set.of()), Map.entry("len", Set.of()), Map.entry("list", Set.of()),
            Map.entry("max", Set.of()), Map.entry("min", Set.of()), Map.entry("ord", Set.of()), Map.entry("pow", Set.of()), Map.entry("range", Set.of()),
            Map.entry("reversed", Set.of()), Map.entry("round", Set.of()), Map.entry("sorted", Set.of("reverse")),
            Map.entry("str", Set.of()), Map.entry("sum", Set.of("start")), Map.entry("zip", Set.of()));
    static final Set<String> LIST_METHODS = Set.of("append", "pop", "insert", "extend", "index", "count", "reverse", "sort", "copy",
            "clear", "remove");
    static final Set<String> STR_METHODS = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "split", "join", "replace",
            "startswith", "endswith", "find", "count", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "title", "capitalize",
            "index");

    private final Inference inference;
    private final Names names;
    private final Constraints constraints;

    ExpressionTyping(Inference inference, Names names, Constraints constraints) {
        this.inference = inference;
        this.names = names;
        this.constraints = constraints;
    }

    /** An expression statement: a {@code print(...)} call is typed here, as it is only a statement. */
    void statementExpression(Expr expression, Scope scope) {
        if (expression instanceof Expr.Call call && isPrint(call, scope)) {
            for (Expr argument : call.arguments()) {
                type(argument, scope);
            }
            for (Keyword keyword : call.keywords()) {
                if (!keyword.name().equals("sep") && !keyword.name().equals("end")) {
                    throw new UnsupportedConstruct("print(" + keyword.name() + "=...)", keyword.span().start());
                }
                Term value = type(keyword.value(), scope);
                inference.unify(Term.of(Kind.STR), value, "print's " + keyword.name(), keyword.value());
            }
            return;
        }
        type(expression, scope);
    }

    static boolean isPrint(Expr.Call call, Scope scope) {
        return call.function() instanceof Expr.Name name && name.id().equals("print") && scope.lookup("print").isEmpty();
    }

    Term type(Expr expression, Scope scope) {
        Term term = compute(expression, scope);
        inference.types().put(expression, term);
        return term;
    }

    private Term compute(Expr expression, Scope scope) {
        return switch (expression) {
            case Expr.IntLiteral ignored -> Term.of(Kind.INT);
            case Expr.FloatLiteral ignored -> Term.of(Kind.FLOAT);
            case Expr.BoolLiteral ignored -> Term.of(Kind.BOOL);
            case Expr.StringLiteral ignored -> Term.of(Kind.STR);
            case Expr.NoneLiteral ignored -> Term.of(Kind.NONE);
            case Expr.FString fstring -> {
                inference.fstring(fstring, scope);
                yield Term.of(Kind.STR);
            }
            case Expr.Name name -> name(name, scope);
            case Expr.BinaryOp op -> binary(type(op.left(), scope), op.operator(), type(op.right(), scope), op);
            case Expr.UnaryOp op -> unary(op, type(op.operand(), scope));
            case Expr.BoolOp op -> {
                Term result = type(op.values().getFirst(), scope);
                for (Expr value : op.values().subList(1, op.values().size())) {
                    inference.unify(result, type(value, scope), "the operands of " + op.operator().symbol(), value);
                }
                yield result;
            }
            case Expr.Compare compare -> compare(compare, scope);
            case Expr.Conditional conditional -> {
                type(conditional.condition(), scope);
                Term result = type(conditional.whenTrue(), scope);
                inference.unify(result, type(conditional.whenFalse(), scope), "the two values of the conditional expression",
                        conditional.whenFalse());
                yield result;
            }
            case Expr.Call call -> call(call, scope);
            case Expr.Attribute attribute -> {
                if (attribute.value() instanceof Expr.Name module && names.isMathModule(module.id()) && scope.lookup(module.id()).isEmpty()) {
                    if (Names.MATH_CONSTANTS.containsKey(attribute.name())) {
                        yield Term.of(Kind.FLOAT);
                    }
                    throw new UnsupportedConstruct("math." + attribute.name() + " as a value", attribute.span().start());
                }
                throw new UnsupportedConstruct("attributes other than math's", attribute.span().start());
            }
            case Expr.Subscript subscript -> subscript(subscript, scope);
            case Expr.Slice slice -> throw new UnsupportedConstruct("slices outside a subscript", slice.span().start());
            case Expr.ListLiteral list -> {
                Term element = Term.unknown();
                for (Expr item : list.elements()) {
                    inference.unify(element, type(item, scope), "the elements of this list", item);
                }
                yield Term.of(Kind.LIST, element);
            }
            case Expr.TupleLiteral tuple -> Term.tuple(tuple.elements().stream().map(item -> type(item, scope)).toList());
            case Expr.ListComp comprehension ->
                    Term.of(Kind.LIST, comprehension(comprehension, comprehension.element(), comprehension.clauses(), scope));
            case Expr.GeneratorExp generator ->
                    Term.of(Kind.ITER, comprehension(generator, generator.element(), generator.clauses(), scope));
        };
    }

    private Term name(Expr.Name name, Scope scope) {
        var variable = scope.lookup(name.id());
        if (variable.isPresent()) {
            return variable.get();
        }
        if (names.mathMember(name.id()).filter(Names.MATH_CONSTANTS::containsKey).isPresent()) {
            return Term.of(Kind.FLOAT);
        }
        if (name.id().equals("__name__")) {
            return Term.of(Kind.STR);
        }
        if (inference.functions().containsKey(name.id()) || BUILTINS.containsKey(name.id()) || names.mathMember(name.id()).isPresent()) {
            throw new UnsupportedConstruct("functions as values", name.span().start());
        }
        throw new TypeProblem("name '" + name.id() + "' is not defined", name.span().start());
    }

    Term binary(Term left, BinaryOperator operator, Term right, Node where) {
        Term result = Term.unknown();
        constraints.add(where.span().start(), "the operands of " + operator.symbol(), () -> {
            if (!left.known() || !right.known()) {
                return false;
            }
            Kind a = left.kind().orElseThrow();
            Kind b = right.kind().orElseThrow();
            Term answer = arithmetic(a, operator, b, where, left, right);
            inference.unify(result, answer, "the result of " + operator.symbol(), where);
            return true;
        });
        return result;
    }

    private static boolean numeric(Kind kind) {
        return kind == Kind.INT || kind == Kind.BOOL || kind == Kind.FLOAT;
    }

    private Term arithmetic(Kind a, BinaryOperator operator, Kind b, Node where, Term left, Term right) {
        if (numeric(a) && numeric(b)) {
            if (operator == BinaryOperator.DIVIDE || a == Kind.FLOAT || b == Kind.FLOAT) {
                return Term.of(Kind.FLOAT);
            }
            if (operator == BinaryOperator.POWER && where instanceof Expr.BinaryOp op && negativeLiteral(op.right())) {
                return Term.of(Kind.FLOAT);
            }
            return Term.of(Kind.INT);
        }
        if (operator == BinaryOperator.ADD && a == b && (a == Kind.STR || a == Kind.LIST)) {
            inference.unify(left, right, "both sides of +", where);
            return left;
        }
        if (operator == BinaryOperator.MULTIPLY && (a == Kind.STR || a == Kind.LIST) && (b == Kind.INT || b == Kind.BOOL)) {
            return left;
        }
        if (operator == BinaryOperator.MULTIPLY && (b == Kind.STR || b == Kind.LIST) && (a == Kind.INT || a == Kind.BOOL)) {
            return right;
        }
        if (operator == BinaryOperator.MODULO && a == Kind.STR) {
            throw new UnsupportedConstruct("%-formatting of strings (use an f-string)", where.span().start());
        }
        throw new TypeProblem("unsupported operand types for " + operator.symbol() + ": " + left.describe() + " and " + right.describe(),
                where.span().start());
    }

    private static boolean negativeLiteral(Expr exponent) {
        return exponent instanceof Expr.UnaryOp unary && unary.operator() == UnaryOperator.NEGATE && unary.operand() instanceof Expr.IntLiteral;
    }

    private Term unary(Expr.UnaryOp op, Term operand) {
        if (op.operator() == UnaryOperator.NOT) {
            return Term.of(Kind.BOOL);
        }
        Term result = Term.unknown();
        constraints.add(op.span().start(), "the operand of " + op.operator().symbol(), () -> {
            if (!operand.known()) {
                return false;
            }
            if (operand.is(Kind.FLOAT)) {
                inference.unify(result, operand, "the result of " + op.operator().symbol(), op);
            } else if (operand.is(Kind.INT) || operand.is(Kind.BOOL)) {
                inference.unify(result, Term.of(Kind.INT), "the result of " + op.operator().symbol(), op);
            } else {
                throw new TypeProblem("bad operand type for unary " + op.operator().symbol() + ": " + operand.describe(), op.span().start());
            }
            return true;
        });
        return result;
    }

    private Term compare(Expr.Compare compare, Scope scope) {
        Term left = type(compare.left(), scope);
        for (Expr.Compare.Link link : compare.links()) {
            Term right = type(link.right(), scope);
            if (link.operator() == CompareOperator.IS || link.operator() == CompareOperator.IS_NOT) {
                throw new UnsupportedConstruct("'" + link.operator().symbol() + "' comparisons", compare.span().start());
            }
            if (link.operator() == CompareOperator.IN || link.operator() == CompareOperator.NOT_IN) {
                Term member = left;
                constraints.add(link.right().span().start(), "the container of " + link.operator().symbol(), () -> {
                    if (!right.known()) {
                        return false;
                    }
                    switch (right.kind().orElseThrow()) {
                        case STR -> inference.unify(Term.of(Kind.STR), member, "the left side of in", compare);
                        case LIST, ITER -> inference.unify(right.argument(0), member, "the left side of in", compare);
                        case RANGE -> inference.unify(Term.of(Kind.INT), member, "the left side of in", compare);
                        case TUPLE -> right.arguments().forEach(element -> inference.unify(element, member, "the left side of in", compare));
                        default -> throw new TypeProblem("'in' needs a list, str, tuple or range, not " + right.describe(),
                                link.right().span().start());
                    }
                    return true;
                });
            }
            left = right;
        }
        return Term.of(Kind.BOOL);
    }

    private Term subscript(Expr.Subscript subscript, Scope scope) {
        Term container = type(subscript.value(), scope);
        if (subscript.index() instanceof Expr.Slice slice) {
            for (Expr part : new Expr[] {slice.lower(), slice.upper(), slice.step()}) {
                if (part != null) {
                    requireInt(type(part, scope), part);
                }
            }
            constraints.add(subscript.span().start(), "the sliced value", () -> {
                if (!container.known()) {
                    return false;
                }
                if (!container.is(Kind.LIST) && !container.is(Kind.STR)) {
                    throw new UnsupportedConstruct("slices of a " + container.describe(), subscript.span().start());
                }
                return true;
            });
            return container;
        }
        Term index = type(subscript.index(), scope);
        requireInt(index, subscript.index());
        Term element = Term.unknown();
        constraints.add(subscript.span().start(), "the indexed value", () -> {
            if (!container.known()) {
                return false;
            }
            switch (container.kind().orElseThrow()) {
                case LIST -> inference.unify(element, container.argument(0), "the element", subscript);
                case STR -> inference.unify(element, Term.of(Kind.STR), "the element", subscript);
                case TUPLE -> {
                    int position = constantIndex(subscript.index(), container.arguments().size());
                    inference.unify(element, container.argument(position), "the element", subscript);
                }
                default -> throw new UnsupportedConstruct("indexing a " + container.describe(), subscript.span().start());
            }
            return true;
        });
        return element;
    }

    private static int constantIndex(Expr index, int size) {
        BigInteger value = null;
        if (index instanceof Expr.IntLiteral literal) {
            value = literal.value();
        } else if (index instanceof Expr.UnaryOp unary && unary.operator() == UnaryOperator.NEGATE && unary.operand() instanceof Expr.IntLiteral literal) {
            value = literal.value().negate();
        }
        if (value == null) {
            throw new UnsupportedConstruct("tuple indexes that are not constants", index.span().start());
        }
        int position = value.signum() < 0 ? value.intValue() + size : value.intValue();
        if (value.bitLength() > 31 || position < 0 || position >= size) {
            throw new TypeProblem("tuple index out of range", index.span().start());
        }
        return position;
    }

    void requireInt(Term term, Expr where) {
        constraints.add(where.span().start(), "this index", () -> {
            if (!term.known()) {
                return false;
            }
            if (!term.is(Kind.INT) && !term.is(Kind.BOOL)) {
                throw new TypeProblem("indices must be integers, not " + term.describe(), where.span().start());
            }
            return true;
        });
    }

    /** What {@code for x in <iterable>} binds {@code x} to. */
    Term elementOf(Term iterable, Expr where) {
        Term element = Term.unknown();
        constraints.add(where.span().start(), "the iterated value", () -> {
            if (!iterable.known()) {
                return false;
            }
            switch (iterable.kind().orElseThrow()) {
                case LIST, ITER -> inference.unify(element, iterable.argument(0), "the loop variable", where);
                case RANGE -> inference.unify(element, Term.of(Kind.INT), "the loop variable", where);
                case STR -> inference.unify(element, Term.of(Kind.STR), "the loop variable", where);
                case TUPLE -> iterable.arguments().forEach(item -> inference.unify(element, item, "the loop variable", where));
                default -> throw new TypeProblem(iterable.describe() + " is not iterable", where.span().start());
            }
            return true;
        });
        return element;
    }

    private Term comprehension(Expr node, Expr element, List<Comprehension> clauses, Scope enclosing) {
        // Python evaluates the first iterable in the enclosing scope, the rest inside the comprehension's own.
        Term firstIterable = type(clauses.getFirst().iterable(), enclosing);
        Scope scope = inference.comprehensionScope(node, enclosing, clauses);
        for (int i = 0; i < clauses.size(); i++) {
            Comprehension clause = clauses.get(i);
            Term iterable = i == 0 ? firstIterable : type(clause.iterable(), scope);
            inference.bind(clause.target(), elementOf(iterable, clause.iterable()), scope);
            clause.conditions().forEach(condition -> type(condition, scope));
        }
        return type(element, scope);
    }

    private Term call(Expr.Call call, Scope scope) {
        if (call.function() instanceof Expr.Attribute attribute) {
            if (attribute.value() instanceof Expr.Name module && names.isMathModule(module.id()) && scope.lookup(module.id()).isEmpty()) {
                return math(attribute.name(), call, scope);
            }
            return method(type(attribute.value(), scope), attribute, call, scope);
        }
        if (!(call.function() instanceof Expr.Name name)) {
            throw new UnsupportedConstruct("calls of computed functions", call.span().start());
        }
        if (scope.lookup(name.id()).isPresent()) {
            throw new TypeProblem(name.id() + " is a variable, not a function", call.span().start());
        }
        var function = inference.functions().get(name.id());
        if (function != null) {
            return userCall(function, call, scope);
        }
        var member = names.mathMember(name.id());
        if (member.isPresent()) {
            return math(member.get(), call, scope);
        }
        if (name.id().equals("print")) {
            throw new UnsupportedConstruct("print(...) inside an expression", call.span().start());
        }
        if (!BUILTINS.containsKey(name.id())) {
            throw new UnsupportedConstruct("calls of " + name.id() + "()", call.span().start());
        }
        for (Keyword keyword : call.keywords()) {
            if (!BUILTINS.get(name.id()).contains(keyword.name())) {
                throw new UnsupportedConstruct(name.id() + "(" + keyword.name() + "=...)", keyword.span().start());
            }
        }
        return new BuiltinTyping(inference, this, constraints).type(name.id(), call, scope);
    }

    private Term userCall(Inference.Signature function, Expr.Call call, Scope scope) {
        var parameters = function.definition().parameters();
        List<Expr> bound = bindArguments(function.definition(), call);
        for (int i = 0; i < bound.size(); i++) {
            if (bound.get(i) != null) {
                inference.unify(function.parameters().get(i), type(bound.get(i), scope),
                        "parameter " + parameters.get(i).name() + " of " + function.definition().name(), bound.get(i));
            }
        }
        return function.result();
    }

    /**
     * The argument for each parameter of a call, positional then by keyword; null where the default applies. Checks
     * what Python checks: too many arguments, unknown or repeated keywords, missing arguments.
     */
    static List<Expr> bindArguments(dev.codelive.codelive.syntax.Stmt.FunctionDef definition, Expr.Call call) {
        var parameters = definition.parameters();
        String name = definition.name();
        if (call.arguments().size() > parameters.size()) {
            throw new TypeProblem(name + "() takes " + parameters.size() + " arguments, " + call.arguments().size() + " given",
                    call.span().start());
        }
        List<Expr> bound = new ArrayList<>(java.util.Collections.nCopies(parameters.size(), (Expr) null));
        for (int i = 0; i < call.arguments().size(); i++) {
            bound.set(i, call.arguments().get(i));
        }
        for (Keyword keyword : call.keywords()) {
            int index = -1;
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).name().equals(keyword.name())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new TypeProblem(name + "() has no parameter " + keyword.name(), keyword.span().start());
            }
            if (bound.get(index) != null) {
                throw new TypeProblem(name + "() got several values for " + keyword.name(), keyword.span().start());
            }
            bound.set(index, keyword.value());
        }
        if (reordered(parameters, call) && call.keywords().stream().anyMatch(keyword -> containsCall(keyword.value()))) {
            // Python evaluates arguments in the order written; the rendered call passes them in parameter order.
            throw new UnsupportedConstruct("keyword arguments out of parameter order that call functions",
                    call.keywords().getFirst().span().start());
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (bound.get(i) == null && parameters.get(i).defaultValue() == null) {
                throw new TypeProblem(name + "() is missing its argument " + parameters.get(i).name(), call.span().start());
            }
        }
        return bound;
    }

    private static boolean reordered(List<dev.codelive.codelive.syntax.Parameter> parameters, Expr.Call call) {
        int last = call.arguments().size() - 1;
        for (Keyword keyword : call.keywords()) {
            int index = 0;
            while (!parameters.get(index).name().equals(keyword.name())) {
                index++;
            }
            if (index < last) {
                return true;
            }
            last = index;
        }
        return false;
    }

    private static boolean containsCall(Node node) {
        return node instanceof Expr.Call || node.children().stream().anyMatch(ExpressionTyping::containsCall);
    }

    private Term math(String function, Expr.Call call, Scope scope) {
        Kind result = Names.MATH_FUNCTIONS.get(function);
        if (result == null) {
            throw new UnsupportedConstruct("math." + function + "()", call.span().start());
        }
        if (!call.keywords().isEmpty()) {
            throw new UnsupportedConstruct("keyword arguments to math." + function + "()", call.span().start());
        }
        for (Expr argument : call.arguments()) {
            Term term = type(argument, scope);
            constraints.add(argument.span().start(), "the argument of math." + function, () -> {
                if (!term.known()) {
                    return false;
                }
                if (!numeric(term.kind().orElseThrow())) {
                    throw new TypeProblem("math." + function + "() needs numbers, not " + term.describe(), argument.span().start());
                }
                return true;
            });
        }
        return Term.of(result);
    }

    private Term method(Term receiver, Expr.Attribute attribute, Expr.Call call, Scope scope) {
        String method = attribute.name();
        if (!call.keywords().isEmpty()) {
            throw new UnsupportedConstruct("keyword arguments to ." + method + "()", call.span().start());
        }
        List<Term> arguments = new ArrayList<>();
        call.arguments().forEach(argument -> arguments.add(type(argument, scope)));
        Term result = Term.unknown();
        constraints.add(call.span().start(), "the object of ." + method + "()", () -> {
            if (!receiver.known()) {
                return false;
            }
            Term answer = switch (receiver.kind().orElseThrow()) {
                case LIST -> MethodTyping.list(inference, receiver, method, arguments, call);
                case STR -> MethodTyping.str(inference, method, arguments, call);
                default -> throw new UnsupportedConstruct("." + method + "() of a " + receiver.describe(), call.span().start());
            };
            inference.unify(result, answer, "the result of ." + method + "()", call);
            return true;
        });
        return result;
    }
}
