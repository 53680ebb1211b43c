package dev.codelive.codelive.analysis;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.FStringPart;
import dev.codelive.codelive.syntax.Keyword;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Span;
import dev.codelive.codelive.syntax.UnaryOperator;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the typed IR from the syntax tree once {@link Inference} has typed every node. */
final class Lowering {
    private final Inference inference;
    private final Names names;
    private final Map<Scope, Map<String, Variable>> variables = new LinkedHashMap<>();
    private final Set<Variable> globalsReadByFunctions = new LinkedHashSet<>();
    /** The body being lowered: its scope and where its names get declared. */
    private Scope scope;
    private Occurrences occurrences;
    private final Set<Variable> declared = new LinkedHashSet<>();
    private boolean inFunction;

    Lowering(Inference inference, Names names) {
        this.inference = inference;
        this.names = names;
    }

    Set<Variable> globalsReadByFunctions() {
        return globalsReadByFunctions;
    }

    Function function(Inference.Signature signature) {
        var definition = signature.definition();
        scope = inference.scopeOf(definition);
        inFunction = true;
        Set<String> localNames = new LinkedHashSet<>();
        scope.kinds().forEach((name, kind) -> {
            if (kind == Variable.Scope.LOCAL) {
                localNames.add(name);
            }
        });
        occurrences = Occurrences.of(definition.body(), localNames);
        declared.clear();
        List<Variable> parameters = definition.parameters().stream().map(p -> variable(scope, p.name())).toList();
        List<Stmt> body = block(definition.body());
        List<Variable> locals = localNames.stream().map(name -> variable(scope, name)).toList();
        List<Variable> hoisted = locals.stream().filter(local -> !declared.contains(local)).toList();
        return new Function(definition.name(), parameters, signature.result().resolve(), body, locals, hoisted);
    }

    /** The module's code; call after every function, so that the globals functions read are known. */
    MainBody main(List<dev.codelive.codelive.syntax.Stmt> body) {
        scope = inference.module();
        inFunction = false;
        Set<String> placed = new LinkedHashSet<>(scope.names().keySet());
        globalsReadByFunctions.forEach(global -> placed.remove(global.name()));
        occurrences = Occurrences.of(body, placed);
        declared.clear();
        List<Stmt> statements = block(body);
        List<Variable> globals = scope.names().keySet().stream().map(name -> variable(scope, name)).toList();
        List<Variable> hoisted = globals.stream().filter(global -> !declared.contains(global)).toList();
        return new MainBody(statements, globals, hoisted);
    }

    /** The module's statements, its variables and those declared before its code. */
    record MainBody(List<Stmt> statements, List<Variable> globals, List<Variable> hoisted) {}

    private Variable variable(Scope owner, String name) {
        return variables.computeIfAbsent(owner, ignored -> new LinkedHashMap<>()).computeIfAbsent(name,
                ignored -> new Variable(name, owner.names().get(name).resolve(), owner.kindOf(name)));
    }

    private List<Stmt> block(List<dev.codelive.codelive.syntax.Stmt> body) {
        List<Stmt> lowered = new ArrayList<>();
        for (dev.codelive.codelive.syntax.Stmt statement : body) {
            statement(statement, lowered);
        }
        return lowered;
    }

