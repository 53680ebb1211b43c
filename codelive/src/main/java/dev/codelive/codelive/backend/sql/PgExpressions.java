package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders IR expressions as PostgreSQL expressions with Python's meaning: floor division and modulo through helpers
 * (unless the operands are proven non-negative), bools cast to ints in arithmetic, 0-based and negative indexes
 * moved to SQL's 1-based positions, text compared by code point ({@code COLLATE "C"}). One instance per body (the
 * module's code or one function), whose non-negativity facts it uses.
 */
final class PgExpressions {
    private final PgTypes types;
    private final PgPrelude prelude;
    private final SqlNames names;
    private final Effects effects;
    private final IntLowerBounds facts;
    private final PgStrings strings;
    private final PgCollections collections;

    PgExpressions(PgTypes types, PgPrelude prelude, SqlNames names, Effects effects, IntLowerBounds facts) {
        this.types = types;
        this.prelude = prelude;
        this.names = names;
        this.effects = effects;
        this.facts = facts;
        this.strings = new PgStrings(this);
        this.collections = new PgCollections(this);
    }

    PgTypes types() {
        return types;
    }

    PgPrelude prelude() {
        return prelude;
    }

    SqlNames names() {
        return names;
    }

    PgStrings strings() {
        return strings;
    }

    PgCollections collections() {
        return collections;
    }

    /** Whether the expression may be evaluated lazily, twice or out of order: nothing it calls prints or mutates. */
    boolean isPure(Expr expression) {
        return !effects.hasEffects(expression);
    }

    /** Refuses expressions SQL would evaluate twice when they have effects. */
    Expr requirePure(Expr expression, String what) {
        if (!isPure(expression)) {
            throw Refusals.refuse(what + " with a call that prints or changes a list", expression.span());
        }
        return expression;
    }

    String text(Expr expression) {
        return write(expression).text();
    }

