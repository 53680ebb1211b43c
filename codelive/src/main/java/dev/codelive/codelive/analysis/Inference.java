package dev.codelive.codelive.analysis;

import dev.codelive.codelive.analysis.Term.Kind;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Alias;
import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.FStringPart;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.Node;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers one static type for every expression and variable of a snippet: walks it once, unifying what must agree
 * (a variable's stores, a function's call sites and returns, a list's elements) and queueing the rules that wait
 * for operand types ({@link Constraints}), then solves. A snippet whose types conflict or stay open is refused
 * with a {@link TypeProblem} pointing at the place.
 */
final class Inference {
    /** A function's parameters and result, as terms shared by its body and its call sites. */
    record Signature(Stmt.FunctionDef definition, List<Term> parameters, Term result) {}

    private final Names names;
    private final Constraints constraints;
    private final IdentityHashMap<Expr, Term> types = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Scope> scopes = new IdentityHashMap<>();
    private final Map<String, Signature> functions = new LinkedHashMap<>();
    private final Scope module = new Scope(null, Variable.Scope.GLOBAL);
    private final ExpressionTyping expressions;

    Inference(Names names, Constraints constraints) {
        this.names = names;
        this.constraints = constraints;
        this.expressions = new ExpressionTyping(this, names, constraints);
    }

    IdentityHashMap<Expr, Term> types() {
        return types;
    }

    Scope module() {
        return module;
    }

    Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    void scope(Node node, Scope scope) {
        scopes.put(node, scope);
    }

    Map<String, Signature> functions() {
        return functions;
    }

    void run(Module snippet) {
        declareAssigned(snippet.body(), module, Variable.Scope.GLOBAL);
        for (Stmt statement : snippet.body()) {
            if (statement instanceof Stmt.FunctionDef definition) {
                signature(definition);
            }
        }
        block(snippet.body(), module, null);
        for (Signature signature : functions.values()) {
            block(signature.definition().body(), scopes.get(signature.definition()), signature);
        }
        if (!constraints.solve()) {
            // What waits may wait on an empty list nothing fills (sum([])): its elements default, then solve again.
            types.values().forEach(Inference::defaultOpenElements);
            if (!constraints.solve()) {
                throw constraints.unsolved();
            }
        }
        requireComplete();
    }

    private void signature(Stmt.FunctionDef definition) {
        if (functions.containsKey(definition.name()) || module.declaresHere(definition.name())) {
            throw new TypeProblem("the name " + definition.name() + " is bound twice (a function is defined only once and not reassigned)",
                    definition.span().start());
        }
        Scope scope = new Scope(module, Variable.Scope.LOCAL);
        scopes.put(definition, scope);
        List<Term> parameters = new java.util.ArrayList<>();
        for (Parameter parameter : definition.parameters()) {
            scope.declare(parameter.name(), Variable.Scope.PARAMETER);
            Term term = scope.lookup(parameter.name()).orElseThrow();
            if (parameter.annotation() != null) {
                names.annotation(parameter.annotation()).ifPresent(hint -> unify(term, hint, parameter.name(), parameter));
            }
            if (parameter.defaultValue() != null) {
                unify(term, expressions.type(parameter.defaultValue(), module), parameter.name(), parameter.defaultValue());
            }
            parameters.add(term);
        }
        Term result = Term.unknown();
        if (definition.returns() != null) {
            names.annotation(definition.returns()).ifPresent(hint -> unify(result, hint, "the result of " + definition.name(), definition));
        }
        if (!returnsValue(definition.body())) {
            unify(result, Term.of(Kind.NONE), "the result of " + definition.name(), definition);
        }
        declareAssigned(definition.body(), scope, Variable.Scope.LOCAL);
        functions.put(definition.name(), new Signature(definition, parameters, result));
    }

    private static boolean returnsValue(List<Stmt> body) {
        for (Stmt statement : body) {
            boolean found = switch (statement) {
                case Stmt.Return ret -> ret.value() != null;
                case Stmt.If conditional -> conditional.branches().stream().anyMatch(b -> returnsValue(b.body())) || returnsValue(conditional.orElse());
                case Stmt.While loop -> returnsValue(loop.body()) || returnsValue(loop.orElse());
                case Stmt.For loop -> returnsValue(loop.body()) || returnsValue(loop.orElse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Python's rule: a name stored anywhere in a function's body (not in a comprehension) is local to it. */
    private void declareAssigned(List<Stmt> body, Scope scope, Variable.Scope kind) {
        for (Stmt statement : body) {
            switch (statement) {
                case Stmt.Assign assign -> assign.targets().forEach(target -> declareTarget(target, scope, kind));
                case Stmt.AugAssign assign -> declareTarget(assign.target(), scope, kind);
                case Stmt.AnnAssign assign -> declareTarget(assign.target(), scope, kind);
                case Stmt.For loop -> {
                    declareTarget(loop.target(), scope, kind);
                    declareAssigned(loop.body(), scope, kind);
                    declareAssigned(loop.orElse(), scope, kind);
                }
                case Stmt.While loop -> {
                    declareAssigned(loop.body(), scope, kind);
                    declareAssigned(loop.orElse(), scope, kind);
                }
                case Stmt.If conditional -> {
                    conditional.branches().forEach(branch -> declareAssigned(branch.body(), scope, kind));
                    declareAssigned(conditional.orElse(), scope, kind);
                }
                case Stmt.FunctionDef definition when kind == Variable.Scope.LOCAL ->
                        throw new UnsupportedConstruct("nested functions", definition.span().start());
                default -> { }
            }
        }
    }

    private void declareTarget(Expr target, Scope scope, Variable.Scope kind) {
        switch (target) {
            case Expr.Name name -> {
                if (functions.containsKey(name.id())) {
                    throw new TypeProblem("the name " + name.id() + " is bound twice (a function is defined only once and not reassigned)",
                            name.span().start());
                }
                scope.declare(name.id(), kind);
            }
            case Expr.TupleLiteral tuple -> tuple.elements().forEach(element -> declareTarget(element, scope, kind));
            case Expr.ListLiteral list -> list.elements().forEach(element -> declareTarget(element, scope, kind));
            default -> { }
        }
    }

    private void block(List<Stmt> body, Scope scope, Signature function) {
        for (Stmt statement : body) {
            statement(statement, scope, function);
        }
    }

    private void statement(Stmt statement, Scope scope, Signature function) {
        switch (statement) {
            case Stmt.ExprStmt expression -> expressions.statementExpression(expression.expression(), scope);
            case Stmt.Assign assign -> {
                Term value = expressions.type(assign.value(), scope);
                for (Expr target : assign.targets()) {
                    bind(target, value, scope);
                }
            }
            case Stmt.AugAssign assign -> {
                Term current = expressions.type(assign.target(), scope);
                Term value = expressions.type(assign.value(), scope);
                Term result = expressions.binary(current, assign.operator(), value, assign);
                unify(current, result, describeTarget(assign.target()), assign);
            }
            case Stmt.AnnAssign assign -> {
                if (!(assign.target() instanceof Expr.Name name)) {
                    throw new UnsupportedConstruct("annotated assignments to anything but a name", assign.span().start());
                }
                Term variable = scope.lookup(name.id()).orElseThrow();
                types.put(name, variable);
                names.annotation(assign.annotation()).ifPresent(hint -> unify(variable, hint, name.id(), assign));
                if (assign.value() != null) {
                    bind(name, expressions.type(assign.value(), scope), scope);
                }
            }
            case Stmt.FunctionDef definition -> {
                if (scope != module) {
                    throw new UnsupportedConstruct("nested functions", definition.span().start());
                }
            }
            case Stmt.Return ret -> {
                Term value = ret.value() == null ? Term.of(Kind.NONE) : expressions.type(ret.value(), scope);
                unify(function.result(), value, "the result of " + function.definition().name(), ret);
            }
            case Stmt.If conditional -> {
                for (Branch branch : conditional.branches()) {
                    expressions.type(branch.condition(), scope);
                    block(branch.body(), scope, function);
                }
                block(conditional.orElse(), scope, function);
            }
            case Stmt.While loop -> {
                expressions.type(loop.condition(), scope);
                block(loop.body(), scope, function);
                block(loop.orElse(), scope, function);
            }
            case Stmt.For loop -> {
                Term iterable = expressions.type(loop.iterable(), scope);
                bind(loop.target(), expressions.elementOf(iterable, loop.iterable()), scope);
                block(loop.body(), scope, function);
                block(loop.orElse(), scope, function);
            }
            case Stmt.Assert check -> {
                expressions.type(check.condition(), scope);
                if (check.message() != null) {
                    expressions.type(check.message(), scope);
                }
            }
            case Stmt.Import imports -> imports.names().forEach(alias -> names.importModule(alias));
            case Stmt.ImportFrom imports -> {
                for (Alias alias : imports.names()) {
                    names.importFrom(imports.module(), alias, imports.span().start());
                }
            }
            case Stmt.Break ignored -> { }
            case Stmt.Continue ignored -> { }
            case Stmt.Pass ignored -> { }
        }
    }

    /** Stores a value of type {@code value} into {@code target}: a name, an element, or a tuple of targets. */
    void bind(Expr target, Term value, Scope scope) {
        switch (target) {
            case Expr.Name name -> {
                Term variable = scope.lookup(name.id()).orElseThrow(() ->
                        new TypeProblem("cannot assign to " + name.id() + " here", name.span().start()));
                types.put(name, variable);
                unify(variable, value, name.id(), name);
            }
            case Expr.TupleLiteral tuple -> unpack(tuple, tuple.elements(), value, scope);
            case Expr.ListLiteral list -> unpack(list, list.elements(), value, scope);
            case Expr.Subscript subscript -> {
                if (subscript.index() instanceof Expr.Slice) {
                    throw new UnsupportedConstruct("assignments to slices", subscript.span().start());
                }
                Term container = expressions.type(subscript.value(), scope);
                expressions.requireInt(expressions.type(subscript.index(), scope), subscript.index());
                types.put(subscript, value);
                constraints.add(subscript.span().start(), "the list " + describeTarget(subscript.value()), () -> {
                    if (!container.known()) {
                        return false;
                    }
                    if (!container.is(Kind.LIST)) {
                        throw new TypeProblem("item assignment to a " + container.describe() + " (only lists can change)",
                                subscript.span().start());
                    }
                    unify(container.argument(0), value, "the elements of " + describeTarget(subscript.value()), subscript);
                    return true;
                });
            }
            case Expr.Attribute attribute -> throw new UnsupportedConstruct("assignments to attributes", attribute.span().start());
            default -> throw new TypeProblem("cannot assign to this expression", target.span().start());
        }
    }

    private void unpack(Expr target, List<Expr> elements, Term value, Scope scope) {
        List<Term> parts = elements.stream().map(ignored -> Term.unknown()).toList();
        types.put(target, Term.tuple(parts));
        for (int i = 0; i < elements.size(); i++) {
            bind(elements.get(i), parts.get(i), scope);
        }
        constraints.add(target.span().start(), "the value unpacked", () -> {
            if (!value.known()) {
                return false;
            }
            if (value.is(Kind.TUPLE)) {
                if (value.arguments().size() != parts.size()) {
                    throw new TypeProblem("unpacking " + value.arguments().size() + " values into " + parts.size() + " targets",
                            target.span().start());
                }
                for (int i = 0; i < parts.size(); i++) {
                    unify(parts.get(i), value.argument(i), "an unpacked value", elements.get(i));
                }
                return true;
            }
            if (value.is(Kind.LIST)) {
                // The length is checked when the program runs, as Python does.
                for (int i = 0; i < parts.size(); i++) {
                    unify(parts.get(i), value.argument(0), "an unpacked value", elements.get(i));
                }
                return true;
            }
            throw new UnsupportedConstruct("unpacking a " + value.describe(), target.span().start());
        });
    }

    /** Unifies, or refuses the snippet: {@code what} holds both of two types. */
    void unify(Term expected, Term actual, String what, Node where) {
        String before = expected.describe();
        if (!Term.unify(expected, actual)) {
            throw new TypeProblem(what + " would be both " + before + " and " + actual.describe(), where.span().start());
        }
    }

    private void requireComplete() {
        for (Map.Entry<Expr, Term> entry : types.entrySet()) {
            if (!entry.getValue().complete()) {
                defaultOpenElements(entry.getValue());
            }
        }
        for (Map.Entry<Expr, Term> entry : types.entrySet()) {
            if (!entry.getValue().complete()) {
                throw new TypeProblem("cannot tell the type of this expression (" + entry.getValue().describe()
                        + "); add a type annotation", entry.getKey().span().start());
            }
        }
    }

    /**
     * An empty list that nothing ever fills ({@code print([])}) has no element type; Python does not care, and
     * neither does the output, so it becomes a list of ints. Only list elements default; anything else open is an
     * error.
     */
    private static void defaultOpenElements(Term term) {
        if (term.is(Kind.LIST) && !term.argument(0).known()) {
            Term.unify(term.argument(0), Term.of(Kind.INT));
        }
        if (term.known()) {
            term.arguments().forEach(Inference::defaultOpenElements);
        }
    }

    static String describeTarget(Expr target) {
        return target instanceof Expr.Name name ? name.id() : "this target";
    }

    /** The interpolations of an f-string, typed for their checks. */
    void fstring(Expr.FString fstring, Scope scope) {
        for (FStringPart part : fstring.parts()) {
            if (part instanceof FStringPart.Interpolation interpolation) {
                expressions.type(interpolation.expression(), scope);
            }
        }
    }

    /** A comprehension's own scope: its targets are its variables. */
    Scope comprehensionScope(Node node, Scope enclosing, List<Comprehension> clauses) {
        Scope scope = new Scope(enclosing, Variable.Scope.LOCAL);
        for (Comprehension clause : clauses) {
            declareTarget(clause.target(), scope, Variable.Scope.LOCAL);
        }
        scopes.put(node, scope);
        return scope;
    }
}
