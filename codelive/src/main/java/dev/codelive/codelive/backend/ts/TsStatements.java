package dev.codelive.codelive.backend.ts;

import dev.codelive.codelive.backend.support.ControlFlow;
import static dev.codelive.codelive.backend.ts.TsContext.refuse;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders IR statements and functions as TypeScript, one body at a time. */
final class TsStatements {
    private final TsContext context;
    private final TsExpressions expressions;
    private final TsLoops loops;
    private final SourceWriter out;
    /** The label of each enclosing loop that has an else part (its break must skip the else), innermost first. */
    private final Deque<Optional<String>> loopLabels = new ArrayDeque<>();
    /** How often each variable of the body being rendered is stored: once means it can be const. */
    private Map<Variable, Integer> storeCounts = Map.of();

    TsStatements(TsContext context, TsExpressions expressions, SourceWriter out) {
        this.context = context;
        this.expressions = expressions;
        this.loops = new TsLoops(context, expressions);
        this.out = out;
    }

    /** Writes possibly multi-line code, each line at the current indentation plus its own. */
    static void lines(SourceWriter out, String code) {
        for (String line : code.split("\n", -1)) {
            out.line(line);
        }
    }

    void function(Function function) {
        storeCounts = Assignments.storeCounts(function.body());
        String parameters = function.parameters().stream()
                .map(p -> context.name(p) + ": " + TsTypes.of(p.type(), span(function)))
                .collect(Collectors.joining(", "));
        String returns = function.returnType() instanceof Type.None ? "void" : TsTypes.of(function.returnType(), span(function));
        out.line("function " + context.names.of(function.name()) + "(" + parameters + "): " + returns + " {").indent();
        for (Variable local : function.hoisted()) {
            out.line("let " + context.name(local) + ": " + TsTypes.of(local.type(), span(function)) + " = "
                    + TsTypes.zero(local.type(), span(function)) + ";");
        }
        block(function.body());
        if (!(function.returnType() instanceof Type.None) && !alwaysReturns(function.body())) {
            // Python would return None here; the typed IR says no run gets here, TypeScript wants it said.
            out.line("throw new Error(\"" + function.name() + " ended without returning a value\");");
        }
        out.dedent().line("}");
    }

    private static Span span(Function function) {
        return function.body().isEmpty() ? new Span(1, 1, 1, 1) : function.body().getFirst().span();
    }

