package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists as PostgreSQL arrays, and every iteration as a query: a comprehension is {@code ARRAY(SELECT element FROM
 * sources WHERE conditions ORDER BY positions)}, a reduction ({@code sum}, {@code min}, {@code any}…) the matching
 * aggregate over the same query. Each source keeps Python's order explicitly (its values or their ordinality).
 */
final class PgCollections {
    private final PgExpressions expressions;

    PgCollections(PgExpressions expressions) {
        this.expressions = expressions;
    }

    /** One {@code for} clause as a FROM item: the columns it binds, a filter it needs and the order it keeps. */
    record Source(String from, List<String> columns, Optional<String> where, String order) {}

    /** A comprehension (or any iterable, as {@code x for x in it}) as the parts of a query. */
    record Query(Sql element, Type elementType, List<String> from, List<String> where, List<String> order) {
        String tail() {
            StringBuilder out = new StringBuilder(" FROM ").append(String.join(", ", from));
            if (!where.isEmpty()) {
                out.append(" WHERE ").append(String.join(" AND ", where));
            }
            return out.toString();
        }

        String orderBy() {
            return order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order);
        }
    }

    Sql listLiteral(Expr.ListLiteral list) {
        String type = expressions.types().sql(list.type(), list.span());
        if (list.elements().isEmpty()) {
            return Sql.atom("'{}'::" + type);
        }
        List<Sql> elements = list.elements().stream().map(element -> element.type() instanceof Type.Float
                ? expressions.asFloat(element) : expressions.write(element)).toList();
        String array = "ARRAY[" + PgStrings.joined(elements) + "]";
        boolean literalInts = ((Type.ListOf) list.type()).element() instanceof Type.Int
                && list.elements().stream().allMatch(element -> element instanceof Expr.IntConst);
        return Sql.atom(literalInts ? array + "::" + type : array);
    }

    /** An iterable as an SQL array: lists as they are, a str as its characters, ranges and comprehensions queried. */
    Sql array(Expr iterable) {
        return switch (iterable) {
            case Expr.RangeOf range -> Sql.atom("ARRAY(SELECT generate_series(" + seriesArguments(range) + "))");
            case Expr.Comprehension comprehension -> {
                Query query = query(comprehension);
                expressions.types().sql(new Type.ListOf(query.elementType()), comprehension.span());
                yield Sql.atom("ARRAY(SELECT " + query.element().text() + query.tail() + query.orderBy() + ")" + intArrayCast(query));
            }
            case Expr.TupleLiteral tuple -> Sql.atom("ARRAY[" + PgStrings.joined(tuple.elements().stream().map(expressions::write).toList()) + "]");
            case Expr.BuiltinCall call when call.builtin() == Builtin.LIST -> call.arguments().isEmpty()
                    ? Sql.atom("'{}'::" + expressions.types().sql(call.type(), call.span()))
                    : array(call.arguments().getFirst());
            case Expr.BuiltinCall call when call.builtin() == Builtin.REVERSED || call.builtin() == Builtin.SORTED
                    || call.builtin() == Builtin.ENUMERATE || call.builtin() == Builtin.ZIP -> {
                if (call.builtin() == Builtin.SORTED) {
                    yield sorted(call);
                }
                Query query = query(iterable);
                expressions.types().sql(new Type.ListOf(query.elementType()), call.span());
                yield Sql.atom("ARRAY(SELECT " + query.element().text() + query.tail() + query.orderBy() + ")");
            }
            default -> switch (iterable.type()) {
                case Type.ListOf ignored -> expressions.write(iterable);
                case Type.Str ignored -> Sql.atom("string_to_array(" + expressions.text(iterable) + ", NULL)");
                default -> throw Refusals.refuse("iterating over a " + iterable.type().python(), iterable.span());
            };
        };
    }

    private String intArrayCast(Query query) {
        return query.elementType() instanceof Type.Int && query.element().text().matches("-?\\d+") ? "::" + expressions.types().intType() + "[]" : "";
    }

    /** The query of an iterable: a comprehension's own clauses, or one clause binding a fresh column. */
    Query query(Expr iterable) {
        if (iterable instanceof Expr.Comprehension comprehension) {
            return query(comprehension);
        }
        Type element = Type.elementOf(iterable.type());
        Variable item = new Variable(expressions.names().fresh("item"), element, Variable.Scope.LOCAL);
        Source source = source(new Target.Store(item, true), iterable, iterable.span());
        List<String> where = source.where().map(List::of).orElse(List.of());
        return new Query(Sql.atom(SqlNames.identifier(item.name())), element, List.of(source.from()), where, List.of(source.order()));
    }

    Query query(Expr.Comprehension comprehension) {
        List<String> from = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Expr.Clause clause : comprehension.clauses()) {
            switch (clause) {
                case Expr.Clause.For loop -> {
                    Source source = source(loop.target(), loop.iterable(), comprehension.span());
                    from.add(source.from());
                    source.where().ifPresent(where::add);
                    order.add(source.order());
                }
                case Expr.Clause.If condition -> where.add(expressions.truthy(
                        expressions.requirePure(condition.condition(), "a comprehension condition")).at(Sql.AND + 1));
            }
        }
        Expr element = expressions.requirePure(comprehension.element(), "a comprehension element");
        Sql sql = element.type() instanceof Type.Float ? expressions.asFloat(element) : expressions.write(element);
        return new Query(sql, element.type(), from, where, order);
    }

    /** One {@code for target in iterable} as a FROM item that binds the target's names as columns. */
    Source source(Target target, Expr iterable, Span span) {
        SqlNames names = expressions.names();
        if (iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.ENUMERATE) {
            List<Target> parts = flatPair(target, span);
            String position = names.fresh("n");
            String item = names.fresh("item");
            String alias = names.fresh("e");
            String start = call.arguments().size() > 1 ? expressions.number(call.arguments().get(1)).at(Sql.ADD + 1) : "0";
            String index = name(parts.get(0));
            String from = "LATERAL (SELECT " + position + " - 1 + " + start + " AS " + index + ", " + item + " AS " + name(parts.get(1))
                    + " FROM unnest(" + array(call.arguments().getFirst()).text() + ") WITH ORDINALITY AS " + alias + "(" + item + ", "
                    + position + ")) AS " + names.fresh("u");
            return new Source(from, List.of(index, name(parts.get(1))), Optional.empty(), index);
        }
        if (iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.ZIP) {
            if (!(target instanceof Target.Unpack unpack) || unpack.targets().size() != call.arguments().size()
                    || !unpack.targets().stream().allMatch(part -> part instanceof Target.Store)) {
                throw Refusals.refuse("zip() without unpacking each tuple into names", span);
            }
            List<String> arrays = call.arguments().stream().map(argument -> array(expressions.requirePure(argument, "an argument of zip()")).text()).toList();
            List<String> columns = unpack.targets().stream().map(PgCollections::name).toList();
            String position = names.fresh("n");
            String from = "unnest(" + String.join(", ", arrays) + ") WITH ORDINALITY AS " + names.fresh("z") + "("
                    + String.join(", ", columns) + ", " + position + ")";
            String shortest = arrays.size() == 1 ? "cardinality(" + arrays.getFirst() + ")"
                    : "least(" + String.join(", ", arrays.stream().map(array -> "cardinality(" + array + ")").toList()) + ")";
            return new Source(from, columns, Optional.of(position + " <= " + shortest), position);
        }
        if (!(target instanceof Target.Store store)) {
            throw Refusals.refuse("unpacking the items of a " + iterable.type().python(), span);
        }
        String column = SqlNames.identifier(store.variable().name());
        if (iterable instanceof Expr.RangeOf range && constantStep(range).isPresent()) {
            boolean up = constantStep(range).get().signum() > 0;
            return new Source("generate_series(" + seriesArguments(range) + ") AS " + column, List.of(column), Optional.empty(),
                    up ? column : column + " DESC");
        }
        String position = names.fresh("n");
        boolean reversed = iterable instanceof Expr.BuiltinCall call && call.builtin() == Builtin.REVERSED;
        Sql array = array(reversed ? ((Expr.BuiltinCall) iterable).arguments().getFirst() : iterable);
        return new Source("unnest(" + array.text() + ") WITH ORDINALITY AS " + names.fresh("u") + "(" + column + ", " + position + ")",
                List.of(column), Optional.empty(), reversed ? position + " DESC" : position);
    }

    private static List<Target> flatPair(Target target, Span span) {
        if (target instanceof Target.Unpack unpack && unpack.targets().size() == 2
                && unpack.targets().stream().allMatch(part -> part instanceof Target.Store)) {
            return unpack.targets();
        }
        throw Refusals.refuse("enumerate() without unpacking into two names", span);
    }

    private static String name(Target target) {
        return SqlNames.identifier(((Target.Store) target).variable().name());
    }

    static Optional<BigInteger> constantStep(Expr.RangeOf range) {
        return range.step() instanceof Expr.IntConst step && step.value().signum() != 0 ? Optional.of(step.value()) : Optional.empty();
    }

    /** {@code start, last, step} for generate_series, whose stop is inclusive where range()'s is exclusive. */
    String seriesArguments(Expr.RangeOf range) {
        Optional<BigInteger> step = constantStep(range);
        // generate_series of two int literals makes 32-bit values, which products of the column would overflow
        String start = range.start() instanceof Expr.IntConst && range.stop() instanceof Expr.IntConst
                ? expressions.number(range.start()).cast(expressions.types().intType()).text()
                : expressions.number(range.start()).text();
        String last;
        if (step.isPresent()) {
            last = lastOf(range.stop(), step.get().signum() > 0);
        } else {
            last = expressions.number(range.stop()).at(Sql.ADD) + " - sign(" + expressions.number(range.step()).text() + ")::int";
        }
        boolean unitStep = step.isPresent() && step.get().equals(BigInteger.ONE);
        return start + ", " + last + (unitStep ? "" : ", " + expressions.number(range.step()).text());
    }

    private String lastOf(Expr stop, boolean up) {
        if (stop instanceof Expr.IntConst constant) {
            return constant.value().add(up ? BigInteger.ONE.negate() : BigInteger.ONE).toString();
        }
        return up ? minusOne(stop) : expressions.plusOne(stop).text();
    }

    /** {@code stop - 1}, folding {@code n + 1 - 1} to {@code n}. */
    private String minusOne(Expr stop) {
        if (stop instanceof Expr.Binary binary && binary.right() instanceof Expr.IntConst constant
                && (binary.operator() == dev.codelive.codelive.syntax.BinaryOperator.ADD
                        || binary.operator() == dev.codelive.codelive.syntax.BinaryOperator.SUBTRACT)) {
            BigInteger term = binary.operator() == dev.codelive.codelive.syntax.BinaryOperator.ADD ? constant.value() : constant.value().negate();
            BigInteger folded = term.subtract(BigInteger.ONE);
            Sql base = expressions.number(binary.left());
            return folded.signum() == 0 ? base.text() : Sql.binary(base, folded.signum() > 0 ? "+" : "-", Sql.atom(folded.abs().toString()), Sql.ADD).text();
        }
        return expressions.number(stop).at(Sql.ADD) + " - 1";
    }

    /** {@code len(x)}. */
    Sql length(Expr value) {
        return switch (value.type()) {
            case Type.ListOf ignored -> Sql.atom("cardinality(" + array(value).text() + ")");
            case Type.Str ignored -> Sql.atom("char_length(" + expressions.text(value) + ")");
            case Type.TupleOf tuple -> Sql.atom(String.valueOf(tuple.elements().size()));
            case Type.Range ignored -> Sql.atom("cardinality(" + array(value).text() + ")");
            default -> throw Refusals.refuse("len() of a " + value.type().python(), value.span());
        };
    }

    Sql slice(Expr.Slice slice) {
        Expr target = slice.target();
        boolean text = target.type() instanceof Type.Str;
        Optional<BigInteger> lower = slice.lower().map(PgCollections::nonNegativeConstant).orElse(Optional.of(BigInteger.ZERO));
        Optional<BigInteger> upper = slice.upper().isEmpty() ? Optional.of(BigInteger.valueOf(-1)) : nonNegativeConstant(slice.upper().get());
        boolean reverse = slice.step().isPresent() && slice.step().get() instanceof Expr.IntConst step && step.value().equals(BigInteger.ONE.negate())
                && slice.lower().isEmpty() && slice.upper().isEmpty();
        if (text && reverse) {
            return Sql.atom("reverse(" + expressions.text(target) + ")");
        }
        if (slice.step().isEmpty() && lower.isPresent() && upper.isPresent()) {
            BigInteger from = lower.get();
            boolean open = slice.upper().isEmpty();
            String value = expressions.text(target);
            if (text) {
                return open ? Sql.atom("substr(" + value + ", " + from.add(BigInteger.ONE) + ")")
                        : Sql.atom("substr(" + value + ", " + from.add(BigInteger.ONE) + ", " + upper.get().subtract(from).max(BigInteger.ZERO) + ")");
            }
            String subscriptable = value.matches("\"?[A-Za-z_][A-Za-z0-9_]*\"?") ? value : "(" + value + ")";
            if (from.signum() == 0 && open) {
                return expressions.write(target);
            }
            return Sql.atom(subscriptable + "[" + (from.signum() == 0 ? "" : from.add(BigInteger.ONE)) + ":" + (open ? "" : upper.get()) + "]");
        }
        String helper = expressions.prelude().use(text ? PgHelper.SLICE_TEXT : PgHelper.SLICE);
        return Sql.atom(helper + "(" + expressions.text(target) + ", " + part(slice.lower()) + ", " + part(slice.upper()) + ", "
                + part(slice.step()) + ")");
    }

    private String part(Optional<Expr> bound) {
        return bound.map(expressions::bigint).map(Sql::text).orElse("NULL");
    }

    private static Optional<BigInteger> nonNegativeConstant(Expr expression) {
        return expression instanceof Expr.IntConst constant && constant.value().signum() >= 0 ? Optional.of(constant.value()) : Optional.empty();
    }

    /** The list methods that answer a value without changing the list. */
    Sql method(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        return switch (call.method()) {
            case "index" -> Sql.binary(Sql.atom("array_position(" + expressions.text(receiver) + ", " + expressions.text(call.arguments().getFirst()) + ")"),
                    "-", Sql.atom("1"), Sql.ADD);
            case "count" -> {
                Query query = query(receiver);
                yield Sql.atom("(SELECT count(*)" + query.tail() + (query.where().isEmpty() ? " WHERE " : " AND ") + query.element().text()
                        + " = " + expressions.write(call.arguments().getFirst()).at(Sql.COMPARE + 1) + ")");
            }
            case "copy" -> expressions.write(receiver);
            default -> throw Refusals.refuse("list." + call.method() + "() inside an expression", call.span());
        };
    }

    /** min() / max() of an iterable, or of several arguments. */
    Sql extreme(Expr.BuiltinCall call) {
        boolean min = call.builtin() == Builtin.MIN;
        if (call.arguments().size() > 1) {
            boolean text = call.type() instanceof Type.Str;
            List<Sql> values = call.arguments().stream().map(argument -> text ? Sql.atom(expressions.write(argument).at(Sql.ATOM) + " COLLATE \"C\"")
                    : call.type() instanceof Type.Float ? expressions.asFloat(argument) : expressions.write(argument)).toList();
            if (call.type() instanceof Type.Bool) {
                throw Refusals.refuse(call.builtin().python() + "() of bools", call.span());
            }
            return Sql.atom((min ? "least(" : "greatest(") + PgStrings.joined(values) + ")");
        }
        Query query = query(call.arguments().getFirst());
        String element = query.element().text();
        String aggregate = switch (query.elementType()) {
            case Type.Bool ignored -> (min ? "bool_and(" : "bool_or(") + element + ")";
            case Type.Str ignored -> (min ? "min(" : "max(") + query.element().at(Sql.ATOM) + " COLLATE \"C\")";
            default -> (min ? "min(" : "max(") + element + ")";
        };
        return Sql.atom("(SELECT " + aggregate + query.tail() + ")");
    }

    Sql sum(Expr.BuiltinCall call) {
        Query query = query(call.arguments().getFirst());
        boolean floats = query.elementType() instanceof Type.Float;
        String element = query.elementType() instanceof Type.Bool ? query.element().cast("int").text() : query.element().text();
        String total = "coalesce(sum(" + element + (floats ? query.orderBy() : "") + "), 0)";
        Sql sum = Sql.atom("(SELECT " + total + query.tail() + ")");
        if (!floats && !expressions.types().wideInts()) {
            sum = sum.cast("bigint");
        }
        if (call.arguments().size() > 1) {
            Expr start = call.arguments().get(1);
            if (floats || call.type() instanceof Type.Float) {
                if (!(start instanceof Expr.IntConst constant && constant.value().signum() == 0)) {
                    throw Refusals.refuse("sum() of floats with a start value", call.span());
                }
                return sum;
            }
            return Sql.binary(expressions.number(start), "+", sum, Sql.ADD);
        }
        return sum;
    }

    Sql anyAll(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        Query query = query(iterable);
        Expr element = iterable instanceof Expr.Comprehension comprehension ? comprehension.element() : null;
        Sql test = element != null ? expressions.truthy(element) : truth(query);
        List<String> where = new ArrayList<>(query.where());
        boolean any = call.builtin() == Builtin.ANY;
        where.add(any ? test.at(Sql.AND + 1) : "NOT " + test.at(Sql.NOT + 1));
        Query filtered = new Query(query.element(), query.elementType(), query.from(), where, query.order());
        return new Sql((any ? "" : "NOT ") + "EXISTS (SELECT 1" + filtered.tail() + ")", any ? Sql.ATOM : Sql.NOT);
    }

    private static Sql truth(Query query) {
        return switch (query.elementType()) {
            case Type.Bool ignored -> query.element();
            case Type.Str ignored -> Sql.binary(query.element(), "<>", Sql.atom("''"), Sql.COMPARE);
            default -> Sql.binary(query.element(), "<>", Sql.atom("0"), Sql.COMPARE);
        };
    }

    /** sorted(iterable[, reverse]): stable, so equal elements keep their order, descending or not. */
    Sql sorted(Expr.BuiltinCall call) {
        boolean descending = false;
        if (call.arguments().size() > 1) {
            if (!(call.arguments().get(1) instanceof Expr.BoolConst reverse)) {
                throw Refusals.refuse("sorted(reverse=...) that is not a constant", call.span());
            }
            descending = reverse.value();
        }
        return sortedArray(query(call.arguments().getFirst()), descending, call.span());
    }

    Sql sortedArray(Query query, boolean descending, Span span) {
        expressions.types().sql(new Type.ListOf(query.elementType()), span);
        String key = query.element().at(Sql.ATOM) + (query.elementType() instanceof Type.Str ? " COLLATE \"C\"" : "");
        List<String> order = new ArrayList<>(List.of(key + (descending ? " DESC" : "")));
        order.addAll(query.order());
        Query sorted = new Query(query.element(), query.elementType(), query.from(), query.where(), order);
        return Sql.atom("ARRAY(SELECT " + query.element().text() + sorted.tail() + sorted.orderBy() + ")");
    }
}