    private void statement(dev.codelive.codelive.syntax.Stmt statement, List<Stmt> out) {
        Span span = statement.span();
        switch (statement) {
            case dev.codelive.codelive.syntax.Stmt.ExprStmt expression -> {
                if (expression.expression() instanceof dev.codelive.codelive.syntax.Expr.Call call && ExpressionTyping.isPrint(call, scope)) {
                    out.add(print(call));
                } else {
                    out.add(new Stmt.Evaluate(expression(expression.expression()), span));
                }
            }
            case dev.codelive.codelive.syntax.Stmt.Assign assign -> {
                Expr value = expression(assign.value());
                Target first = target(assign.targets().getFirst(), false);
                out.add(new Stmt.Assign(first, value, span));
                for (var next : assign.targets().subList(1, assign.targets().size())) {
                    if (!(first instanceof Target.Store store)) {
                        throw new UnsupportedConstruct("chained assignments to anything but names", next.span().start());
                    }
                    out.add(new Stmt.Assign(target(next, false), new Expr.Load(store.variable(), span), span));
                }
            }
            case dev.codelive.codelive.syntax.Stmt.AugAssign assign ->
                    out.add(new Stmt.AugAssign(target(assign.target(), false), assign.operator(), expression(assign.value()), span));
            case dev.codelive.codelive.syntax.Stmt.AnnAssign assign -> {
                if (assign.value() != null) {
                    out.add(new Stmt.Assign(target(assign.target(), false), expression(assign.value()), span));
                }
            }
            case dev.codelive.codelive.syntax.Stmt.FunctionDef ignored -> { }
            case dev.codelive.codelive.syntax.Stmt.Return ret ->
                    out.add(new Stmt.Return(Optional.ofNullable(ret.value()).map(this::expression), span));
            case dev.codelive.codelive.syntax.Stmt.If conditional -> {
                if (isMainGuard(conditional)) {
                    out.addAll(block(conditional.branches().getFirst().body()));
                    return;
                }
                List<Stmt.If.Branch> branches = new ArrayList<>();
                for (Branch branch : conditional.branches()) {
                    branches.add(new Stmt.If.Branch(expression(branch.condition()), block(branch.body())));
                }
                out.add(new Stmt.If(branches, block(conditional.orElse()), span));
            }
            case dev.codelive.codelive.syntax.Stmt.While loop ->
                    out.add(new Stmt.While(expression(loop.condition()), block(loop.body()), block(loop.orElse()), span));
            case dev.codelive.codelive.syntax.Stmt.For loop -> {
                Expr iterable = expression(loop.iterable());
                Target target = target(loop.target(), true);
                out.add(new Stmt.For(target, iterable, block(loop.body()), block(loop.orElse()), span));
            }
            case dev.codelive.codelive.syntax.Stmt.Break ignored -> out.add(new Stmt.Break(span));
            case dev.codelive.codelive.syntax.Stmt.Continue ignored -> out.add(new Stmt.Continue(span));
            case dev.codelive.codelive.syntax.Stmt.Assert check ->
                    out.add(new Stmt.Assert(expression(check.condition()), Optional.ofNullable(check.message()).map(this::expression), span));
            case dev.codelive.codelive.syntax.Stmt.Pass ignored -> { }
            case dev.codelive.codelive.syntax.Stmt.Import ignored -> { }
            case dev.codelive.codelive.syntax.Stmt.ImportFrom ignored -> { }
        }
    }

    /** {@code if __name__ == "__main__":} with no elif or else: its body simply runs, as it does for a script. */
    static boolean isMainGuard(dev.codelive.codelive.syntax.Stmt.If conditional) {
        return conditional.branches().size() == 1 && conditional.orElse().isEmpty()
                && conditional.branches().getFirst().condition() instanceof dev.codelive.codelive.syntax.Expr.Compare compare
                && compare.links().size() == 1
                && compare.links().getFirst().operator() == dev.codelive.codelive.syntax.CompareOperator.EQUAL
                && compare.left() instanceof dev.codelive.codelive.syntax.Expr.Name name && name.id().equals("__name__")
                && compare.links().getFirst().right() instanceof dev.codelive.codelive.syntax.Expr.StringLiteral literal
                && literal.value().equals("__main__");
    }

    Stmt.Print print(dev.codelive.codelive.syntax.Expr.Call call) {
        List<Expr> values = call.arguments().stream().map(this::expression).toList();
        Expr sep = new Expr.StrConst(" ", call.span());
        Expr end = new Expr.StrConst("\n", call.span());
        for (Keyword keyword : call.keywords()) {
            if (keyword.name().equals("sep")) {
                sep = expression(keyword.value());
            } else {
                end = expression(keyword.value());
            }
        }
        return new Stmt.Print(values, sep, end, call.span());
    }

