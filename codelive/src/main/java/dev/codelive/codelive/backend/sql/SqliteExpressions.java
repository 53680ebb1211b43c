package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders IR expressions as SQLite expressions: 64-bit ints, text, bools as 0/1, lists as JSON arrays (of ints,
 * strs and bools), comprehensions and reductions as queries over recursive CTEs and {@code json_each}, each keeping
 * Python's order explicitly. Variables are columns of the one-row table {@code vars}, or of the query that binds
 * them. Floats may be computed but never printed: SQLite cannot write a double as CPython's shortest repr.
 */
final class SqliteExpressions {
    /** SQLite binds {@code ||} tighter than {@code *}. */
    static final int CONCAT = 75;
    /** A runtime error, for values the script was not rendered for: abs() of the smallest int overflows. */
    static final String FAIL = "abs(-9223372036854775807 - 1)";
    /** json_each's columns, which an unqualified variable of the same name would be taken for. */
    private static final Set<String> JSON_EACH_COLUMNS = Set.of("key", "value", "type", "atom", "id", "parent", "fullkey", "path",
            "json", "root");

    private final SqlNames names;
    private final Effects effects;
    private final IntLowerBounds facts;
    /** The SQL for variables bound by the query being written (loop and comprehension variables). */
    private final Map<Variable, Sql> bound = new HashMap<>();

    SqliteExpressions(SqlNames names, Effects effects, IntLowerBounds facts) {
        this.names = names;
        this.effects = effects;
        this.facts = facts;
    }

    static dev.codelive.codelive.backend.BackendRefusal refuse(String construct, Span where) {
        return Refusals.refuse(construct + " (sqlite)", where);
    }

    Expr requirePure(Expr expression, String what) {
        if (effects.hasEffects(expression)) {
            throw refuse(what + " with a call that prints or changes a list", expression.span());
        }
        return expression;
    }

    /** Binds a variable to SQL for the rest of the query (and unbinds it with {@link #unbind}). */
    void bind(Variable variable, Sql sql) {
        bound.put(variable, sql);
    }

    void unbind(Variable variable) {
        bound.remove(variable);
    }

    boolean isBound(Variable variable) {
        return bound.containsKey(variable);
    }

    String text(Expr expression) {
        return write(expression).text();
    }