    void main(List<Stmt> body, List<Variable> hoisted) {
        storeCounts = Assignments.storeCounts(body);
        Span where = body.isEmpty() ? new Span(1, 1, 1, 1) : body.getFirst().span();
        for (Variable global : hoisted) {
            out.line("let " + context.name(global) + ": " + TsTypes.of(global.type(), where) + " = " + TsTypes.zero(global.type(), where) + ";");
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
            case Stmt.While loop -> loop.condition() instanceof Expr.BoolConst constant && constant.value() && !ControlFlow.breaks(loop.body());
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
                    String head = "if (" + expressions.truth(branch.condition()) + ") {";
                    if (i == 0) {
                        lines(out, head);
                    } else {
                        out.dedent();
                        lines(out, "} else " + head);
                    }
                    out.indent();
                    block(branch.body());
                }
                if (!conditional.orElse().isEmpty()) {
                    out.dedent().line("} else {").indent();
                    block(conditional.orElse());
                }
                out.dedent().line("}");
            }
            case Stmt.While loop -> withElse(loop.orElse(), label -> {
                lines(out, "while (" + expressions.truth(loop.condition()) + ") {");
                loopBody(label, loop.body(), Optional.empty());
            });
            case Stmt.For loop -> withElse(loop.orElse(), label -> forLoop(loop, label));
            case Stmt.Break ignored -> out.line(loopLabels.isEmpty() || loopLabels.peek().isEmpty() ? "break;"
                    : "break " + loopLabels.peek().get() + ";");
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
                lines(out, "if (!" + expressions.truth(check.condition()).atLeast(Code.UNARY) + ") {");
                out.indent();
                lines(out, "throw new Error(\"AssertionError\"" + message + ");");
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
        lines(out, expressions.expr(expression) + ";");
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
                lines(out, "const " + argument.name() + ": " + TsTypes.of(value.type(), print.span()) + " = " + expressions.typed(value) + ";");
                snapshot.add(new Expr.Load(argument, value.span()));
            }
            print = new Stmt.Print(snapshot, print.sep(), print.end(), print.span());
        }
        boolean constantSeparators = print.sep() instanceof Expr.StrConst && print.end() instanceof Expr.StrConst;
        if (!constantSeparators) {
            String values = print.values().stream().map(v -> expressions.text().str(v).text()).collect(Collectors.joining(", ", "[", "]"));
            lines(out, "process.stdout.write(" + values + ".join(" + expressions.expr(print.sep()) + ") + "
                    + expressions.expr(print.end()).atLeast(Code.ADDITIVE + 1) + ");");
            return;
        }
        String sep = ((Expr.StrConst) print.sep()).value();
        String end = ((Expr.StrConst) print.end()).value();
        boolean newline = end.equals("\n");
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < print.values().size(); i++) {
            if (i > 0) {
                parts.add(sep);
            }
            Expr value = print.values().get(i);
            if (value instanceof Expr.StrConst constant) {
                parts.add(constant.value());
            } else {
                parts.add(value);
            }
        }
        if (!newline) {
            parts.add(end);
        }
        String text = joined(parts, print.span());
        if (text.isEmpty() && !newline) {
            return;
        }
        lines(out, (newline ? "console.log(" : "process.stdout.write(") + text + ");");
    }

    /** Literal text and values as one string expression: a string literal, a lone value, or a template literal. */
    private String joined(List<Object> parts, Span where) {
        StringBuilder literal = new StringBuilder();
        boolean allText = parts.stream().allMatch(p -> p instanceof String);
        if (allText) {
            parts.forEach(p -> literal.append((String) p));
            return literal.isEmpty() ? "" : TsText.stringLiteral(literal.toString(), where);
        }
        List<Object> nonEmpty = parts.stream().filter(p -> !(p instanceof String s && s.isEmpty())).toList();
        if (nonEmpty.size() == 1 && nonEmpty.getFirst() instanceof Expr value) {
            return expressions.text().str(value).text();
        }
        StringBuilder template = new StringBuilder("`");
        for (Object part : parts) {
            if (part instanceof String text) {
                template.append(TsText.templateLiteralText(text, where));
            } else {
                Expr value = (Expr) part;
                Code code = value.type() instanceof Type.Int ? expressions.expr(value) : expressions.text().str(value);
                template.append("${").append(code.text()).append("}");
            }
        }
        return template.append("`").toString();
    }

    private void assign(Target target, Expr value, Span where) {
        switch (target) {
            case Target.Store store -> {
                String name = context.name(store.variable());
                Type type = store.variable().type();
                if (store.declares()) {
                    String keyword = storeCounts.getOrDefault(store.variable(), 0) <= 1 ? "const " : "let ";
                    lines(out, keyword + name + ": " + TsTypes.of(type, where) + " = " + expressions.typed(value) + ";");
                } else {
                    lines(out, name + " = " + expressions.typed(value) + ";");
                }
            }
            case Target.Element element -> {
                Optional<String> lvalue = expressions.elementLvalue(element);
                if (lvalue.isPresent()) {
                    lines(out, lvalue.get() + " = " + expressions.typed(value) + ";");
                } else {
                    lines(out, context.use("setAt") + "(" + expressions.expr(element.list()) + ", " + expressions.bigint(element.index()) + ", "
                            + expressions.typed(value) + ");");
                }
            }
            case Target.Unpack unpack -> unpack(unpack, value, where);
        }
    }

    private void unpack(Target.Unpack unpack, Expr value, Span where) {
        List<Target.Store> stores = new ArrayList<>();
        boolean destructurable = leaves(unpack, stores);
        if (destructurable && !stores.isEmpty() && stores.stream().allMatch(Target.Store::declares)) {
            boolean constant = stores.stream().allMatch(s -> storeCounts.getOrDefault(s.variable(), 0) <= 1);
            lines(out, (constant ? "const " : "let ") + pattern(unpack, where) + " = " + expressions.typed(value) + ";");
            return;
        }
        for (Target.Store store : stores) {
            if (store.declares()) {
                out.line("let " + context.name(store.variable()) + ": " + TsTypes.of(store.variable().type(), where) + ";");
            }
        }
        if (destructurable) {
            lines(out, pattern(unpack, where) + " = " + expressions.typed(value) + ";");
            return;
        }
        // Elements with indexes that may be negative: take the tuple apart by hand, left to right as Python stores.
        String temporary = context.fresh("values");
        lines(out, "const " + temporary + ": " + TsTypes.of(unpack.type(), where) + " = " + expressions.typed(value) + ";");
        for (int i = 0; i < unpack.targets().size(); i++) {
            Target part = unpack.targets().get(i);
            Expr element = new Expr.Index(new Expr.Load(new Variable(temporary, unpack.type(), Variable.Scope.LOCAL), where),
                    new Expr.IntConst(java.math.BigInteger.valueOf(i), where), part.type(), where);
            if (part instanceof Target.Store store && store.declares()) {
                part = new Target.Store(store.variable(), false);
            }
            assign(part, element, where);
        }
    }

    /** Collects the variables of a target; false when some element cannot be an lvalue of a destructuring assignment. */
    private boolean leaves(Target target, List<Target.Store> stores) {
        return switch (target) {
            case Target.Store store -> stores.add(store);
            case Target.Element element -> expressions.elementLvalue(element).isPresent();
            case Target.Unpack unpack -> {
                boolean all = true;
                for (Target part : unpack.targets()) {
                    all &= leaves(part, stores);
                }
                yield all;
            }
        };
    }

    private String pattern(Target target, Span where) {
        return switch (target) {
            case Target.Store store -> context.name(store.variable());
            case Target.Element element -> expressions.elementLvalue(element).orElseThrow();
            case Target.Unpack unpack -> unpack.targets().stream().map(t -> pattern(t, where)).collect(Collectors.joining(", ", "[", "]"));
        };
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
            lines(out, context.use("extend") + "(" + expressions.expr(list) + ", " + expressions.expr(value) + ");");
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
                Expr binary = new Expr.Binary(current, operator, value, type, assign.span());
                assign(element, binary, assign.span());
            }
            case Target.Unpack ignored -> throw refuse("augmented assignment to a tuple", assign.span());
        }
    }

    /** {@code += value} and the like, when JavaScript's compound operator means Python's for these types. */
    private Optional<String> compound(Type type, BinaryOperator operator, Expr value) {
        if (type instanceof Type.Int && value.type() instanceof Type.Int || type instanceof Type.Int && value.type() instanceof Type.Bool) {
            return switch (operator) {
                case ADD -> Optional.of("+= " + expressions.bigint(value));
                case SUBTRACT -> Optional.of("-= " + expressions.bigint(value));
                case MULTIPLY -> Optional.of("*= " + expressions.bigint(value));
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

    /** A loop with an else part goes in a labelled block, so that its breaks can skip the else part. */
    private void withElse(List<Stmt> orElse, java.util.function.Consumer<Optional<String>> loop) {
        if (orElse.isEmpty()) {
            loop.accept(Optional.empty());
            return;
        }
        String label = context.fresh("loop");
        out.line(label + ": {").indent();
        loop.accept(Optional.of(label));
        block(orElse);
        out.dedent().line("}");
    }

    private void loopBody(Optional<String> label, List<Stmt> body, Optional<Variable> nonNegative) {
        out.indent();
        loopLabels.push(label);
        boolean added = nonNegative.map(context.nonNegative::add).orElse(false);
        block(body);
        if (added) {
            context.nonNegative.remove(nonNegative.get());
        }
        loopLabels.pop();
        out.dedent().line("}");
    }

    private void forLoop(Stmt.For loop, Optional<String> label) {
        List<Target.Store> stores = new ArrayList<>();
        if (!leavesOnly(loop.target(), stores)) {
            throw refuse("a list element as a loop variable", loop.span());
        }
        Set<Variable> assigned = Assignments.assignedIn(loop.body());
        String keyword;
        // A global that functions read must outlive the loop's block scope: declared before the loop, assigned by it.
        if (stores.stream().allMatch(store -> store.declares() && !context.program.globalsReadByFunctions().contains(store.variable()))) {
            keyword = stores.stream().anyMatch(s -> assigned.contains(s.variable())) ? "let" : "const";
        } else {
            keyword = "";
            for (Target.Store store : stores) {
                if (store.declares()) {
                    out.line("let " + context.name(store.variable()) + ": " + TsTypes.of(store.variable().type(), loop.span()) + " = "
                            + TsTypes.zero(store.variable().type(), loop.span()) + ";");
                }
            }
        }
        TsLoops.Header header = loops.header(loop.target(), loop.iterable(), keyword, assigned, loop.span());
        lines(out, header.text() + " {");
        loopBody(label, loop.body(), header.nonNegative());
    }

    private static boolean leavesOnly(Target target, List<Target.Store> stores) {
        return switch (target) {
            case Target.Store store -> stores.add(store);
            case Target.Element ignored -> false;
            case Target.Unpack unpack -> unpack.targets().stream().allMatch(t -> leavesOnly(t, stores));
        };
    }
}
