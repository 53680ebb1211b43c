package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole SQLite script. SQLite has no procedural language, so a program renders only when its code maps onto
 * statements and queries: the module's variables are the columns of a one-row temp table {@code vars}, each
 * assignment an {@code UPDATE} (several targets at once, as Python's tuple assignment), each print a
 * {@code SELECT} of one row, an {@code if} a condition on the statements of its branches, and a {@code for} loop
 * whose body only prints one query over the loop's rows. While loops, functions, break/continue and loops that
 * assign are refused.
 */
final class SqliteScript {
    private final Program program;
    private final SqlNames names;
    private final SqliteExpressions expressions;
    /** The columns of vars: the module's variables, then the script's own branch columns. */
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final SourceWriter body = new SourceWriter("    ");
    /** Whether every print ends with a newline, so that SQLite's own row separator can write it. */
    private final boolean newlineRows;
    /** Conditions on the statement being written (those of the enclosing if branches). */
    private final List<String> guards = new ArrayList<>();
    /** Loop variables that a query binds instead of vars. */
    private final Set<Variable> loopVariables = new java.util.HashSet<>();

    SqliteScript(Program program) {
        this.program = program;
        this.names = SqlNames.of(program);
        this.expressions = new SqliteExpressions(names, Effects.of(program), IntLowerBounds.of(program.main()));
        boolean[] plain = {true};
        IrWalk.statements(program.main(), statement -> plain[0] &= !(statement instanceof Stmt.Print print)
                || print.end() instanceof Expr.StrConst end && end.value().equals("\n"));
        this.newlineRows = plain[0];
    }

    String render() {
        if (program.intWidth() != Program.IntWidth.I64) {
            throw SqliteExpressions.refuse("ints beyond 64 bits", firstSpan());
        }
        if (!program.functions().isEmpty()) {
            throw SqliteExpressions.refuse("functions (no procedural language)", firstSpan());
        }
        dev.codelive.codelive.backend.support.Mutations.of(program.main()).mutatedAlias().ifPresent(variable -> {
            throw SqliteExpressions.refuse("a list changed in place while another name holds it (" + variable.name() + ")", firstSpan());
        });
        for (Variable variable : program.globals()) {
            if (!loopVariable(variable)) {
                columns.put(SqlNames.identifier(variable.name()), columnType(variable.type()));
            }
        }
        program.main().forEach(this::statement);

        SourceWriter script = new SourceWriter("    ");
        script.line("-- Rendered by Code Live from a Python snippet. Run: sqlite3 -batch -noheader < main.sql");
        if (newlineRows) {
            script.line("-- Each print is one row of a query: SQLite ends each row with a newline, as print() does.");
        } else {
            script.line("-- Each print is one row of a query, its end included: rows are written with no separator.");
            script.line(".separator \"\" \"\"");
        }
        if (!columns.isEmpty()) {
            script.line("-- The module's variables, as the columns of one row.");
            script.line("CREATE TEMP TABLE vars (" + String.join(", ", columns.entrySet().stream()
                    .map(column -> column.getKey() + " " + column.getValue()).toList()) + ");");
            script.line("INSERT INTO vars DEFAULT VALUES;");
        }
        script.raw(body.toString());
        return script.toString();
    }

    private Span firstSpan() {
        return program.main().isEmpty() ? null : program.main().getFirst().span();
    }

    /** A variable only ever bound by a for statement and used in its body: a column of the loop's query. */
    private boolean loopVariable(Variable variable) {
        boolean[] target = {false};
        IrWalk.statements(program.main(), statement -> {
            if (statement instanceof Stmt.For loop && binds(loop.target(), variable)) {
                target[0] = true;
            }
        });
        return target[0];
    }

    private static boolean binds(Target target, Variable variable) {
        return switch (target) {
            case Target.Store store -> store.variable().equals(variable);
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(inner -> binds(inner, variable));
            case Target.Element ignored -> false;
        };
    }

    private static String columnType(Type type) {
        return switch (type) {
            case Type.Int ignored -> "INTEGER";
            case Type.Bool ignored -> "INTEGER";
            case Type.Float ignored -> "REAL";
            default -> "TEXT";
        };
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Print print -> body.line(select(row(print)) + ";");
            case Stmt.Assign assign -> assign(assign);
            case Stmt.AugAssign assign -> augmented(assign);
            case Stmt.Evaluate evaluate -> evaluate(evaluate.expression());
            case Stmt.If conditional -> conditional(conditional);
            case Stmt.For loop -> forLoop(loop);
            case Stmt.Assert ignored -> { }
            case Stmt.While loop -> throw SqliteExpressions.refuse("while loops (no procedural language)", loop.span());
            case Stmt.Break stop -> throw SqliteExpressions.refuse("break", stop.span());
            case Stmt.Continue skip -> throw SqliteExpressions.refuse("continue", skip.span());
            case Stmt.Return ret -> throw SqliteExpressions.refuse("return", ret.span());
        }
    }

    /** One print as the text of one row: str() of each value, the separator between, the end when rows have none. */
    private String row(Stmt.Print print) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < print.values().size(); i++) {
            if (i > 0) {
                parts.add(expressions.str(print.sep()).at(SqliteExpressions.CONCAT + 1));
            }
            parts.add(expressions.str(print.values().get(i)).at(SqliteExpressions.CONCAT + 1));
        }
        if (!newlineRows) {
            parts.add(expressions.str(print.end()).at(SqliteExpressions.CONCAT + 1));
        }
        return parts.isEmpty() ? "''" : String.join(" || ", parts);
    }

    /** A SELECT of one row from vars, under the enclosing branches' conditions. */
    private String select(String row) {
        StringBuilder out = new StringBuilder("SELECT ").append(row);
        if (!columns.isEmpty()) {
            out.append(" FROM vars");
        }
        if (!guards.isEmpty()) {
            out.append(columns.isEmpty() ? " WHERE " : " WHERE ").append(String.join(" AND ", guards));
        }
        return out.toString();
    }

    private void update(String assignments) {
        body.line("UPDATE vars SET " + assignments + (guards.isEmpty() ? "" : " WHERE " + String.join(" AND ", guards)) + ";");
    }

    private void assign(Stmt.Assign assign) {
        Target target = assign.target();
        Expr value = assign.value();
        switch (target) {
            case Target.Store store -> {
                if (value instanceof Expr.MethodCall call && call.method().equals("pop") && call.receiver() instanceof Expr.Load list) {
                    String path = popPath(call);
                    String name = SqlNames.identifier(list.variable().name());
                    update(SqlNames.identifier(store.variable().name()) + " = " + name + " ->> " + path + ", " + name + " = json_remove(" + name + ", " + path + ")");
                    return;
                }
                update(SqlNames.identifier(store.variable().name()) + " = " + expressions.text(value));
            }
            case Target.Element element -> update(elementAssignment(element, expressions.text(value), assign.span()));
            case Target.Unpack unpack -> {
                Unpacking unpacking = Unpacking.of(unpack, value, assign.span(), SqliteExpressions::refuse);
                List<Target> targets = unpacking.targets();
                List<Expr> values = unpacking.values();
                List<String> assignments = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    if (!(targets.get(i) instanceof Target.Store store)) {
                        throw SqliteExpressions.refuse("unpacking into list elements", assign.span());
                    }
                    assignments.add(SqlNames.identifier(store.variable().name()) + " = " + expressions.text(values.get(i)));
                }
                // one UPDATE evaluates every value from the old row: Python's simultaneous assignment
                update(String.join(", ", assignments));
            }
        }
    }

    private String popPath(Expr.MethodCall call) {
        if (call.arguments().isEmpty()) {
            return "'$[#-1]'";
        }
        if (call.arguments().getFirst() instanceof Expr.IntConst constant) {
            return constant.value().signum() < 0 ? "'$[#" + constant.value() + "]'" : "'$[" + constant.value() + "]'";
        }
        throw SqliteExpressions.refuse("pop() at a computed index", call.span());
    }

    private String elementAssignment(Target.Element element, String value, Span span) {
        if (!(element.list() instanceof Expr.Load load)) {
            throw SqliteExpressions.refuse("assigning into a nested list", span);
        }
        String list = SqlNames.identifier(load.variable().name());
        Expr index = element.index();
        String path = index instanceof Expr.IntConst constant
                ? (constant.value().signum() < 0 ? "'$[#" + constant.value() + "]'" : "'$[" + constant.value() + "]'")
                : "CASE WHEN " + expressions.text(index) + " < 0 THEN '$[#' || " + expressions.write(index).at(SqliteExpressions.CONCAT + 1)
                        + " || ']' ELSE '$[' || " + expressions.write(index).at(SqliteExpressions.CONCAT + 1) + " || ']' END";
        return list + " = json_set(" + list + ", " + path + ", " + value + ")";
    }

    private void augmented(Stmt.AugAssign assign) {
        Span span = assign.span();
        switch (assign.target()) {
            case Target.Store store -> {
                Type type = store.type();
                Expr current = new Expr.Load(store.variable(), span);
                Type result = type instanceof Type.Float || assign.value().type() instanceof Type.Float
                        || assign.operator() == dev.codelive.codelive.syntax.BinaryOperator.DIVIDE ? Type.FLOAT : type;
                if (!result.equals(type)) {
                    throw SqliteExpressions.refuse("an augmented assignment that changes the variable's type", span);
                }
                update(SqlNames.identifier(store.variable().name()) + " = "
                        + expressions.text(new Expr.Binary(current, assign.operator(), assign.value(), type, span)));
            }
            case Target.Element element -> {
                Expr current = new Expr.Index(element.list(), element.index(), element.type(), span);
                update(elementAssignment(element, expressions.text(new Expr.Binary(current, assign.operator(), assign.value(), element.type(), span)), span));
            }
            case Target.Unpack ignored -> throw SqliteExpressions.refuse("augmented assignment to several targets", span);
        }
    }

    private void evaluate(Expr expression) {
        if (!(expression instanceof Expr.MethodCall call) || !(call.receiver().type() instanceof Type.ListOf)) {
            if (expression instanceof Expr.StrConst || !(expression instanceof Expr.Call)) {
                return;
            }
            throw SqliteExpressions.refuse("calls of the snippet's functions", expression.span());
        }
        if (!(call.receiver() instanceof Expr.Load load)) {
            throw SqliteExpressions.refuse("changing a nested list", call.span());
        }
        String list = SqlNames.identifier(load.variable().name());
        List<Expr> arguments = call.arguments();
        String updated = switch (call.method()) {
            case "append" -> "json_insert(" + list + ", '$[#]', " + expressions.text(arguments.getFirst()) + ")";
            case "extend" -> expressions.text(new Expr.Binary(call.receiver(), dev.codelive.codelive.syntax.BinaryOperator.ADD,
                    arguments.getFirst(), call.receiver().type(), call.span()));
            case "pop" -> "json_remove(" + list + ", " + popPath(call) + ")";
            case "clear" -> "json_array()";
            case "reverse" -> "(SELECT json_group_array(value) FROM (SELECT value FROM json_each(" + list + ") ORDER BY key DESC))";
            case "sort" -> "(SELECT json_group_array(value) FROM (SELECT value FROM json_each(" + list + ") ORDER BY value, key))";
            case "remove" -> "json_remove(" + list + ", '$[' || (SELECT min(key) FROM json_each(" + list + ") WHERE value = "
                    + expressions.text(arguments.getFirst()) + ") || ']')";
            default -> throw SqliteExpressions.refuse("list." + call.method() + "()", call.span());
        };
        update(list + " = " + updated);
    }

    private void conditional(Stmt.If conditional) {
        boolean assigns = conditional.branches().stream().anyMatch(branch -> assigns(branch.body())) || assigns(conditional.orElse());
        String column = null;
        if (assigns) {
            // a branch may change what the conditions read: decide once, before any branch runs
            column = names.fresh("branch");
            columns.put(column, "INTEGER");
            StringBuilder choice = new StringBuilder("CASE");
            for (int i = 0; i < conditional.branches().size(); i++) {
                choice.append(" WHEN ").append(expressions.truthy(conditional.branches().get(i).condition()).text()).append(" THEN ").append(i + 1);
            }
            update(column + " = " + choice.append(" ELSE 0 END"));
        }
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < conditional.branches().size(); i++) {
            Stmt.If.Branch branch = conditional.branches().get(i);
            String condition = expressions.truthy(branch.condition()).at(Sql.AND + 1);
            String guard = assigns ? column + " = " + (i + 1) : join(earlier, condition);
            within(guard, branch.body());
            earlier.add("NOT " + expressions.truthy(branch.condition()).at(Sql.NOT + 1));
        }
        if (!conditional.orElse().isEmpty()) {
            within(assigns ? column + " = 0" : String.join(" AND ", earlier), conditional.orElse());
        }
    }

    private static String join(List<String> earlier, String condition) {
        List<String> all = new ArrayList<>(earlier);
        all.add(condition);
        return String.join(" AND ", all);
    }

    private void within(String guard, List<Stmt> statements) {
        guards.add(guard.contains(" OR ") ? "(" + guard + ")" : guard);
        statements.forEach(this::statement);
        guards.removeLast();
    }

    private static boolean assigns(List<Stmt> statements) {
        boolean[] found = {false};
        IrWalk.statements(statements, statement -> found[0] |= statement instanceof Stmt.Assign || statement instanceof Stmt.AugAssign
                || statement instanceof Stmt.Evaluate evaluate && evaluate.expression() instanceof Expr.MethodCall);
        return found[0];
    }

    // ---- for loops that only print: one query over the loop's rows ----

    /** One print of a loop body: the sources it runs over, its conditions, its row text and its place in the order. */
    private record Item(SqliteExpressions.Query query, List<String> conditions, String text, List<String> keys) {}

    private void forLoop(Stmt.For loop) {
        List<Item> items = new ArrayList<>();
        collect(loop, SqliteExpressions.emptyQuery(), new ArrayList<>(guards), new ArrayList<>(), items);
        int keys = items.stream().mapToInt(item -> item.keys().size()).max().orElse(0);
        if (items.size() == 1) {
            Item item = items.getFirst();
            body.line(render(item, false, keys) + ";");
        } else if (!items.isEmpty()) {
            List<String> ctes = new ArrayList<>();
            items.forEach(item -> item.query().ctes().stream().filter(cte -> !ctes.contains(cte)).forEach(ctes::add));
            List<String> order = new ArrayList<>();
            for (int i = 1; i <= keys; i++) {
                order.add("k" + i);
            }
            String union = String.join("\n    UNION ALL ", items.stream().map(item -> render(item, true, keys)).toList());
            body.line((ctes.isEmpty() ? "" : "WITH RECURSIVE " + String.join(", ", ctes) + "\n") + "SELECT line FROM (\n    " + union
                    + "\n) ORDER BY " + String.join(", ", order) + ";");
        }
        loop.orElse().forEach(this::statement);
    }

    private String render(Item item, boolean keyed, int width) {
        SqliteExpressions.Query query = item.query();
        List<String> from = new ArrayList<>();
        if (!columns.isEmpty()) {
            from.add("vars");
        }
        from.addAll(query.from());
        List<String> where = new ArrayList<>(query.where());
        where.addAll(item.conditions());
        if (!keyed) {
            return new SqliteExpressions.Query(query.ctes(), from, where, query.order()).render(item.text());
        }
        List<String> select = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            select.add((i < item.keys().size() ? item.keys().get(i) : "0") + " AS k" + (i + 1));
        }
        select.add(item.text() + " AS line");
        return new SqliteExpressions.Query(List.of(), from, where, List.of()).render(String.join(", ", select));
    }

    private void collect(Stmt.For loop, SqliteExpressions.Query outer, List<String> conditions, List<String> keys, List<Item> items) {
        if (!loop.orElse().isEmpty() && !keys.isEmpty()) {
            throw SqliteExpressions.refuse("for-else inside a loop", loop.span());
        }
        if (usedOutside(loop)) {
            throw SqliteExpressions.refuse("a loop variable used after its loop", loop.span());
        }
        SqliteExpressions.Query query = new SqliteExpressions.Query(new ArrayList<>(outer.ctes()), new ArrayList<>(outer.from()),
                new ArrayList<>(outer.where()), new ArrayList<>(outer.order()));
        expressions.addSource(query, loop.target(), loop.iterable(), loop.span());
        try {
            List<String> position = new ArrayList<>(keys);
            position.add(orderKey(query.order().getLast()));
            body(loop.body(), query, conditions, position, items);
        } finally {
            expressions.unbindTarget(loop.target());
        }
    }

    /** The sort key of a source's order ({@code r1.i DESC} becomes {@code -r1.i}), usable in a union's column. */
    private static String orderKey(String order) {
        return order.endsWith(" DESC") ? "-" + order.substring(0, order.length() - 5) : order;
    }

    private void body(List<Stmt> statements, SqliteExpressions.Query query, List<String> conditions, List<String> keys, List<Item> items) {
        for (int index = 0; index < statements.size(); index++) {
            Stmt statement = statements.get(index);
            List<String> position = new ArrayList<>(keys);
            position.add(String.valueOf(index));
            switch (statement) {
                case Stmt.Print print -> items.add(new Item(query, conditions, row(print), position));
                case Stmt.If conditional -> {
                    List<String> earlier = new ArrayList<>();
                    for (Stmt.If.Branch branch : conditional.branches()) {
                        String condition = expressions.truthy(expressions.requirePure(branch.condition(), "a condition")).at(Sql.AND + 1);
                        List<String> inner = new ArrayList<>(conditions);
                        inner.addAll(earlier);
                        inner.add(condition);
                        body(branch.body(), query, inner, position, items);
                        earlier.add("NOT " + expressions.truthy(branch.condition()).at(Sql.NOT + 1));
                    }
                    List<String> otherwise = new ArrayList<>(conditions);
                    otherwise.addAll(earlier);
                    body(conditional.orElse(), query, otherwise, position, items);
                }
                case Stmt.For inner -> collect(inner, query, conditions, position, items);
                case Stmt.Evaluate evaluate when evaluate.expression() instanceof Expr.StrConst -> { }
                default -> throw SqliteExpressions.refuse("loops whose body does more than print (no procedural language)", statement.span());
            }
        }
    }

    /** Whether a loop's variables are read or stored anywhere but in the loop. */
    private boolean usedOutside(Stmt.For loop) {
        List<Variable> targets = new ArrayList<>();
        collectTargets(loop.target(), targets);
        boolean[] outside = {false};
        // every Load of a target outside the loop's own statement tree
        List<Expr> inside = new ArrayList<>();
        IrWalk.expressions(List.of(loop), inside::add);
        IrWalk.expressions(program.main(), expression -> {
            if (expression instanceof Expr.Load load && targets.contains(load.variable())
                    && inside.stream().noneMatch(own -> own == expression)) {
                outside[0] = true;
            }
        });
        return outside[0];
    }

    private static void collectTargets(Target target, List<Variable> out) {
        switch (target) {
            case Target.Store store -> out.add(store.variable());
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> collectTargets(inner, out));
            case Target.Element ignored -> { }
        }
    }
}