    Sql write(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> integer(constant.value(), constant.span());
            case Expr.FloatConst constant -> floating(constant.value(), constant.span());
            case Expr.BoolConst constant -> Sql.atom(constant.value() ? "1" : "0");
            case Expr.StrConst constant -> Sql.atom(literal(constant.value()));
            case Expr.NoneConst none -> throw refuse("None as a value (only printing it)", none.span());
            case Expr.Load load -> variable(load.variable());
            case Expr.MathConst constant -> floating(constant.value(), constant.span());
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> {
                Sql operand = write(negate.operand());
                if (negate.plus()) {
                    yield operand;
                }
                String text = operand.at(Sql.UNARY);
                yield new Sql("-" + (text.startsWith("-") ? "(" + text + ")" : text), Sql.UNARY);
            }
            case Expr.Not not -> new Sql("NOT " + truthy(not.operand()).at(Sql.NOT), Sql.NOT);
            case Expr.Logical logical -> logical(logical);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> Sql.atom("CASE WHEN " + truthy(conditional.condition()).text() + " THEN "
                    + text(conditional.whenTrue()) + " ELSE " + text(conditional.whenFalse()) + " END");
            case Expr.ListLiteral list -> {
                scalarList(list.type(), list.span());
                yield Sql.atom("json_array(" + list.elements().stream().map(this::text).collect(Collectors.joining(", ")) + ")");
            }
            case Expr.TupleLiteral tuple -> throw refuse("tuples as values", tuple.span());
            case Expr.RangeOf range -> array(range);
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> throw refuse("calls of the snippet's functions (no procedural language)", call.span());
            case Expr.BuiltinCall call -> builtin(call);
            case Expr.MethodCall call -> call.receiver().type() instanceof Type.Str ? strMethod(call) : listMethod(call);
            case Expr.MathCall call -> math(call);
            case Expr.Comprehension comprehension -> array(comprehension);
            case Expr.FString fstring -> fstring(fstring);
        };
    }

    private Sql variable(Variable variable) {
        Sql sql = bound.get(variable);
        if (sql != null) {
            return sql;
        }
        String name = SqlNames.identifier(variable.name());
        // inside a query over json_each, a variable called value or key must name the vars column
        return Sql.atom(JSON_EACH_COLUMNS.contains(variable.name()) ? "vars." + name : name);
    }

    static Sql integer(BigInteger value, Span span) {
        if (value.bitLength() > 63) {
            throw refuse("ints beyond 64 bits", span);
        }
        return value.signum() < 0 ? new Sql(value.toString(), Sql.UNARY) : Sql.atom(value.toString());
    }

    private static Sql floating(double value, Span span) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw refuse("inf and nan", span);
        }
        String digits = Double.toString(value).replace("E", "e");
        // a REAL literal needs a decimal point or exponent, which Java's digits always have
        return value < 0 ? new Sql(digits, Sql.UNARY) : Sql.atom(digits);
    }

    /** An SQLite text literal; control characters are concatenated as char(n). */
    static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw refuse("strings holding NUL characters", null);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                if (!plain.isEmpty()) {
                    pieces.add("'" + plain.toString().replace("'", "''") + "'");
                    plain.setLength(0);
                }
                pieces.add("char(" + c + ")");
            } else {
                plain.appendCodePoint(c);
            }
        });
        if (!plain.isEmpty() || pieces.isEmpty()) {
            pieces.add("'" + plain.toString().replace("'", "''") + "'");
        }
        return pieces.size() == 1 ? pieces.getFirst() : "(" + String.join(" || ", pieces) + ")";
    }

    private static void scalarList(Type type, Span span) {
        Type element = ((Type.ListOf) type).element();
        if (!(element instanceof Type.Int || element instanceof Type.Str || element instanceof Type.Bool)) {
            throw refuse("lists of " + element.python() + " (JSON arrays keep ints, strs and bools exactly)", span);
        }
    }

    /** Python's truth value as an SQLite condition. */
    Sql truthy(Expr expression) {
        return switch (expression.type()) {
            case Type.Bool ignored -> write(expression);
            case Type.Int ignored -> Sql.binary(write(expression), "<>", Sql.atom("0"), Sql.COMPARE);
            case Type.Float ignored -> Sql.binary(write(expression), "<>", Sql.atom("0"), Sql.COMPARE);
            case Type.Str ignored -> Sql.binary(write(expression), "<>", Sql.atom("''"), Sql.COMPARE);
            case Type.ListOf ignored -> Sql.binary(Sql.atom("json_array_length(" + text(expression) + ")"), ">", Sql.atom("0"), Sql.COMPARE);
            default -> throw refuse("the truth value of a " + expression.type().python(), expression.span());
        };
    }

    private Sql binary(Expr.Binary binary) {
        Expr left = binary.left();
        Expr right = binary.right();
        Span span = binary.span();
        BinaryOperator operator = binary.operator();
        if (binary.type() instanceof Type.Str) {
            if (operator == BinaryOperator.ADD) {
                return Sql.binary(write(left), "||", write(right), CONCAT);
            }
            Expr text = left.type() instanceof Type.Str ? left : right;
            Expr count = left.type() instanceof Type.Str ? right : left;
            // zeroblob(n) is n zero bytes: replace makes each one a copy of the text
            return Sql.atom("replace(hex(zeroblob(max(" + text(count) + ", 0))), '00', " + text(text) + ")");
        }
        if (binary.type() instanceof Type.ListOf) {
            if (operator != BinaryOperator.ADD) {
                throw refuse("the list operator " + operator.symbol(), span);
            }
            return Sql.atom("(SELECT json_group_array(value) FROM (SELECT value FROM (SELECT 0 AS part, key, value FROM json_each("
                    + text(left) + ") UNION ALL SELECT 1, key, value FROM json_each(" + text(right) + ")) ORDER BY part, key))");
        }
        if (binary.type() instanceof Type.Float) {
            return switch (operator) {
                case ADD -> Sql.binary(real(left), "+", write(right), Sql.ADD);
                case SUBTRACT -> Sql.binary(real(left), "-", write(right), Sql.ADD);
                case MULTIPLY -> Sql.binary(real(left), "*", write(right), Sql.MULTIPLY);
                case DIVIDE -> Sql.binary(real(left), "/", write(right), Sql.MULTIPLY);
                default -> throw refuse("the float operator " + operator.symbol(), span);
            };
        }
        Sql a = write(left);
        Sql b = write(right);
        boolean simple = facts.proves(left) && right instanceof Expr.IntConst divisor && divisor.value().signum() > 0;
        return switch (operator) {
            case ADD -> Sql.binary(a, "+", b, Sql.ADD);
            case SUBTRACT -> Sql.binary(a, "-", b, Sql.ADD);
            case MULTIPLY -> Sql.binary(a, "*", b, Sql.MULTIPLY);
            case FLOOR_DIVIDE -> simple ? Sql.binary(a, "/", b, Sql.MULTIPLY) : floorDivide(left, right);
            case MODULO -> simple ? Sql.binary(a, "%", b, Sql.MULTIPLY) : modulo(left, right);
            case POWER -> power(left, right, span);
            case DIVIDE -> throw new IllegalStateException("true division typed int at " + span);
        };
    }

    /** A float operand: an int made REAL first, so that SQLite computes in floating point. */
    private Sql real(Expr expression) {
        return expression.type() instanceof Type.Float ? write(expression) : Sql.atom("CAST(" + text(expression) + " AS REAL)");
    }

    private Sql floorDivide(Expr left, Expr right) {
        requirePure(left, "//");
        requirePure(right, "//");
        Sql a = write(left);
        Sql b = write(right);
        // SQLite truncates towards zero; Python floors
        return Sql.binary(Sql.binary(a, "/", b, Sql.MULTIPLY), "-", Sql.atom("(" + Sql.binary(a, "%", b, Sql.MULTIPLY).text()
                + " <> 0 AND (" + a.text() + " < 0) <> (" + b.text() + " < 0))"), Sql.ADD);
    }

    private Sql modulo(Expr left, Expr right) {
        requirePure(left, "%");
        requirePure(right, "%");
        Sql a = write(left);
        Sql b = write(right);
        String remainder = Sql.binary(a, "%", b, Sql.MULTIPLY).text();
        // Python's remainder takes the divisor's sign
        return Sql.atom("(" + remainder + " + CASE WHEN " + remainder + " <> 0 AND (" + remainder + " < 0) <> (" + b.text()
                + " < 0) THEN " + b.at(Sql.ADD + 1) + " ELSE 0 END)");
    }

    private Sql power(Expr base, Expr exponent, Span span) {
        if (!(exponent instanceof Expr.IntConst constant) || constant.value().signum() < 0 || constant.value().intValue() > 8) {
            throw refuse("int powers other than small constant exponents (no exact integer power)", span);
        }
        requirePure(base, "**");
        int times = constant.value().intValue();
        if (times == 0) {
            return Sql.atom("1");
        }
        Sql factor = write(base);
        Sql product = factor;
        for (int i = 1; i < times; i++) {
            product = Sql.binary(product, "*", factor, Sql.MULTIPLY);
        }
        return product;
    }

    private Sql logical(Expr.Logical logical) {
        boolean and = logical.operator() == BoolOperator.AND;
        List<Expr> operands = logical.operands();
        if (logical.type() instanceof Type.Bool) {
            int precedence = and ? Sql.AND : Sql.OR;
            return new Sql(operands.stream().map(operand -> write(operand).at(precedence + 1))
                    .collect(Collectors.joining(and ? " AND " : " OR ")), precedence);
        }
        Sql result = write(operands.getLast());
        for (int i = operands.size() - 2; i >= 0; i--) {
            Expr operand = requirePure(operands.get(i), "the operand of " + logical.operator().symbol());
            String test = truthy(operand).text();
            result = Sql.atom(and ? "CASE WHEN " + test + " THEN " + result.text() + " ELSE " + text(operand) + " END"
                    : "CASE WHEN " + test + " THEN " + text(operand) + " ELSE " + result.text() + " END");
        }
        return result;
    }

    private Sql compare(Expr.Compare compare) {
        List<String> parts = new ArrayList<>();
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            if (i < compare.links().size() - 1) {
                requirePure(link.right(), "the middle of a comparison chain");
            }
            parts.add(compareOne(left, link.operator(), link.right(), compare.span()).at(Sql.AND + 1));
            left = link.right();
        }
        return parts.size() == 1 ? compareOne(compare.first(), compare.links().getFirst().operator(), compare.links().getFirst().right(), compare.span())
                : new Sql(String.join(" AND ", parts), Sql.AND);
    }

    private Sql compareOne(Expr left, CompareOperator operator, Expr right, Span span) {
        return switch (operator) {
            case IN -> contains(right, left, span);
            case NOT_IN -> new Sql("NOT " + contains(right, left, span).at(Sql.NOT + 1), Sql.NOT);
            case IS, IS_NOT -> throw refuse("'" + operator.symbol() + "' comparisons", span);
            default -> {
                if (left.type() instanceof Type.ListOf && operator != CompareOperator.EQUAL && operator != CompareOperator.NOT_EQUAL) {
                    throw refuse("ordering lists", span);
                }
                String symbol = switch (operator) {
                    case EQUAL -> "=";
                    case NOT_EQUAL -> "<>";
                    case LESS -> "<";
                    case LESS_EQUAL -> "<=";
                    case GREATER -> ">";
                    default -> ">=";
                };
                yield Sql.binary(write(left), symbol, write(right), Sql.COMPARE);
            }
        };
    }

    private Sql contains(Expr container, Expr member, Span span) {
        return switch (container.type()) {
            case Type.Str ignored -> Sql.binary(Sql.atom("instr(" + text(container) + ", " + text(member) + ")"), ">", Sql.atom("0"), Sql.COMPARE);
            case Type.ListOf ignored -> new Sql(write(member).at(Sql.COMPARE + 1) + " IN (SELECT value FROM json_each(" + text(container) + "))", Sql.COMPARE);
            case Type.TupleOf ignored when container instanceof Expr.TupleLiteral tuple -> new Sql(write(member).at(Sql.COMPARE + 1) + " IN ("
                    + tuple.elements().stream().map(this::text).collect(Collectors.joining(", ")) + ")", Sql.COMPARE);
            case Type.Range ignored -> new Sql(write(member).at(Sql.COMPARE + 1) + " IN (SELECT value FROM json_each(" + text(container) + "))", Sql.COMPARE);
            default -> throw refuse("'in' over a " + container.type().python(), span);
        };
    }

    private Sql index(Expr.Index index) {
        Expr target = index.target();
        Expr position = index.index();
        return switch (target.type()) {
            case Type.ListOf list -> {
                scalarList(list, index.span());
                // ->> binds like || in SQLite: an operand of || needs parentheses around it
                yield new Sql(write(target).at(Sql.ATOM) + " ->> " + jsonPath(position), CONCAT);
            }
            case Type.Str ignored -> {
                // substr counts a negative start from the end, as Python's negative indexes do
                String start = position instanceof Expr.IntConst constant
                        ? (constant.value().signum() < 0 ? constant.value().toString() : constant.value().add(BigInteger.ONE).toString())
                        : facts.proves(position) ? Sql.binary(write(position), "+", Sql.atom("1"), Sql.ADD).text()
                        : "CASE WHEN " + Sql.binary(write(requirePure(position, "an index")), "<", Sql.atom("0"), Sql.COMPARE).text() + " THEN "
                                + text(position) + " ELSE " + Sql.binary(write(position), "+", Sql.atom("1"), Sql.ADD).text() + " END";
                yield Sql.atom("substr(" + text(target) + ", " + start + ", 1)");
            }
            case Type.TupleOf ignored when target instanceof Expr.TupleLiteral tuple && position instanceof Expr.IntConst constant -> {
                int at = constant.value().intValue();
                yield write(tuple.elements().get(at < 0 ? at + tuple.elements().size() : at));
            }
            default -> throw refuse("indexing a " + target.type().python(), index.span());
        };
    }

    /** A JSON path (or array index) for a Python index: {@code 2}, {@code '$[#-1]'} for -1. */
    private String jsonPath(Expr position) {
        if (position instanceof Expr.IntConst constant) {
            return constant.value().signum() >= 0 ? constant.value().toString() : "'$[#" + constant.value() + "]'";
        }
        if (facts.proves(position)) {
            return write(position).at(Sql.ATOM);
        }
        requirePure(position, "an index");
        String value = text(position);
        return "(CASE WHEN " + value + " < 0 THEN '$[#' || " + write(position).at(CONCAT + 1) + " || ']' ELSE '$[' || "
                + write(position).at(CONCAT + 1) + " || ']' END)";
    }

    private Sql slice(Expr.Slice slice) {
        Expr target = requirePure(slice.target(), "a slice");
        Optional<BigInteger> step = slice.step().map(expression -> expression instanceof Expr.IntConst constant ? constant.value() : null);
        if (slice.step().isPresent() && step.orElse(null) == null) {
            throw refuse("slices with a computed step", slice.span());
        }
        BigInteger stride = step.orElse(BigInteger.ONE);
        boolean text = target.type() instanceof Type.Str;
        String length = text ? "length(" + text(target) + ")" : "json_array_length(" + text(target) + ")";
        // Python's slice.indices(): bounds counted from the end when negative, then clamped
        String lower = slice.lower().map(bound -> clamp(bound, length, stride.signum() > 0)).orElse(stride.signum() > 0 ? "0" : length + " - 1");
        String upper = slice.upper().map(bound -> clamp(bound, length, stride.signum() > 0)).orElse(stride.signum() > 0 ? length : "-1");
        String positions = "(WITH RECURSIVE p(i) AS (SELECT " + lower + " WHERE " + lower + (stride.signum() > 0 ? " < " : " > ") + upper
                + " UNION ALL SELECT i + " + stride + " FROM p WHERE i + " + stride + (stride.signum() > 0 ? " < " : " > ") + upper + ")";
        if (text) {
            return Sql.atom(positions + " SELECT coalesce(group_concat(substr(" + text(target) + ", i + 1, 1), ''), '') FROM (SELECT i FROM p"
                    + " ORDER BY i" + (stride.signum() > 0 ? "" : " DESC") + "))");
        }
        return Sql.atom(positions + " SELECT json_group_array(" + text(target) + " ->> i) FROM (SELECT i FROM p ORDER BY i"
                + (stride.signum() > 0 ? "" : " DESC") + "))");
    }

    private String clamp(Expr bound, String length, boolean up) {
        requirePure(bound, "a slice bound");
        String value = text(bound);
        String low = up ? "0" : "-1";
        String high = up ? length : length + " - 1";
        return "max(" + low + ", min(" + high + ", CASE WHEN " + value + " < 0 THEN " + value + " + " + length + " ELSE " + value + " END))";
    }

    // ---- iteration: every iterable as a query source ----

    /** The parts of a query over one or more for clauses. */
    record Query(List<String> ctes, List<String> from, List<String> where, List<String> order) {
        String render(String select) {
            StringBuilder out = new StringBuilder();
            if (!ctes.isEmpty()) {
                out.append("WITH RECURSIVE ").append(String.join(", ", ctes)).append(' ');
            }
            out.append("SELECT ").append(select).append(" FROM ").append(String.join(", ", from));
            if (!where.isEmpty()) {
                out.append(" WHERE ").append(String.join(" AND ", where));
            }
            if (!order.isEmpty()) {
                out.append(" ORDER BY ").append(String.join(", ", order));
            }
            return out.toString();
        }
    }

    static Query emptyQuery() {
        return new Query(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** Adds {@code for target in iterable} to the query, binding the target's variables. */
    void addSource(Query query, Target target, Expr iterable, Span span) {
        if (iterable instanceof Expr.RangeOf range && target instanceof Target.Store store && independent(range)) {
            addRange(query, store, range, span);
            return;
        }
        if (iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.ZIP) {
            if (!(target instanceof Target.Unpack unpack) || unpack.targets().size() != call.arguments().size()) {
                throw refuse("zip() without unpacking each tuple into names", span);
            }
            String first = null;
            for (int i = 0; i < call.arguments().size(); i++) {
                String alias = names.fresh("z");
                query.from().add("json_each(" + array(call.arguments().get(i)).text() + ") AS " + alias);
                if (first == null) {
                    first = alias;
                    query.order().add(alias + ".key");
                } else {
                    query.where().add(alias + ".key = " + first + ".key");
                }
                bindElement(unpack.targets().get(i), alias, Type.elementOf(call.arguments().get(i).type()), span);
            }
            return;
        }
        if (iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.ENUMERATE) {
            if (!(target instanceof Target.Unpack unpack) || unpack.targets().size() != 2 || !(unpack.targets().getFirst() instanceof Target.Store index)) {
                throw refuse("enumerate() without unpacking into two names", span);
            }
            String alias = names.fresh("e");
            query.from().add("json_each(" + array(call.arguments().getFirst()).text() + ") AS " + alias);
            query.order().add(alias + ".key");
            String start = call.arguments().size() > 1 ? " + " + write(call.arguments().get(1)).at(Sql.ADD + 1) : "";
            bind(index.variable(), start.isEmpty() ? Sql.atom(alias + ".key") : new Sql(alias + ".key" + start, Sql.ADD));
            bindElement(unpack.targets().get(1), alias, Type.elementOf(call.arguments().getFirst().type()), span);
            return;
        }
        boolean reversed = iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.REVERSED;
        Expr source = reversed ? ((Expr.BuiltinCall) iterable).arguments().getFirst() : iterable;
        String alias = names.fresh("j");
        query.from().add("json_each(" + array(source).text() + ") AS " + alias);
        query.order().add(alias + ".key" + (reversed ? " DESC" : ""));
        bindElement(target, alias, Type.elementOf(source.type()), span);
    }

    /**
     * A range as a recursive CTE of the query, binding the target to its column. The CTE may read the query's own
     * outer rows only when the query is a scalar subquery of its own (see {@link #array}).
     */
    private void addRange(Query query, Target.Store store, Expr.RangeOf range, Span span) {
        String cte = names.fresh("r");
        String column = SqlNames.identifier(store.variable().name());
        BigInteger step = range.step() instanceof Expr.IntConst constant ? constant.value() : null;
        if (step == null || step.signum() == 0) {
            throw refuse("ranges with a computed step", span);
        }
        String comparison = step.signum() > 0 ? " < " : " > ";
        String stop = write(range.stop()).at(Sql.COMPARE + 1);
        query.ctes().add(cte + "(" + column + ") AS (SELECT " + text(range.start()) + " WHERE " + write(range.start()).at(Sql.COMPARE + 1)
                + comparison + stop + " UNION ALL SELECT " + column + " + " + step + " FROM " + cte + " WHERE " + column + " + " + step
                + comparison + stop + ")");
        query.from().add(cte);
        query.order().add(cte + "." + column + (step.signum() > 0 ? "" : " DESC"));
        bind(store.variable(), Sql.atom(cte + "." + column));
    }

    private void bindElement(Target target, String alias, Type element, Span span) {
        if (!(target instanceof Target.Store store)) {
            throw refuse("unpacking the items of a list", span);
        }
        bind(store.variable(), Sql.atom(alias + ".value"));
    }

    /** Whether a range's bounds use no variable bound by the query (a CTE cannot see the query's other rows). */
    private boolean independent(Expr.RangeOf range) {
        boolean[] dependent = {false};
        for (Expr part : List.of(range.start(), range.stop(), range.step())) {
            IrWalk.expressions(part, inner -> dependent[0] |= inner instanceof Expr.Load load && bound.containsKey(load.variable()));
        }
        return !dependent[0];
    }

    /** Unbinds what a comprehension's clauses bound. */
    void unbindTargets(List<Expr.Clause> clauses) {
        for (Expr.Clause clause : clauses) {
            if (clause instanceof Expr.Clause.For loop) {
                unbindTarget(loop.target());
            }
        }
    }

    void unbindTarget(Target target) {
        switch (target) {
            case Target.Store store -> unbind(store.variable());
            case Target.Unpack unpack -> unpack.targets().forEach(this::unbindTarget);
            case Target.Element ignored -> { }
        }
    }

    /** A comprehension's query, its element written while its variables are bound. */
    private <T> T withComprehension(Expr.Comprehension comprehension, java.util.function.BiFunction<Query, Expr, T> body) {
        Query query = emptyQuery();
        try {
            for (Expr.Clause clause : comprehension.clauses()) {
                switch (clause) {
                    case Expr.Clause.For loop -> addSource(query, loop.target(), loop.iterable(), comprehension.span());
                    case Expr.Clause.If condition -> query.where().add(truthy(requirePure(condition.condition(), "a comprehension condition")).at(Sql.AND + 1));
                }
            }
            return body.apply(query, requirePure(comprehension.element(), "a comprehension element"));
        } finally {
            unbindTargets(comprehension.clauses());
        }
    }

    /** Any iterable as a JSON array. */
    Sql array(Expr iterable) {
        return switch (iterable) {
            case Expr.Comprehension comprehension -> {
                scalarList(new Type.ListOf(Type.elementOf(comprehension.type())), comprehension.span());
                yield withComprehension(comprehension, (query, element) -> Sql.atom("(SELECT json_group_array(item) FROM ("
                        + query.render(text(element) + " AS item") + "))"));
            }
            case Expr.RangeOf range -> {
                Variable item = new Variable(names.fresh("i"), Type.INT, Variable.Scope.LOCAL);
                Query query = emptyQuery();
                addRange(query, new Target.Store(item, true), range, range.span());
                String select = variable(item).text() + " AS item";
                unbind(item);
                yield Sql.atom("(SELECT json_group_array(item) FROM (" + query.render(select) + "))");
            }
            case Expr.BuiltinCall call when call.builtin() == Builtin.LIST -> call.arguments().isEmpty() ? Sql.atom("json_array()") : array(call.arguments().getFirst());
            case Expr.BuiltinCall call when call.builtin() == Builtin.SORTED -> sorted(call);
            case Expr.BuiltinCall call when call.builtin() == Builtin.REVERSED -> Sql.atom("(SELECT json_group_array(value) FROM (SELECT value FROM json_each("
                    + array(call.arguments().getFirst()).text() + ") ORDER BY key DESC))");
            default -> switch (iterable.type()) {
                case Type.ListOf list -> {
                    scalarList(list, iterable.span());
                    yield write(iterable);
                }
                case Type.Str ignored -> {
                    requirePure(iterable, "a str iterated over");
                    String s = text(iterable);
                    yield Sql.atom("(WITH RECURSIVE c(k) AS (SELECT 1 WHERE length(" + s + ") > 0 UNION ALL SELECT k + 1 FROM c WHERE k < length("
                            + s + ")) SELECT json_group_array(substr(" + s + ", k, 1)) FROM (SELECT k FROM c ORDER BY k))");
                }
                default -> throw refuse("iterating over a " + iterable.type().python(), iterable.span());
            };
        };
    }

    /** A reduction over an iterable: {@code aggregate} applied to its elements, in order. */
    private Sql reduce(Expr iterable, java.util.function.Function<String, String> aggregate) {
        if (iterable instanceof Expr.Comprehension comprehension) {
            return withComprehension(comprehension, (query, element) -> Sql.atom("(SELECT " + aggregate.apply("item") + " FROM ("
                    + query.render(text(element) + " AS item") + "))"));
        }
        return Sql.atom("(SELECT " + aggregate.apply("value") + " FROM (SELECT value FROM json_each(" + array(iterable).text() + ") ORDER BY key))");
    }

    private Sql builtin(Expr.BuiltinCall call) {
        List<Expr> arguments = call.arguments();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        Span span = call.span();
        return switch (call.builtin()) {
            case ABS -> Sql.atom("abs(" + text(first) + ")");
            case LEN -> switch (first.type()) {
                case Type.Str ignored -> Sql.atom("length(" + text(first) + ")");
                case Type.TupleOf tuple -> Sql.atom(String.valueOf(tuple.elements().size()));
                default -> Sql.atom("json_array_length(" + array(first).text() + ")");
            };
            case STR -> first == null ? Sql.atom("''") : str(first);
            case INT -> first == null ? Sql.atom("0") : switch (first.type()) {
                case Type.Str ignored -> Sql.atom("CAST(trim(" + text(first) + ") AS INTEGER)");
                case Type.Float ignored -> Sql.atom("CAST(" + text(first) + " AS INTEGER)");
                default -> write(first);
            };
            case FLOAT -> first == null ? Sql.atom("0.0") : Sql.atom("CAST(" + text(first) + " AS REAL)");
            case BOOL -> first == null ? Sql.atom("0") : truthy(first);
            case ROUND -> {
                if (first.type() instanceof Type.Float) {
                    throw refuse("round() of a float (SQLite rounds halves away from zero)", span);
                }
                yield write(first);
            }
            case CHR -> Sql.atom("char(" + text(first) + ")");
            case ORD -> Sql.atom("unicode(" + text(first) + ")");
            case POW -> power(arguments.get(0), arguments.get(1), span);
            case MIN, MAX -> {
                String function = call.builtin().python();
                if (arguments.size() > 1) {
                    yield Sql.atom(function + "(" + arguments.stream().map(this::text).collect(Collectors.joining(", ")) + ")");
                }
                yield reduce(first, item -> function + "(" + item + ")");
            }
            case SUM -> {
                Sql sum = reduce(first, item -> "coalesce(sum(" + item + "), 0)");
                yield arguments.size() > 1 ? Sql.binary(write(arguments.get(1)), "+", sum, Sql.ADD) : sum;
            }
            case ANY, ALL -> anyAll(call);
            case SORTED -> sorted(call);
            case LIST, REVERSED -> array(call);
            case ENUMERATE, ZIP -> throw refuse(call.builtin().python() + "() outside a for clause", span);
            case DIVMOD -> throw refuse("divmod() (tuples as values)", span);
        };
    }

    private Sql anyAll(Expr.BuiltinCall call) {
        boolean any = call.builtin() == Builtin.ANY;
        Expr iterable = call.arguments().getFirst();
        if (iterable instanceof Expr.Comprehension comprehension) {
            return withComprehension(comprehension, (query, element) -> {
                Query filtered = new Query(query.ctes(), query.from(), new ArrayList<>(query.where()), List.of());
                Sql test = truthy(element);
                filtered.where().add(any ? test.at(Sql.AND + 1) : "NOT " + test.at(Sql.NOT + 1));
                return new Sql((any ? "" : "NOT ") + "EXISTS (" + filtered.render("1") + ")", any ? Sql.ATOM : Sql.NOT);
            });
        }
        Type element = Type.elementOf(iterable.type());
        String test = element instanceof Type.Str ? "value <> ''" : "value <> 0";
        return new Sql((any ? "" : "NOT ") + "EXISTS (SELECT 1 FROM json_each(" + array(iterable).text() + ") WHERE "
                + (any ? test : "NOT (" + test + ")") + ")", any ? Sql.ATOM : Sql.NOT);
    }

    private Sql sorted(Expr.BuiltinCall call) {
        boolean descending = call.arguments().size() > 1 && call.arguments().get(1) instanceof Expr.BoolConst reverse && reverse.value();
        if (call.arguments().size() > 1 && !(call.arguments().get(1) instanceof Expr.BoolConst)) {
            throw refuse("sorted(reverse=...) that is not a constant", call.span());
        }
        return Sql.atom("(SELECT json_group_array(value) FROM (SELECT value FROM json_each(" + array(call.arguments().getFirst()).text()
                + ") ORDER BY value" + (descending ? " DESC" : "") + ", key))");
    }

    private Sql listMethod(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        return switch (call.method()) {
            case "index" -> Sql.atom("(SELECT min(key) FROM json_each(" + text(receiver) + ") WHERE value = " + text(call.arguments().getFirst()) + ")");
            case "count" -> Sql.atom("(SELECT count(*) FROM json_each(" + text(receiver) + ") WHERE value = " + text(call.arguments().getFirst()) + ")");
            case "copy" -> write(receiver);
            default -> throw refuse("list." + call.method() + "() inside an expression", call.span());
        };
    }

    private Sql math(Expr.MathCall call) {
        Expr first = call.arguments().isEmpty() ? null : call.arguments().getFirst();
        return switch (call.function()) {
            case "floor", "ceil", "trunc" -> {
                if (first.type() instanceof Type.Float) {
                    throw refuse("math." + call.function() + "() of a float", call.span());
                }
                yield write(first);
            }
            default -> throw refuse("math." + call.function() + "()", call.span());
        };
    }

    // ---- text ----

    /** {@code str(value)}. */
    Sql str(Expr value) {
        return switch (value.type()) {
            case Type.Str ignored -> write(value);
            case Type.Int ignored -> write(value);
            case Type.Bool ignored -> Sql.atom("CASE WHEN " + truthy(value).text() + " THEN 'True' ELSE 'False' END");
            case Type.None ignored when value instanceof Expr.NoneConst -> Sql.atom("'None'");
            case Type.Float ignored -> throw refuse("printing floats (SQLite has no exact shortest float repr)", value.span());
            case Type.ListOf list -> {
                scalarList(list, value.span());
                yield Sql.atom("(SELECT '[' || coalesce(group_concat(" + elementRepr("value", list.element()) + ", ', '), '') || ']' FROM (SELECT value FROM json_each("
                        + text(value) + ") ORDER BY key))");
            }
            case Type.TupleOf ignored when value instanceof Expr.TupleLiteral tuple -> {
                List<String> parts = new ArrayList<>();
                for (Expr element : tuple.elements()) {
                    parts.add(repr(element).at(CONCAT + 1));
                }
                yield new Sql("'(' || " + String.join(" || ', ' || ", parts) + " || '" + (parts.size() == 1 ? ",)" : ")") + "'", CONCAT);
            }
            default -> throw refuse("str() of a " + value.type().python(), value.span());
        };
    }

    Sql repr(Expr value) {
        return value.type() instanceof Type.Str ? Sql.atom(stringRepr(text(requirePure(value, "repr() of a str")))) : str(value);
    }

    private static String elementRepr(String column, Type element) {
        return switch (element) {
            case Type.Str ignored -> stringRepr(column);
            case Type.Bool ignored -> "CASE WHEN " + column + " THEN 'True' ELSE 'False' END";
            default -> column;
        };
    }

    /**
     * repr() of a str: single quotes unless it holds ' and no ", backslash escapes for the quote, the backslash,
     * newline, tab and return; any other unprintable character stops the script (an error, never a wrong repr).
     */
    static String stringRepr(String s) {
        String unprintable = "'*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(160)"
                + " || char(173) || ']*'";
        String escaped = "replace(replace(replace(replace(" + s + ", '\\', '\\\\'), char(10), '\\n'), char(9), '\\t'), char(13), '\\r')";
        return "CASE WHEN " + s + " GLOB " + unprintable + " THEN " + FAIL
                + " WHEN instr(" + s + ", '''') > 0 AND instr(" + s + ", '\"') = 0 THEN '\"' || " + escaped + " || '\"'"
                + " ELSE '''' || replace(" + escaped + ", '''', '\\''') || '''' END";
    }

    private Sql fstring(Expr.FString fstring) {
        List<String> parts = new ArrayList<>();
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text text -> parts.add(literal(text.text()));
                case Expr.FString.Part.Value value -> parts.add(formatted(value).at(CONCAT + 1));
            }
        }
        return parts.isEmpty() ? Sql.atom("''") : parts.size() == 1 ? Sql.atom(parts.getFirst()) : new Sql(String.join(" || ", parts), CONCAT);
    }

    private Sql formatted(Expr.FString.Part.Value part) {
        Expr value = part.value();
        if (part.conversion() == Conversion.ASCII) {
            throw refuse("the !a conversion", value.span());
        }
        Sql converted = part.conversion() == Conversion.REPR ? repr(value) : str(value);
        if (part.spec().isEmpty()) {
            return converted;
        }
        FormatSpec spec = FormatSpec.parse(part.spec(), FormatSpec.Subset.SQL_JULIA).orElseThrow(() -> refuse("the format spec '" + part.spec() + "'", value.span()));
        boolean number = part.conversion() == Conversion.NONE && (value.type() instanceof Type.Int);
        if (value.type() instanceof Type.Float || value.type() instanceof Type.Bool && part.conversion() == Conversion.NONE) {
            throw refuse("format specs for a " + value.type().python(), value.span());
        }
        if (number) {
            if (spec.type() != 0 && spec.type() != 'd' || spec.precision() >= 0 || spec.sign() == ' ') {
                throw refuse("the format spec '" + part.spec() + "' for an int", value.span());
            }
            // printf's flags: - left, 0 zero padding after the sign, + sign, , thousands
            char align = spec.alignFor('>');
            if (align == '^' || align == '=' && spec.padding() != '0' || align != '=' && spec.padding() != ' ' || align == '<' && spec.zero()) {
                throw refuse("the format spec '" + part.spec() + "' for an int", value.span());
            }
            String flags = (align == '<' ? "-" : "") + (spec.sign() == '+' ? "+" : "") + (align == '=' ? "0" : "") + (spec.grouping() != 0 ? "," : "");
            return Sql.atom("printf('%" + flags + (spec.width() >= 0 ? spec.width() : "") + "d', " + text(value) + ")");
        }
        if (spec.sign() != 0 || spec.grouping() != 0 || spec.type() != 0 && spec.type() != 's') {
            throw refuse("the format spec '" + part.spec() + "' for a str", value.span());
        }
        String text = converted.text();
        if (spec.precision() >= 0) {
            text = "substr(" + text + ", 1, " + spec.precision() + ")";
        }
        if (spec.width() < 0) {
            return Sql.atom(text);
        }
        return pad(text, spec, value);
    }

    /** Pads text to a width with the fill character, aligned as the spec says (str default: left). */
    private Sql pad(String text, FormatSpec spec, Expr value) {
        requirePure(value, "a padded value");
        String fill = new String(Character.toChars(spec.padding())).repeat(spec.width());
        String padding = literal(fill);
        String missing = "max(0, " + spec.width() + " - length(" + text + "))";
        return switch (spec.alignFor('<')) {
            case '<' -> new Sql(text + " || substr(" + padding + ", 1, " + missing + ")", CONCAT);
            case '>' -> new Sql("substr(" + padding + ", 1, " + missing + ") || " + text, CONCAT);
            case '^' -> new Sql("substr(" + padding + ", 1, " + missing + " / 2) || " + text + " || substr(" + padding + ", 1, " + missing + " - "
                    + missing + " / 2)", CONCAT);
            default -> throw refuse("'=' alignment of a str", value.span());
        };
    }

    private Sql strMethod(Expr.MethodCall call) {
        Expr receiver = requirePure(call.receiver(), "a str method");
        List<Expr> arguments = call.arguments();
        String s = text(receiver);
        String whitespace = "' ' || char(9, 10, 11, 12, 13)";
        return switch (call.method()) {
            case "upper", "lower" -> Sql.atom("CASE WHEN " + s + " GLOB '*[^' || char(1) || '-' || char(127) || ']*' THEN " + FAIL + " ELSE "
                    + call.method() + "(" + s + ") END");
            case "strip" -> Sql.atom("trim(" + s + ", " + (arguments.isEmpty() ? whitespace : text(arguments.getFirst())) + ")");
            case "lstrip" -> Sql.atom("ltrim(" + s + ", " + (arguments.isEmpty() ? whitespace : text(arguments.getFirst())) + ")");
            case "rstrip" -> Sql.atom("rtrim(" + s + ", " + (arguments.isEmpty() ? whitespace : text(arguments.getFirst())) + ")");
            case "startswith" -> {
                String prefix = text(requirePure(arguments.getFirst(), "startswith()"));
                yield Sql.atom("(substr(" + s + ", 1, length(" + prefix + ")) = " + prefix + ")");
            }
            case "endswith" -> {
                String suffix = text(requirePure(arguments.getFirst(), "endswith()"));
                yield Sql.atom("(" + suffix + " = '' OR substr(" + s + ", -length(" + suffix + ")) = " + suffix + ")");
            }
            case "find", "index" -> Sql.binary(Sql.atom("instr(" + s + ", " + text(arguments.getFirst()) + ")"), "-", Sql.atom("1"), Sql.ADD);
            case "replace" -> {
                if (!(arguments.getFirst() instanceof Expr.StrConst constant) || constant.value().isEmpty()) {
                    throw refuse("replace() of a pattern that is not a non-empty constant", call.span());
                }
                yield Sql.atom("replace(" + s + ", " + text(arguments.get(0)) + ", " + text(arguments.get(1)) + ")");
            }
            case "count" -> {
                if (!(arguments.getFirst() instanceof Expr.StrConst constant) || constant.value().isEmpty()) {
                    throw refuse("count() of a pattern that is not a non-empty constant", call.span());
                }
                String sub = text(arguments.getFirst());
                yield Sql.atom("((length(" + s + ") - length(replace(" + s + ", " + sub + ", ''))) / length(" + sub + "))");
            }
            case "join" -> reduce(arguments.getFirst(), item -> "coalesce(group_concat(" + item + ", " + s + "), '')");
            case "split" -> split(s, arguments, call.span());
            case "isdigit" -> Sql.atom("(" + s + " <> '' AND " + s + " NOT GLOB '*[^0-9]*')");
            case "isspace" -> Sql.atom("(" + s + " <> '' AND trim(" + s + ", " + whitespace + ") = '')");
            case "isalpha", "isalnum" -> Sql.atom("CASE WHEN " + s + " GLOB '*[^' || char(1) || '-' || char(127) || ']*' THEN " + FAIL + " ELSE ("
                    + s + " <> '' AND " + s + " NOT GLOB '*[^A-Za-z" + (call.method().equals("isalnum") ? "0-9" : "") + "]*') END");
            default -> throw refuse("the str method ." + call.method() + "()", call.span());
        };
    }

    /** s.split(sep), or s.split() on runs of whitespace, as a JSON array. */
    private Sql split(String s, List<Expr> arguments, Span span) {
        String text = s;
        String separator;
        boolean dropEmpty = arguments.isEmpty();
        if (dropEmpty) {
            text = "replace(replace(replace(replace(replace(" + s + ", char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' ')";
            separator = "' '";
        } else {
            if (!(arguments.getFirst() instanceof Expr.StrConst constant) || constant.value().isEmpty()) {
                throw refuse("split() on a separator that is not a non-empty constant", span);
            }
            separator = text(arguments.getFirst());
        }
        return Sql.atom("(WITH RECURSIVE parts(n, piece, rest) AS (SELECT 0, NULL, " + text + " || " + separator
                + " UNION ALL SELECT n + 1, substr(rest, 1, instr(rest, " + separator + ") - 1), substr(rest, instr(rest, " + separator
                + ") + length(" + separator + ")) FROM parts WHERE rest <> '') SELECT json_group_array(piece) FROM (SELECT piece FROM parts WHERE n > 0"
                + (dropEmpty ? " AND piece <> ''" : "") + " ORDER BY n))");
    }
}
