package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.ControlFlow;
import dev.codelive.codelive.backend.support.Mutations;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Builtin;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a body's statements as PL/pgSQL: assignments, IF, WHILE and FOR loops, and each print as one row of the
 * {@code stdout} table. Lists are array values here, not shared references: a list changed in place may not be
 * reachable through another name (checked before rendering).
 */
final class PgStatements {
    private final PgExpressions expressions;
    private final SourceWriter out;
    /** Variables of the script's own (temporaries, loop flags) to declare with the body's, by name. */
    private final Map<String, String> temporaries = new LinkedHashMap<>();
    /** For each enclosing loop, the flag its break sets (for an else clause), or null. */
    private final Deque<String> loopFlags = new ArrayDeque<>();

    PgStatements(PgExpressions expressions, SourceWriter out) {
        this.expressions = expressions;
        this.out = out;
    }

    Map<String, String> temporaries() {
        return temporaries;
    }

    void block(List<Stmt> body) {
        if (body.isEmpty()) {
            out.line("NULL;");
        }
        body.forEach(this::statement);
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Print print -> print(print);
            case Stmt.Assign assign -> assign(assign.target(), assign.value(), assign.span());
            case Stmt.AugAssign assign -> augmented(assign);
            case Stmt.Evaluate evaluate -> evaluate(evaluate.expression(), evaluate.span());
            case Stmt.If conditional -> conditional(conditional);
            case Stmt.While loop -> whileLoop(loop);
            case Stmt.For loop -> forLoop(loop);
            case Stmt.Break ignored -> {
                String flag = loopFlags.peek();
                if (flag != null && !flag.isEmpty()) {
                    out.line(flag + " := TRUE;");
                }
                out.line("EXIT;");
            }
            case Stmt.Continue ignored -> out.line("CONTINUE;");
            case Stmt.Return ret -> out.line(ret.value().map(value -> "RETURN " + value(value) + ";").orElse("RETURN;"));
            case Stmt.Assert check -> out.line("ASSERT " + expressions.truthy(check.condition()).text()
                    + check.message().map(message -> ", " + expressions.strings().str(message).text()).orElse("") + ";");
        }
    }

    /** An expression stored into a variable of its type: ints stay ints, float-typed values become float8. */
    private String value(Expr value) {
        return value.type() instanceof Type.Float ? expressions.asFloat(value).text() : expressions.text(value);
    }

    private void print(Stmt.Print print) {
        List<Sql> parts = new ArrayList<>();
        for (int i = 0; i < print.values().size(); i++) {
            Expr value = print.values().get(i);
            if (i > 0) {
                parts.add(expressions.strings().str(print.sep()));
            }
            if (value.type() instanceof Type.None && !(value instanceof Expr.NoneConst)) {
                throw Refusals.refuse("printing the None result of a call", value.span());
            }
            parts.add(expressions.strings().str(value));
        }
        Sql line = PgStrings.concat(parts);
        Sql end = expressions.strings().str(print.end());
        String text = parts.isEmpty() ? end.text() : line.at(Sql.CONCAT) + " || " + end.at(Sql.CONCAT + 1);
        out.line("INSERT INTO stdout(chunk) VALUES (" + text + ");");
    }

    private void assign(Target target, Expr value, Span span) {
        switch (target) {
            case Target.Store store -> {
                if (value instanceof Expr.MethodCall call && call.method().equals("pop") && call.receiver().type() instanceof Type.ListOf) {
                    pop(call, SqlNames.identifier(store.variable().name()));
                } else {
                    out.line(SqlNames.identifier(store.variable().name()) + " := " + value(value) + ";");
                }
            }
            case Target.Element element -> out.line(element(element, span) + " := " + value(value) + ";");
            case Target.Unpack unpack -> unpack(unpack, value, span);
        }
    }

    /** {@code xs[i]} as an assignment target: the list must be a variable this body owns. */
    private String element(Target.Element element, Span span) {
        if (!(element.list() instanceof Expr.Load load)) {
            throw Refusals.refuse("assigning into a nested list", span);
        }
        ownList(load.variable(), span);
        String list = SqlNames.identifier(load.variable().name());
        return list + "[" + expressions.position(element.index(), element.list(), "cardinality(" + list + ")") + "]";
    }

    /** Refuses changing a caller's list in place: PL/pgSQL passes arrays by value. */
    private static void ownList(Variable variable, Span span) {
        if (variable.scope() == Variable.Scope.PARAMETER) {
            throw Refusals.refuse("changing a list argument in place (PostgreSQL arrays are values)", span);
        }
    }

    private void unpack(Target.Unpack unpack, Expr value, Span span) {
        Unpacking unpacking = Unpacking.of(unpack, value, span, Refusals::refuse);
        List<Target> targets = unpacking.targets();
        List<Expr> values = unpacking.values();
        if (targets.stream().allMatch(target -> target instanceof Target.Store)) {
            // SELECT ... INTO evaluates every value before assigning any: Python's simultaneous assignment
            out.line("SELECT " + String.join(", ", values.stream().map(this::value).toList()) + " INTO "
                    + String.join(", ", targets.stream().map(target -> SqlNames.identifier(((Target.Store) target).variable().name())).toList()) + ";");
            return;
        }
        List<String> held = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String temporary = expressions.names().fresh("tmp");
            temporaries.put(temporary, expressions.types().sql(values.get(i).type(), span));
            out.line(temporary + " := " + value(values.get(i)) + ";");
            held.add(temporary);
        }
        for (int i = 0; i < targets.size(); i++) {
            String name = held.get(i);
            switch (targets.get(i)) {
                case Target.Store store -> out.line(SqlNames.identifier(store.variable().name()) + " := " + name + ";");
                case Target.Element element -> out.line(element(element, span) + " := " + name + ";");
                case Target.Unpack ignored -> throw new IllegalStateException("flattened");
            }
        }
    }

    private void augmented(Stmt.AugAssign assign) {
        Span span = assign.span();
        switch (assign.target()) {
            case Target.Store store -> {
                Expr current = new Expr.Load(store.variable(), span);
                Type type = store.type() instanceof Type.ListOf || store.type() instanceof Type.Str ? store.type()
                        : resultType(store.type(), assign.operator(), assign.value().type());
                if (!type.equals(store.type())) {
                    throw Refusals.refuse("an augmented assignment that changes the variable's type", span);
                }
                if (store.type() instanceof Type.ListOf) {
                    ownList(store.variable(), span);
                }
                out.line(SqlNames.identifier(store.variable().name()) + " := "
                        + value(new Expr.Binary(current, assign.operator(), assign.value(), type, span)) + ";");
            }
            case Target.Element element -> {
                expressions.requirePure(element.index(), "the index of an augmented assignment");
                Type elementType = element.type();
                Expr current = new Expr.Index(element.list(), element.index(), elementType, span);
                out.line(element(element, span) + " := "
                        + value(new Expr.Binary(current, assign.operator(), assign.value(), resultType(elementType, assign.operator(), assign.value().type()), span)) + ";");
            }
            case Target.Unpack ignored -> throw Refusals.refuse("augmented assignment to several targets", span);
        }
    }

    private static Type resultType(Type left, BinaryOperator operator, Type right) {
        if (left instanceof Type.Str || left instanceof Type.ListOf) {
            return left;
        }
        if (operator == BinaryOperator.DIVIDE || left instanceof Type.Float || right instanceof Type.Float) {
            return Type.FLOAT;
        }
        return Type.INT;
    }

    private void evaluate(Expr expression, Span span) {
        switch (expression) {
            case Expr.StrConst ignored -> { }
            case Expr.MethodCall call when call.receiver().type() instanceof Type.ListOf && dev.codelive.codelive.backend.support.Effects.MUTATING_METHODS.contains(call.method()) ->
                    mutate(call);
            case Expr.Call call -> out.line("PERFORM " + expressions.function(call.function()) + "(" + expressions.arguments(call.arguments()) + ");");
            default -> out.line("PERFORM " + expressions.text(expression) + ";");
        }
    }

    /** A list method that changes its list, as an assignment of the changed array. */
    private void mutate(Expr.MethodCall call) {
        if (!(call.receiver() instanceof Expr.Load load)) {
            throw Refusals.refuse("changing a nested list in place", call.span());
        }
        ownList(load.variable(), call.span());
        String list = SqlNames.identifier(load.variable().name());
        List<Expr> arguments = call.arguments();
        PgPrelude prelude = expressions.prelude();
        String updated = switch (call.method()) {
            case "append" -> "array_append(" + list + ", " + value(arguments.getFirst()) + ")";
            case "extend" -> list + " || " + expressions.collections().array(arguments.getFirst()).at(Sql.CONCAT + 1);
            case "insert" -> prelude.use(PgHelper.INSERT) + "(" + list + ", " + expressions.number(arguments.get(0)).text() + ", "
                    + value(arguments.get(1)) + ")";
            case "clear" -> "'{}'";
            case "reverse" -> "ARRAY(SELECT x FROM unnest(" + list + ") WITH ORDINALITY AS u(x, n) ORDER BY n DESC)";
            case "sort" -> expressions.collections().sortedArray(expressions.collections().query(call.receiver()), false, call.span()).text();
            case "remove" -> prelude.use(PgHelper.WITHOUT) + "(" + list + ", array_position(" + list + ", " + value(arguments.getFirst()) + "))";
            case "pop" -> {
                pop(call, null);
                yield null;
            }
            default -> throw Refusals.refuse("the list method ." + call.method() + "()", call.span());
        };
        if (updated != null) {
            out.line(list + " := " + updated + ";");
        }
    }

    /** {@code [into :=] xs.pop([i])}: read the element, then drop it. */
    private void pop(Expr.MethodCall call, String into) {
        if (!(call.receiver() instanceof Expr.Load load)) {
            throw Refusals.refuse("popping from a nested list", call.span());
        }
        ownList(load.variable(), call.span());
        String list = SqlNames.identifier(load.variable().name());
        if (call.arguments().isEmpty()) {
            if (into != null) {
                out.line(into + " := " + list + "[cardinality(" + list + ")];");
            }
            out.line(list + " := trim_array(" + list + ", 1);");
            return;
        }
        Expr index = expressions.requirePure(call.arguments().getFirst(), "the index of pop()");
        String position = expressions.position(index, call.receiver(), "cardinality(" + list + ")");
        if (into != null) {
            out.line(into + " := " + list + "[" + position + "];");
        }
        out.line(list + " := " + expressions.prelude().use(PgHelper.WITHOUT) + "(" + list + ", " + position + ");");
    }

    private void conditional(Stmt.If conditional) {
        for (int i = 0; i < conditional.branches().size(); i++) {
            Stmt.If.Branch branch = conditional.branches().get(i);
            out.line((i == 0 ? "IF " : "ELSIF ") + expressions.truthy(branch.condition()).text() + " THEN");
            out.indent();
            block(branch.body());
            out.dedent();
        }
        if (!conditional.orElse().isEmpty()) {
            out.line("ELSE");
            out.indent();
            block(conditional.orElse());
            out.dedent();
        }
        out.line("END IF;");
    }

    private void whileLoop(Stmt.While loop) {
        String flag = elseFlag(loop.body(), loop.orElse());
        out.line("WHILE " + expressions.truthy(loop.condition()).text() + " LOOP");
        loopBody(loop.body(), flag);
        out.line("END LOOP;");
        orElse(loop.orElse(), flag);
    }

    private void forLoop(Stmt.For loop) {
        Expr iterable = loop.iterable();
        if (iterable instanceof Expr.Load load && Mutations.mutates(loop.body(), load.variable())) {
            throw Refusals.refuse("changing a list while iterating over it", loop.span());
        }
        String flag = elseFlag(loop.body(), loop.orElse());
        out.line(loopHeader(loop.target(), iterable, loop.span()));
        loopBody(loop.body(), flag);
        out.line("END LOOP;");
        orElse(loop.orElse(), flag);
    }

    private String loopHeader(Target target, Expr iterable, Span span) {
        PgCollections collections = expressions.collections();
        if (target instanceof Target.Store store) {
            String name = SqlNames.identifier(store.variable().name());
            if (iterable instanceof Expr.RangeOf range) {
                return "FOR " + name + " IN SELECT generate_series(" + collections.seriesArguments(range) + ") LOOP";
            }
            boolean ordered = iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.REVERSED;
            if (!ordered) {
                return "FOREACH " + name + " IN ARRAY " + collections.array(iterable).at(Sql.ATOM) + " LOOP";
            }
        }
        PgCollections.Source source = collections.source(target, iterable, span);
        return "FOR " + String.join(", ", targetNames(target)) + " IN SELECT " + String.join(", ", source.columns()) + " FROM " + source.from()
                + source.where().map(where -> " WHERE " + where).orElse("") + " ORDER BY " + source.order() + " LOOP";
    }

    private static List<String> targetNames(Target target) {
        return switch (target) {
            case Target.Store store -> List.of(SqlNames.identifier(store.variable().name()));
            case Target.Unpack unpack -> unpack.targets().stream().flatMap(inner -> targetNames(inner).stream()).toList();
            case Target.Element ignored -> throw new IllegalStateException("element as a loop target");
        };
    }

    /** A flag for a loop whose else clause must be skipped after a break; "" when no break needs one. */
    private String elseFlag(List<Stmt> body, List<Stmt> orElse) {
        if (orElse.isEmpty() || !ControlFlow.breaks(body)) {
            return "";
        }
        String flag = expressions.names().fresh("broke");
        temporaries.put(flag, "boolean");
        out.line(flag + " := FALSE;");
        return flag;
    }


    private void loopBody(List<Stmt> body, String flag) {
        loopFlags.push(flag);
        out.indent();
        block(body);
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
        out.line("IF NOT " + flag + " THEN");
        out.indent();
        block(orElse);
        out.dedent();
        out.line("END IF;");
    }
}
