package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.support.ControlFlow;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
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
import java.util.Set;

/**
 * Renders a body's statements as Julia: typed declarations at a variable's first store, Julia loops over ranges
 * and collections (an outer loop variable where Python's outlives the loop), {@code else} clauses of loops through a
 * flag, and each print as one print/println call.
 */
final class JuliaStatements {
    private final JuliaExpressions expressions;
    private final SourceWriter out;
    /** Module-level variables that functions read: Julia globals, assigned without a type declaration. */
    private final Set<Variable> globals;
    /** Every name of the program, so that the statements' own names (loop flags) avoid them. */
    private final Set<String> taken;
    /** For each enclosing loop, the flag its break sets (for an else clause), or "". */
    private final Deque<String> loopFlags = new ArrayDeque<>();
    private int temporaries;

    JuliaStatements(JuliaExpressions expressions, SourceWriter out, Set<Variable> globals, Set<String> taken) {
        this.expressions = expressions;
        this.out = out;
        this.globals = globals;
        this.taken = taken;
    }

    /** {@code base} and a number, a name no snippet name takes. */
    String fresh(String base) {
        String name;
        do {
            name = base + ++temporaries;
        } while (!taken.add(name));
        return name;
    }

    void block(List<Stmt> body) {
        body.forEach(this::statement);
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Print print -> print(print);
            case Stmt.Assign assign -> assign(assign.target(), assign.value(), assign.span());
            case Stmt.AugAssign assign -> augmented(assign);
            case Stmt.Evaluate evaluate -> evaluate(evaluate.expression());
            case Stmt.If conditional -> conditional(conditional);
            case Stmt.While loop -> whileLoop(loop);
            case Stmt.For loop -> forLoop(loop);
            case Stmt.Break ignored -> {
                String flag = loopFlags.peek();
                if (flag != null && !flag.isEmpty()) {
                    out.line(flag + " = true");
                }
                out.line("break");
            }
            case Stmt.Continue ignored -> out.line("continue");
            case Stmt.Return ret -> out.line(ret.value().map(value -> "return " + expressions.text(value)).orElse("return nothing"));
            case Stmt.Assert check -> out.line("@assert " + expressions.truthy(check.condition()).text()
                    + check.message().map(message -> " " + expressions.strings().str(message).at(Jl.ATOM)).orElse(""));
        }
    }

    private void print(Stmt.Print print) {
        List<String> parts = new ArrayList<>();
        boolean constantSep = print.sep() instanceof Expr.StrConst;
        if (!constantSep && print.values().size() > 2) {
            expressions.requirePure(print.sep(), "print(sep=...)");
        }
        for (int i = 0; i < print.values().size(); i++) {
            if (i > 0) {
                parts.add(expressions.text(print.sep()));
            }
            parts.add(expressions.strings().printed(print.values().get(i)).text());
        }
        boolean newline = print.end() instanceof Expr.StrConst end && end.value().equals("\n");
        if (!newline) {
            parts.add(expressions.text(print.end()));
        }
        String call = newline ? "println" : "print";
        if (parts.isEmpty()) {
            out.line(newline ? "println()" : "print()");
            return;
        }
        out.line(call + "(" + String.join(", ", parts) + ")");
    }

    private String declared(Target.Store store) {
        String name = JuliaNames.of(store.variable().name());
        if (store.declares() && !globals.contains(store.variable())) {
            return name + "::" + expressions.types().julia(store.type(), null);
        }
        return name;
    }

    /** A value stored into a place of type {@code type}: ints widened where only literals meet, ints as floats. */
    private String stored(Expr value, Type type) {
        if (type instanceof Type.Float && !(value.type() instanceof Type.Float)) {
            return expressions.asFloat(value).text();
        }
        return expressions.text(value);
    }

    private void assign(Target target, Expr value, Span span) {
        switch (target) {
            case Target.Store store -> out.line(declared(store) + " = " + stored(value, store.type()));
            case Target.Element element -> out.line(element(element) + " = " + stored(value, element.type()));
            case Target.Unpack unpack -> {
                declareAhead(unpack);
                String values = value instanceof Expr.TupleLiteral tuple && tuple.elements().size() > 1
                        ? tuple.elements().stream().map(expressions::text).reduce((a, b) -> a + ", " + b).orElseThrow()
                        : expressions.text(value);
                out.line(pattern(unpack, true) + " = " + values);
            }
        }
    }

    /** Declares, with their types, the names an unpacking assignment introduces (a tuple pattern cannot). */
    private void declareAhead(Target target) {
        switch (target) {
            case Target.Store store -> {
                if (store.declares() && !globals.contains(store.variable())) {
                    out.line("local " + JuliaNames.of(store.variable().name()) + "::" + expressions.types().julia(store.type(), null));
                }
            }
            case Target.Unpack unpack -> unpack.targets().forEach(this::declareAhead);
            case Target.Element ignored -> { }
        }
    }

    /** The left side of an unpacking: {@code a, b} at the top, {@code (c, d)} nested. */
    private String pattern(Target target, boolean top) {
        return switch (target) {
            case Target.Store store -> JuliaNames.of(store.variable().name());
            case Target.Element element -> element(element);
            case Target.Unpack unpack -> {
                String inner = String.join(", ", unpack.targets().stream().map(part -> pattern(part, false)).toList());
                if (unpack.targets().size() == 1) {
                    inner += ",";
                }
                yield top ? inner : "(" + inner + ")";
            }
        };
    }

    private String element(Target.Element element) {
        return expressions.write(element.list()).at(Jl.ATOM) + "[" + expressions.position(element.index(), element.list()) + "]";
    }

    private void augmented(Stmt.AugAssign assign) {
        Span span = assign.span();
        BinaryOperator operator = assign.operator();
        switch (assign.target()) {
            case Target.Store store -> {
                String name = expressions.name(store.variable());
                Type type = store.type();
                if (type instanceof Type.ListOf) {
                    if (operator != BinaryOperator.ADD) {
                        throw JuliaExpressions.refuse("the augmented list operator " + operator.symbol() + "=", span);
                    }
                    // += extends the list in place, as Python does (other names for it see the change)
                    out.line("append!(" + name + ", " + expressions.iterable(assign.value()).text() + ")");
                    return;
                }
                Expr current = new Expr.Load(store.variable(), span);
                out.line(name + " = " + stored(new Expr.Binary(current, operator, assign.value(), type, span), type));
            }
            case Target.Element element -> {
                expressions.requirePure(element.index(), "the index of an augmented assignment");
                Type type = element.type();
                if (!type.isNumeric() && !(type instanceof Type.Str)) {
                    throw JuliaExpressions.refuse("augmented assignment to a list element of type " + type.python(), span);
                }
                Expr current = new Expr.Index(element.list(), element.index(), type, span);
                out.line(element(element) + " = " + stored(new Expr.Binary(current, operator, assign.value(), type, span), type));
            }
            case Target.Unpack ignored -> throw JuliaExpressions.refuse("augmented assignment to several targets", span);
        }
    }

    private void evaluate(Expr expression) {
        if (expression instanceof Expr.StrConst) {
            return;
        }
        if (expression instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf) {
            String list = expressions.text(call.receiver());
            List<Expr> arguments = call.arguments();
            String line = switch (call.method()) {
                case "append" -> "push!(" + list + ", " + stored(arguments.getFirst(), ((Type.ListOf) call.receiver().type()).element()) + ")";
                case "extend" -> "append!(" + list + ", " + expressions.iterable(arguments.getFirst()).text() + ")";
                case "insert" -> expressions.prelude().use(JuliaHelper.INSERT, "pyinsert!") + "(" + list + ", "
                        + expressions.number(arguments.get(0)).text() + ", " + expressions.text(arguments.get(1)) + ")";
                case "remove" -> "deleteat!(" + list + ", findfirst(==(" + expressions.text(arguments.getFirst()) + "), " + list + "))";
                case "reverse" -> "reverse!(" + list + ")";
                case "sort" -> ((Type.ListOf) call.receiver().type()).element() instanceof Type.Float ? "sort!(" + list + "; lt = <)" : "sort!(" + list + ")";
                case "clear" -> "empty!(" + list + ")";
                default -> expressions.text(expression);
            };
            out.line(line);
            return;
        }
        out.line(expressions.text(expression));
    }

    private void conditional(Stmt.If conditional) {
        for (int i = 0; i < conditional.branches().size(); i++) {
            Stmt.If.Branch branch = conditional.branches().get(i);
            out.line((i == 0 ? "if " : "elseif ") + expressions.truthy(branch.condition()).text());
            out.indent();
            block(branch.body());
            out.dedent();
        }
        if (!conditional.orElse().isEmpty()) {
            out.line("else");
            out.indent();
            block(conditional.orElse());
            out.dedent();
        }
        out.line("end");
    }

    private void whileLoop(Stmt.While loop) {
        String flag = elseFlag(loop.body(), loop.orElse());
        out.line("while " + expressions.truthy(loop.condition()).text());
        loopBody(loop.body(), flag, null);
        out.line("end");
        orElse(loop.orElse(), flag);
    }

    private void forLoop(Stmt.For loop) {
        var parallel = expressions.knobs().parallel(loop);
        if (parallel.isPresent()) {
            new JuliaParallelLoop(expressions, out, this, taken).render(loop, parallel.get().accumulators());
            return;
        }
        String flag = elseFlag(loop.body(), loop.orElse());
        String iterable = expressions.iterable(loop.iterable()).text();
        Target target = loop.target();
        String assignment = null;
        if (target instanceof Target.Store store && store.declares()) {
            out.line("for " + JuliaNames.of(store.variable().name()) + " in " + iterable);
        } else if (target instanceof Target.Store store && !globals.contains(store.variable())) {
            // Python's loop variable outlives the loop: reuse the function's variable
            out.line("for outer " + JuliaNames.of(store.variable().name()) + " in " + iterable);
        } else if (target instanceof Target.Unpack unpack && loopPrivate(unpack)) {
            out.line("for " + JuliaExpressions.target(unpack, loop.span()) + " in " + iterable);
        } else {
            String item = fresh("item");
            out.line("for " + item + " in " + iterable);
            assignment = pattern(target, true) + " = " + item;
        }
        loopBody(loop.body(), flag, assignment);
        out.line("end");
        orElse(loop.orElse(), flag);
    }

    static boolean loopPrivate(Target.Unpack unpack) {
        return unpack.targets().stream().allMatch(part -> part instanceof Target.Store store ? store.declares()
                : part instanceof Target.Unpack inner && loopPrivate(inner));
    }

    private String elseFlag(List<Stmt> body, List<Stmt> orElse) {
        if (orElse.isEmpty() || !ControlFlow.breaks(body)) {
            return "";
        }
        String flag = fresh("broke");
        out.line(flag + " = false");
        return flag;
    }


    private void loopBody(List<Stmt> body, String flag, String firstLine) {
        loopFlags.push(flag);
        out.indent();
        expressions.enterLoop();
        if (firstLine != null) {
            out.line(firstLine);
        }
        block(body);
        expressions.exitLoop();
        out.dedent();
        loopFlags.pop();
    }

    private void orElse(List<Stmt> orElse, String flag) {
        if (orElse.isEmpty()) {
            return;
        }
        if (flag.isEmpty()) {
            block(orElse);
            return;
        }
        out.line("if !" + flag);
        out.indent();
        block(orElse);
        out.dedent();
        out.line("end");
    }
}