    private Target target(dev.codelive.codelive.syntax.Expr target, boolean forTarget) {
        return switch (target) {
            case dev.codelive.codelive.syntax.Expr.Name name -> {
                Variable variable = variable(owner(name.id()), name.id());
                // Each loop over a loop-private name declares it afresh; any other name is declared once.
                boolean declares = variable.scope() != Variable.Scope.PARAMETER && (forTarget
                        ? occurrences.loopPrivate(name.id())
                        : !declared.contains(variable) && occurrences.declares(name));
                if (declares) {
                    declared.add(variable);
                }
                yield new Target.Store(variable, declares);
            }
            case dev.codelive.codelive.syntax.Expr.TupleLiteral tuple -> new Target.Unpack(
                    tuple.elements().stream().map(element -> target(element, forTarget)).toList(), type(tuple));
            case dev.codelive.codelive.syntax.Expr.ListLiteral list -> new Target.Unpack(
                    list.elements().stream().map(element -> target(element, forTarget)).toList(), type(list));
            case dev.codelive.codelive.syntax.Expr.Subscript subscript ->
                    new Target.Element(expression(subscript.value()), expression(subscript.index()));
            default -> throw new UnsupportedConstruct("this assignment target", target.span().start());
        };
    }

    /** The scope that binds {@code name}: the innermost comprehension, the function, or the module. */
    private Scope owner(String name) {
        return ownerFrom(scope, name);
    }