    Sql write(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> PgLiterals.integer(constant.value());
            case Expr.FloatConst constant -> PgLiterals.floating(constant.value());
            case Expr.BoolConst constant -> Sql.atom(constant.value() ? "TRUE" : "FALSE");
            case Expr.StrConst constant -> Sql.atom(PgLiterals.string(constant.value(), constant.span()));
            case Expr.NoneConst none -> throw Refusals.refuse("None as a value (only printing it)", none.span());
            case Expr.Load load -> Sql.atom(names.of(load.variable()));
            case Expr.MathConst constant -> mathConstant(constant);
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> negate(negate);
            case Expr.Not not -> new Sql("NOT " + truthy(not.operand()).at(Sql.NOT), Sql.NOT);
            case Expr.Logical logical -> logical(logical);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> Sql.atom("CASE WHEN " + truthy(conditional.condition()).text() + " THEN "
                    + text(conditional.whenTrue()) + " ELSE " + text(conditional.whenFalse()) + " END");
            case Expr.ListLiteral list -> collections.listLiteral(list);
            case Expr.TupleLiteral tuple -> throw Refusals.refuse("tuples as values", tuple.span());
            case Expr.RangeOf range -> collections.array(range);
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> collections.slice(slice);
            case Expr.Call call -> call(call);
            case Expr.BuiltinCall call -> builtin(call);
            case Expr.MethodCall call -> call.receiver().type() instanceof Type.Str ? strings.method(call) : collections.method(call);
            case Expr.MathCall call -> math(call);
            case Expr.Comprehension comprehension -> collections.array(comprehension);
            case Expr.FString fstring -> strings.fstring(fstring);
        };
    }

    /** A number for arithmetic: bools become ints. */
    Sql number(Expr expression) {
        Sql sql = write(expression);
        return expression.type() instanceof Type.Bool ? sql.cast("int") : sql;
    }

    /** An int passed to a helper's {@code bigint} parameter (a count or a slice bound, always small). */
    Sql bigint(Expr expression) {
        return types.wideInts() ? number(expression).cast("bigint") : number(expression);
    }

    /** An int used where PostgreSQL wants {@code integer} (string positions, repeat counts…). */
    Sql int4(Expr expression) {
        if (expression instanceof Expr.IntConst constant && constant.value().bitLength() < 31) {
            return PgLiterals.integer(constant.value());
        }
        return number(expression).cast("int");
    }

    /** Python's truth value of any expression, as an SQL boolean. */
    Sql truthy(Expr expression) {
        Type type = expression.type();
        return switch (type) {
            case Type.Bool ignored -> write(expression);
            case Type.Int ignored -> Sql.binary(write(expression), "<>", Sql.atom("0"), Sql.COMPARE);
            case Type.Float ignored -> Sql.binary(write(expression), "<>", Sql.atom("0"), Sql.COMPARE);
            case Type.Str ignored -> Sql.binary(write(expression), "<>", Sql.atom("''"), Sql.COMPARE);
            case Type.ListOf ignored -> Sql.binary(Sql.atom("cardinality(" + text(expression) + ")"), ">", Sql.atom("0"), Sql.COMPARE);
            case Type.None ignored -> Sql.atom("FALSE");
            default -> throw Refusals.refuse("the truth value of a " + type.python(), expression.span());
        };
    }

    private Sql mathConstant(Expr.MathConst constant) {
        return switch (constant.name()) {
            case "pi" -> Sql.atom("pi()");
            case "tau" -> Sql.binary(Sql.atom("2"), "*", Sql.atom("pi()"), Sql.MULTIPLY);
            default -> PgLiterals.floating(constant.value());
        };
    }

    private Sql binary(Expr.Binary binary) {
        Type type = binary.type();
        Expr left = binary.left();
        Expr right = binary.right();
        BinaryOperator operator = binary.operator();
        if (type instanceof Type.Str) {
            return switch (operator) {
                case ADD -> Sql.binary(write(left), "||", write(right), Sql.CONCAT);
                case MULTIPLY -> left.type() instanceof Type.Str
                        ? Sql.atom("repeat(" + text(left) + ", " + int4(right).text() + ")")
                        : Sql.atom("repeat(" + text(right) + ", " + int4(left).text() + ")");
                default -> throw Refusals.refuse("the str operator " + operator.symbol(), binary.span());
            };
        }
        if (type instanceof Type.ListOf) {
            return switch (operator) {
                case ADD -> Sql.binary(write(left), "||", write(right), Sql.CONCAT);
                case MULTIPLY -> left.type() instanceof Type.ListOf
                        ? Sql.atom(prelude.use(PgHelper.LIST_REPEAT) + "(" + text(left) + ", " + bigint(right).text() + ")")
                        : Sql.atom(prelude.use(PgHelper.LIST_REPEAT) + "(" + text(right) + ", " + bigint(left).text() + ")");
                default -> throw Refusals.refuse("the list operator " + operator.symbol(), binary.span());
            };
        }
        if (type instanceof Type.Float) {
            return floatBinary(left, operator, right, binary.span());
        }
        return intBinary(left, operator, right, binary.span());
    }

    private Sql floatBinary(Expr left, BinaryOperator operator, Expr right, Span span) {
        refuseConstantOverflow(left, operator, right, span);
        boolean bothInts = !(left.type() instanceof Type.Float) && !(right.type() instanceof Type.Float);
        return switch (operator) {
            case ADD -> Sql.binary(number(left), "+", number(right), Sql.ADD);
            case SUBTRACT -> Sql.binary(number(left), "-", number(right), Sql.ADD);
            case MULTIPLY -> Sql.binary(number(left), "*", number(right), Sql.MULTIPLY);
            case DIVIDE -> bothInts
                    ? Sql.atom(prelude.use(PgHelper.TRUEDIV) + "(" + number(left).text() + ", " + number(right).text() + ")")
                    : Sql.binary(number(left), "/", number(right), Sql.MULTIPLY);
            case FLOOR_DIVIDE -> Sql.atom(prelude.use(PgHelper.FLOAT_FLOORDIV) + "(" + asFloat(left).text() + ", " + asFloat(right).text() + ")");
            case MODULO -> Sql.atom(prelude.use(PgHelper.FLOAT_MOD) + "(" + asFloat(left).text() + ", " + asFloat(right).text() + ")");
            case POWER -> Sql.atom("power(" + asFloat(left).text() + ", " + asFloat(right).text() + ")");
        };
    }

    /**
     * PostgreSQL raises an error where IEEE arithmetic overflows to infinity: refused when the operands are constants
     * and the result overflows (a computed overflow fails loudly at run time).
     */
    private static void refuseConstantOverflow(Expr left, BinaryOperator operator, Expr right, Span span) {
        Double a = constant(left);
        Double b = constant(right);
        if (a == null || b == null || a.isInfinite() || b.isInfinite()) {
            return;
        }
        double result = switch (operator) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> b == 0 ? 0 : a / b;
            case POWER -> Math.pow(a, b);
            default -> 0;
        };
        if (Double.isInfinite(result)) {
            throw Refusals.refuse("float arithmetic that overflows to inf (PostgreSQL raises an error instead)", span);
        }
    }

    private static Double constant(Expr expression) {
        return switch (expression) {
            case Expr.FloatConst constant -> constant.value();
            case Expr.IntConst constant -> constant.value().doubleValue();
            case Expr.Negate negate when !negate.plus() && constant(negate.operand()) != null -> -constant(negate.operand());
            default -> null;
        };
    }

    /** A number as a float8, converting ints (exactly as Python's int-to-float conversion rounds). */
    Sql asFloat(Expr expression) {
        if (expression.type() instanceof Type.Float) {
            return write(expression);
        }
        if (expression instanceof Expr.IntConst constant) {
            return Sql.atom(constant.value().signum() < 0 ? "(" + constant.value() + ")::float8" : constant.value() + "::float8");
        }
        return number(expression).cast("float8");
    }

    private Sql intBinary(Expr left, BinaryOperator operator, Expr right, Span span) {
        Sql a = number(left);
        Sql b = number(right);
        if (left instanceof Expr.IntConst && right instanceof Expr.IntConst || narrow(left) && narrow(right) && operator == BinaryOperator.MULTIPLY) {
            // two int4 operands would compute in 32 bits
            a = a.cast(types.intType());
        }
        boolean simpleDivision = facts.proves(left) && right instanceof Expr.IntConst divisor && divisor.value().signum() > 0;
        return switch (operator) {
            case ADD -> Sql.binary(a, "+", b, Sql.ADD);
            case SUBTRACT -> Sql.binary(a, "-", b, Sql.ADD);
            case MULTIPLY -> Sql.binary(a, "*", b, Sql.MULTIPLY);
            case FLOOR_DIVIDE -> simpleDivision
                    ? (types.wideInts() ? Sql.atom("div(" + a.text() + ", " + b.text() + ")") : Sql.binary(a, "/", b, Sql.MULTIPLY))
                    : Sql.atom(prelude.use(PgHelper.FLOORDIV) + "(" + a.text() + ", " + b.text() + ")");
            case MODULO -> simpleDivision
                    ? Sql.binary(a, "%", b, Sql.MULTIPLY)
                    : Sql.atom(prelude.use(PgHelper.MOD) + "(" + a.text() + ", " + b.text() + ")");
            case POWER -> Sql.atom(prelude.use(PgHelper.POW) + "(" + a.text() + ", " + b.text() + ")");
            case DIVIDE -> throw new IllegalStateException("true division typed int at " + span);
        };
    }

    /** Whether PostgreSQL types this int expression {@code integer} (32 bits): small literals and lengths. */
    private static boolean narrow(Expr expression) {
        return expression instanceof Expr.IntConst constant && constant.value().bitLength() < 31
                || expression instanceof Expr.BuiltinCall call && (call.builtin() == Builtin.LEN || call.builtin() == Builtin.ORD)
                || expression.type() instanceof Type.Bool;
    }

    private Sql negate(Expr.Negate negate) {
        Sql operand = number(negate.operand());
        if (negate.plus()) {
            return operand;
        }
        String text = operand.at(Sql.UNARY);
        // "--x" would open an SQL comment
        return new Sql("-" + (text.startsWith("-") ? "(" + text + ")" : text), Sql.UNARY);
    }

    private Sql logical(Expr.Logical logical) {
        List<Expr> operands = logical.operands();
        boolean and = logical.operator() == BoolOperator.AND;
        if (logical.type() instanceof Type.Bool) {
            boolean guarded = operands.subList(1, operands.size()).stream().anyMatch(this::mayFail);
            if (!guarded) {
                int precedence = and ? Sql.AND : Sql.OR;
                return new Sql(operands.stream().map(operand -> write(operand).at(precedence + 1))
                        .collect(Collectors.joining(and ? " AND " : " OR ")), precedence);
            }
        }
        // Python's operand-valued short circuit (and SQL's unordered AND/OR made ordered): a CASE per operand
        Sql result = write(operands.getLast());
        for (int i = operands.size() - 2; i >= 0; i--) {
            Expr operand = requirePure(operands.get(i), "the operand of " + logical.operator().symbol());
            String test = truthy(operand).text();
            String value = logical.type() instanceof Type.Bool ? (and ? "FALSE" : "TRUE") : text(operand);
            result = Sql.atom(and ? "CASE WHEN " + test + " THEN " + result.text() + " ELSE " + value + " END"
                    : "CASE WHEN " + test + " THEN " + value + " ELSE " + result.text() + " END");
        }
        return result;
    }

    /** Whether evaluating the expression where Python would not could fail or print: division, calls, indexes. */
    boolean mayFail(Expr expression) {
        boolean[] risky = {false};
        IrWalk.expressions(expression, inner -> risky[0] |= inner instanceof Expr.Call
                || inner instanceof Expr.Binary binary && (binary.operator() == BinaryOperator.DIVIDE
                        || binary.operator() == BinaryOperator.FLOOR_DIVIDE || binary.operator() == BinaryOperator.MODULO)
                || inner instanceof Expr.MathCall || inner instanceof Expr.MethodCall);
        return risky[0] || !isPure(expression);
    }

    private Sql compare(Expr.Compare compare) {
        List<Sql> parts = new ArrayList<>();
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            if (i < compare.links().size() - 1) {
                requirePure(link.right(), "the middle of a comparison chain");
            }
            parts.add(compareOne(left, link.operator(), link.right(), compare.span()));
            left = link.right();
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return new Sql(parts.stream().map(part -> part.at(Sql.AND + 1)).collect(Collectors.joining(" AND ")), Sql.AND);
    }

    private Sql compareOne(Expr left, CompareOperator operator, Expr right, Span span) {
        return switch (operator) {
            case IN -> contains(right, left, span);
            case NOT_IN -> new Sql("NOT " + contains(right, left, span).at(Sql.NOT + 1), Sql.NOT);
            case IS, IS_NOT -> throw Refusals.refuse("'" + operator.symbol() + "' comparisons", span);
            default -> {
                String symbol = switch (operator) {
                    case EQUAL -> "=";
                    case NOT_EQUAL -> "<>";
                    case LESS -> "<";
                    case LESS_EQUAL -> "<=";
                    case GREATER -> ">";
                    default -> ">=";
                };
                boolean numeric = left.type().isNumeric() && right.type().isNumeric();
                Sql a = numeric ? number(left) : write(left);
                Sql b = numeric ? number(right) : write(right);
                if (left.type() instanceof Type.Str && !symbol.equals("=") && !symbol.equals("<>")) {
                    b = Sql.atom(b.at(Sql.ATOM) + " COLLATE \"C\"");
                }
                yield Sql.binary(a, symbol, b, Sql.COMPARE);
            }
        };
    }

    /** {@code member in container}. */
    private Sql contains(Expr container, Expr member, Span span) {
        return switch (container.type()) {
            case Type.Str ignored -> Sql.binary(Sql.atom("strpos(" + text(container) + ", " + text(member) + ")"), ">", Sql.atom("0"), Sql.COMPARE);
            case Type.ListOf ignored -> new Sql(write(member).at(Sql.COMPARE + 1) + " = ANY (" + text(container) + ")", Sql.COMPARE);
            case Type.TupleOf ignored when container instanceof Expr.TupleLiteral tuple -> new Sql(write(member).at(Sql.COMPARE + 1)
                    + " IN (" + tuple.elements().stream().map(this::text).collect(Collectors.joining(", ")) + ")", Sql.COMPARE);
            case Type.Range ignored -> new Sql(write(member).at(Sql.COMPARE + 1) + " = ANY (" + text(container) + ")", Sql.COMPARE);
            default -> throw Refusals.refuse("'in' over a " + container.type().python(), span);
        };
    }

    private Sql index(Expr.Index index) {
        Expr target = index.target();
        return switch (target.type()) {
            case Type.ListOf ignored -> {
                Sql list = write(target);
                String subscriptable = list.text().matches("\"?[A-Za-z_][A-Za-z0-9_]*\"?") ? list.text() : "(" + list.text() + ")";
                yield Sql.atom(subscriptable + "[" + position(index.index(), target, "cardinality(" + list.text() + ")") + "]");
            }
            case Type.Str ignored -> {
                Sql string = write(target);
                yield Sql.atom("substr(" + string.text() + ", " + position(index.index(), target, "char_length(" + string.text() + ")") + ", 1)");
            }
            case Type.TupleOf ignored when target instanceof Expr.TupleLiteral tuple && index.index() instanceof Expr.IntConst constant -> {
                int size = tuple.elements().size();
                int at = constant.value().intValue();
                yield write(tuple.elements().get(at < 0 ? at + size : at));
            }
            default -> throw Refusals.refuse("indexing a " + target.type().python() + " value", index.span());
        };
    }

    /** The 1-based SQL position of a Python index into {@code sequence}, whose length SQL computes as {@code length}. */
    String position(Expr index, Expr sequence, String length) {
        if (index instanceof Expr.IntConst constant) {
            BigInteger value = constant.value();
            if (value.signum() >= 0) {
                return value.add(BigInteger.ONE).toString();
            }
            requirePure(sequence, "a negative index into a sequence");
            BigInteger offset = value.add(BigInteger.ONE);
            return offset.signum() == 0 ? length : length + " - " + offset.negate();
        }
        if (facts.proves(index)) {
            return plusOne(index).at(Sql.ADD);
        }
        requirePure(sequence, "an index into a sequence");
        return prelude.use(PgHelper.INDEX) + "(" + number(index).text() + ", " + length + ")";
    }

    /** {@code e + 1}, folding a constant term: {@code i - 1} gives {@code i}, {@code i + 1} gives {@code i + 2}. */
    Sql plusOne(Expr expression) {
        if (expression instanceof Expr.Binary binary && binary.right() instanceof Expr.IntConst constant
                && (binary.operator() == BinaryOperator.ADD || binary.operator() == BinaryOperator.SUBTRACT)) {
            BigInteger term = binary.operator() == BinaryOperator.ADD ? constant.value() : constant.value().negate();
            BigInteger folded = term.add(BigInteger.ONE);
            Sql base = number(binary.left());
            return folded.signum() == 0 ? base
                    : Sql.binary(base, folded.signum() > 0 ? "+" : "-", Sql.atom(folded.abs().toString()), Sql.ADD);
        }
        return Sql.binary(number(expression), "+", Sql.atom("1"), Sql.ADD);
    }

    private Sql call(Expr.Call call) {
        if (call.type() instanceof Type.None) {
            throw Refusals.refuse("the None result of " + call.function() + "() as a value", call.span());
        }
        return Sql.atom(function(call.function()) + "(" + arguments(call.arguments()) + ")");
    }

    /** The qualified name of one of the snippet's functions. */
    String function(String name) {
        return "pg_temp." + SqlNames.identifier(name.startsWith("py_") ? "user_" + name : name);
    }

    String arguments(List<Expr> arguments) {
        return arguments.stream().map(argument -> argument.type() instanceof Type.Float ? asFloat(argument).text() : text(argument))
                .collect(Collectors.joining(", "));
    }

    private Sql builtin(Expr.BuiltinCall call) {
        List<Expr> arguments = call.arguments();
        Span span = call.span();
        return switch (call.builtin()) {
            case ABS -> Sql.atom("abs(" + number(arguments.getFirst()).text() + ")");
            case LEN -> collections.length(arguments.getFirst());
            case STR -> arguments.isEmpty() ? Sql.atom("''") : strings.str(arguments.getFirst());
            case INT -> arguments.isEmpty() ? Sql.atom("0") : toInt(arguments.getFirst());
            case FLOAT -> arguments.isEmpty() ? PgLiterals.floating(0) : toFloat(arguments.getFirst());
            case BOOL -> arguments.isEmpty() ? Sql.atom("FALSE") : truthy(arguments.getFirst());
            case ROUND -> round(call);
            case CHR -> Sql.atom("chr(" + int4(arguments.getFirst()).text() + ")");
            case ORD -> Sql.atom("ascii(" + text(arguments.getFirst()) + ")");
            case POW -> write(new Expr.Binary(arguments.get(0), BinaryOperator.POWER, arguments.get(1), call.type(), span));
            case MIN, MAX -> collections.extreme(call);
            case SUM -> collections.sum(call);
            case ANY, ALL -> collections.anyAll(call);
            case SORTED -> collections.sorted(call);
            case LIST, REVERSED -> collections.array(call);
            case ENUMERATE, ZIP -> throw Refusals.refuse(call.builtin().python() + "() outside a for loop or comprehension", span);
            case DIVMOD -> throw Refusals.refuse("divmod() (tuples as values)", span);
        };
    }

    private Sql toInt(Expr argument) {
        return switch (argument.type()) {
            case Type.Float ignored -> Sql.atom("trunc(" + text(argument) + ")").cast(types.intType());
            case Type.Str ignored -> Sql.atom("btrim(" + text(argument) + ")").cast(types.intType());
            case Type.Bool ignored -> write(argument).cast("int");
            default -> write(argument);
        };
    }

    private Sql toFloat(Expr argument) {
        return switch (argument.type()) {
            case Type.Float ignored -> write(argument);
            case Type.Str ignored -> Sql.atom("btrim(" + text(argument) + ")").cast("float8");
            default -> asFloat(argument);
        };
    }

    private Sql round(Expr.BuiltinCall call) {
        Expr value = call.arguments().getFirst();
        if (call.arguments().size() == 1) {
            // round() of a float8 rounds half to even, as Python does
            return value.type() instanceof Type.Float ? Sql.atom("round(" + text(value) + ")").cast(types.intType()) : number(value);
        }
        if (!(value.type() instanceof Type.Float)) {
            throw Refusals.refuse("round() of an int with a number of digits", call.span());
        }
        return Sql.atom(prelude.use(PgHelper.ROUND_FLOAT) + "(" + text(value) + ", " + number(call.arguments().get(1)).text() + ")");
    }

    private Sql math(Expr.MathCall call) {
        List<Expr> arguments = call.arguments();
        Span span = call.span();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        return switch (call.function()) {
            case "floor", "ceil", "trunc" -> first.type() instanceof Type.Float
                    ? Sql.atom(call.function() + "(" + text(first) + ")").cast(types.intType())
                    : number(first);
            case "sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan" -> Sql.atom(call.function() + "(" + asFloat(first).text() + ")");
            case "log" -> arguments.size() == 1
                    ? Sql.atom("ln(" + asFloat(first).text() + ")")
                    : Sql.binary(Sql.atom("ln(" + asFloat(first).text() + ")"), "/", Sql.atom("ln(" + asFloat(arguments.get(1)).text() + ")"), Sql.MULTIPLY);
            case "log10" -> Sql.atom("log(" + asFloat(first).text() + ")");
            case "atan2" -> Sql.atom("atan2(" + asFloat(first).text() + ", " + asFloat(arguments.get(1)).text() + ")");
            case "pow" -> Sql.atom("power(" + asFloat(first).text() + ", " + asFloat(arguments.get(1)).text() + ")");
            case "fabs" -> Sql.atom("abs(" + asFloat(first).text() + ")");
            case "degrees" -> Sql.binary(asFloat(first), "*", Sql.atom("(180.0::float8 / pi())"), Sql.MULTIPLY);
            case "radians" -> Sql.binary(asFloat(first), "*", Sql.atom("(pi() / 180.0::float8)"), Sql.MULTIPLY);
            case "gcd", "lcm" -> {
                if (arguments.size() != 2) {
                    throw Refusals.refuse("math." + call.function() + "() with " + arguments.size() + " arguments", span);
                }
                yield Sql.atom(call.function() + "(" + number(first).cast(types.intType()).text() + ", "
                        + number(arguments.get(1)).cast(types.intType()).text() + ")");
            }
            case "isqrt" -> Sql.atom(prelude.use(PgHelper.ISQRT) + "(" + number(first).text() + ")");
            case "factorial" -> Sql.atom("factorial(" + number(first).text() + ")").cast(types.intType());
            case "isinf" -> Sql.binary(Sql.atom("abs(" + asFloat(first).text() + ")"), "=", Sql.atom("'Infinity'"), Sql.COMPARE);
            case "isnan" -> Sql.binary(asFloat(first), "=", Sql.atom("'NaN'"), Sql.COMPARE);
            case "isfinite" -> Sql.atom("(abs(" + asFloat(first).text() + ") < 'Infinity')");
            default -> throw Refusals.refuse("math." + call.function() + "() (no exact PostgreSQL equivalent)", span);
        };
    }
}