    private static Scope ownerFrom(Scope start, String name) {
        Scope candidate = start;
        while (candidate != null && !candidate.declaresHere(name)) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    private Type type(dev.codelive.codelive.syntax.Expr expression) {
        return inference.types().get(expression).resolve();
    }

    Expr expression(dev.codelive.codelive.syntax.Expr expression) {
        Span span = expression.span();
        return switch (expression) {
            case dev.codelive.codelive.syntax.Expr.IntLiteral literal -> new Expr.IntConst(literal.value(), span);
            case dev.codelive.codelive.syntax.Expr.FloatLiteral literal -> new Expr.FloatConst(literal.value(), span);
            case dev.codelive.codelive.syntax.Expr.BoolLiteral literal -> new Expr.BoolConst(literal.value(), span);
            case dev.codelive.codelive.syntax.Expr.StringLiteral literal -> new Expr.StrConst(literal.value(), span);
            case dev.codelive.codelive.syntax.Expr.NoneLiteral ignored -> new Expr.NoneConst(span);
            case dev.codelive.codelive.syntax.Expr.FString fstring -> fstring(fstring);
            case dev.codelive.codelive.syntax.Expr.Name name -> name(name);
            case dev.codelive.codelive.syntax.Expr.BinaryOp op ->
                    new Expr.Binary(expression(op.left()), op.operator(), expression(op.right()), type(op), span);
            case dev.codelive.codelive.syntax.Expr.UnaryOp op -> unary(op);
            case dev.codelive.codelive.syntax.Expr.BoolOp op ->
                    new Expr.Logical(op.operator(), op.values().stream().map(this::expression).toList(), type(op), span);
            case dev.codelive.codelive.syntax.Expr.Compare compare -> new Expr.Compare(expression(compare.left()),
                    compare.links().stream().map(link -> new Expr.Compare.Link(link.operator(), expression(link.right()))).toList(), span);
            case dev.codelive.codelive.syntax.Expr.Conditional conditional -> new Expr.Conditional(expression(conditional.condition()),
                    expression(conditional.whenTrue()), expression(conditional.whenFalse()), type(conditional), span);
            case dev.codelive.codelive.syntax.Expr.Call call -> call(call);
            case dev.codelive.codelive.syntax.Expr.Attribute attribute ->
                    new Expr.MathConst(attribute.name(), Names.MATH_CONSTANTS.get(attribute.name()), span);
            case dev.codelive.codelive.syntax.Expr.Subscript subscript -> subscript(subscript);
            case dev.codelive.codelive.syntax.Expr.Slice slice -> throw new UnsupportedConstruct("slices outside a subscript", slice.span().start());
            case dev.codelive.codelive.syntax.Expr.ListLiteral list ->
                    new Expr.ListLiteral(list.elements().stream().map(this::expression).toList(), type(list), span);
            case dev.codelive.codelive.syntax.Expr.TupleLiteral tuple ->
                    new Expr.TupleLiteral(tuple.elements().stream().map(this::expression).toList(), type(tuple), span);
            case dev.codelive.codelive.syntax.Expr.ListComp comprehension ->
                    comprehension(comprehension, comprehension.element(), comprehension.clauses(), false);
            case dev.codelive.codelive.syntax.Expr.GeneratorExp generator ->
                    comprehension(generator, generator.element(), generator.clauses(), true);
        };
    }

    private Expr name(dev.codelive.codelive.syntax.Expr.Name name) {
        Scope owner = owner(name.id());
        if (owner != null) {
            Variable variable = variable(owner, name.id());
            if (owner == inference.module() && inFunction) {
                globalsReadByFunctions.add(variable);
            }
            return new Expr.Load(variable, name.span());
        }
        Optional<String> constant = names.mathMember(name.id()).filter(Names.MATH_CONSTANTS::containsKey);
        if (constant.isPresent()) {
            return new Expr.MathConst(constant.get(), Names.MATH_CONSTANTS.get(constant.get()), name.span());
        }
        // Inference let only __name__ through.
        return new Expr.StrConst("__main__", name.span());
    }

    private Expr unary(dev.codelive.codelive.syntax.Expr.UnaryOp op) {
        if (op.operator() == UnaryOperator.NOT) {
            return new Expr.Not(expression(op.operand()), op.span());
        }
        if (op.operator() == UnaryOperator.NEGATE && op.operand() instanceof dev.codelive.codelive.syntax.Expr.IntLiteral literal) {
            return new Expr.IntConst(literal.value().negate(), op.span());
        }
        if (op.operator() == UnaryOperator.NEGATE && op.operand() instanceof dev.codelive.codelive.syntax.Expr.FloatLiteral literal) {
            return new Expr.FloatConst(-literal.value(), op.span());
        }
        return new Expr.Negate(expression(op.operand()), op.operator() == UnaryOperator.PLUS, type(op), op.span());
    }

    private Expr fstring(dev.codelive.codelive.syntax.Expr.FString fstring) {
        List<Expr.FString.Part> parts = new ArrayList<>();
        for (FStringPart part : fstring.parts()) {
            switch (part) {
                case FStringPart.Text text -> parts.add(new Expr.FString.Part.Text(text.value()));
                case FStringPart.Interpolation value ->
                        parts.add(new Expr.FString.Part.Value(expression(value.expression()), value.conversion(), value.formatSpec()));
            }
        }
        return new Expr.FString(parts, fstring.span());
    }

    private Expr subscript(dev.codelive.codelive.syntax.Expr.Subscript subscript) {
        Expr target = expression(subscript.value());
        if (subscript.index() instanceof dev.codelive.codelive.syntax.Expr.Slice slice) {
            return new Expr.Slice(target, Optional.ofNullable(slice.lower()).map(this::expression),
                    Optional.ofNullable(slice.upper()).map(this::expression), Optional.ofNullable(slice.step()).map(this::expression),
                    type(subscript), subscript.span());
        }
        return new Expr.Index(target, expression(subscript.index()), type(subscript), subscript.span());
    }

    private Expr comprehension(dev.codelive.codelive.syntax.Expr node, dev.codelive.codelive.syntax.Expr element,
                               List<Comprehension> clauses, boolean lazy) {
        Scope enclosing = scope;
        Expr firstIterable = expression(clauses.getFirst().iterable());
        scope = inference.scopeOf(node);
        try {
            List<Expr.Clause> lowered = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                Comprehension clause = clauses.get(i);
                Expr iterable = i == 0 ? firstIterable : expression(clause.iterable());
                lowered.add(new Expr.Clause.For(comprehensionTarget(clause.target()), iterable));
                clause.conditions().forEach(condition -> lowered.add(new Expr.Clause.If(expression(condition))));
            }
            return new Expr.Comprehension(expression(element), lowered, lazy, type(node), node.span());
        } finally {
            scope = enclosing;
        }
    }

    /** A comprehension's targets are its own, declared by its clause. */
    private Target comprehensionTarget(dev.codelive.codelive.syntax.Expr target) {
        return switch (target) {
            case dev.codelive.codelive.syntax.Expr.Name name -> new Target.Store(variable(scope, name.id()), true);
            case dev.codelive.codelive.syntax.Expr.TupleLiteral tuple ->
                    new Target.Unpack(tuple.elements().stream().map(this::comprehensionTarget).toList(), type(tuple));
            case dev.codelive.codelive.syntax.Expr.ListLiteral list ->
                    new Target.Unpack(list.elements().stream().map(this::comprehensionTarget).toList(), type(list));
            default -> throw new UnsupportedConstruct("this comprehension target", target.span().start());
        };
    }

    private Expr call(dev.codelive.codelive.syntax.Expr.Call call) {
        Span span = call.span();
        Type type = type(call);
        if (call.function() instanceof dev.codelive.codelive.syntax.Expr.Attribute attribute) {
            if (attribute.value() instanceof dev.codelive.codelive.syntax.Expr.Name module && names.isMathModule(module.id())
                    && owner(module.id()) == null) {
                return new Expr.MathCall(attribute.name(), arguments(call), type, span);
            }
            return new Expr.MethodCall(expression(attribute.value()), attribute.name(), arguments(call), type, span);
        }
        String name = ((dev.codelive.codelive.syntax.Expr.Name) call.function()).id();
        Inference.Signature function = inference.functions().get(name);
        if (function != null) {
            List<dev.codelive.codelive.syntax.Expr> bound = ExpressionTyping.bindArguments(function.definition(), call);
            List<Parameter> parameters = function.definition().parameters();
            List<Expr> arguments = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                // In parameter order: bindArguments refused reordered keywords whose evaluation order could show.
                arguments.add(bound.get(i) == null ? defaultValue(parameters.get(i)) : expression(bound.get(i)));
            }
            return new Expr.Call(name, arguments, type, span);
        }
        Optional<String> member = names.mathMember(name);
        if (member.isPresent()) {
            return new Expr.MathCall(member.get(), arguments(call), type, span);
        }
        if (name.equals("range")) {
            List<Expr> arguments = arguments(call);
            Expr start = arguments.size() == 1 ? new Expr.IntConst(BigInteger.ZERO, span) : arguments.get(0);
            Expr stop = arguments.size() == 1 ? arguments.get(0) : arguments.get(1);
            Expr step = arguments.size() == 3 ? arguments.get(2) : new Expr.IntConst(BigInteger.ONE, span);
            return new Expr.RangeOf(start, stop, step, span);
        }
        List<Expr> arguments = new ArrayList<>(arguments(call));
        for (Keyword keyword : call.keywords()) {
            arguments.add(expression(keyword.value()));
        }
        return new Expr.BuiltinCall(Builtin.valueOf(name.toUpperCase(Locale.ROOT)), arguments, type, span);
    }

    /** A parameter's default, rendered at each call that leaves it out: only literals, which Python evaluates once too. */
    private Expr defaultValue(Parameter parameter) {
        var value = parameter.defaultValue();
        boolean literal = value instanceof dev.codelive.codelive.syntax.Expr.IntLiteral || value instanceof dev.codelive.codelive.syntax.Expr.FloatLiteral
                || value instanceof dev.codelive.codelive.syntax.Expr.BoolLiteral || value instanceof dev.codelive.codelive.syntax.Expr.StringLiteral
                || value instanceof dev.codelive.codelive.syntax.Expr.UnaryOp unary && unary.operand() instanceof dev.codelive.codelive.syntax.Expr.IntLiteral;
        if (!literal) {
            throw new UnsupportedConstruct("default values other than literals", value.span().start());
        }
        return expression(value);
    }

    private List<Expr> arguments(dev.codelive.codelive.syntax.Expr.Call call) {
        return call.arguments().stream().map(this::expression).toList();
    }
}
