package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Renders IR expressions as Go expressions with Python's meaning; ints are int64 or {@code *big.Int}. */
final class GoExpressions {
    private static final BigInteger EXACT_IN_DOUBLE = BigInteger.ONE.shiftLeft(53);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final GoContext context;
    final GoBuiltins builtins;
    final GoFormatting formatting;
    final GoParallel parallel;
    GoLoops loops;

    GoExpressions(GoContext context) {
        this.context = context;
        this.builtins = new GoBuiltins(this);
        this.formatting = new GoFormatting(this);
        this.parallel = new GoParallel(this);
    }

    boolean big() {
        return context.big();
    }

    String type(Type type) {
        return context.types.of(type);
    }

    GoExpr render(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> intLiteral(constant.value());
            case Expr.FloatConst constant -> floatLiteral(constant.value());
            case Expr.BoolConst constant -> GoExpr.atom(String.valueOf(constant.value()));
            case Expr.StrConst constant -> GoExpr.atom(stringLiteral(constant.value()));
            case Expr.NoneConst ignored -> GoExpr.atom("struct{}{}");
            case Expr.Load load -> load(load);
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> negate(negate);
            case Expr.Not not -> GoExpr.not(truthy(not.operand()));
            case Expr.Logical logical -> logical(logical);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> {
                GoWriter body = new GoWriter(0);
                body.print("if ", truthy(conditional.condition()), " {");
                body.indentMore();
                body.print("return ", converted(conditional.whenTrue(), conditional.type()), "");
                body.close("}");
                body.print("return ", converted(conditional.whenFalse(), conditional.type()), "");
                yield block(type(conditional.type()), body.lines());
            }
            case Expr.ListLiteral list -> new GoExpr.Composite(type(list.type()),
                    list.elements().stream().map(element -> converted(element, ((Type.ListOf) list.type()).element())).toList());
            case Expr.TupleLiteral tuple -> {
                List<GoExpr> parts = new ArrayList<>();
                Type.TupleOf tupleType = (Type.TupleOf) tuple.type();
                for (int i = 0; i < tuple.elements().size(); i++) {
                    parts.add(converted(tuple.elements().get(i), tupleType.elements().get(i)));
                }
                yield new GoExpr.Composite(type(tuple.type()), parts);
            }
            case Expr.RangeOf range -> throw GoContext.refuse("a range used as a value", range.span());
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> call(call);
            case Expr.BuiltinCall call when parallel.wanted(call) -> parallel.reduction(call);
            case Expr.BuiltinCall call -> builtins.builtin(call);
            case Expr.MethodCall call -> builtins.method(call);
            case Expr.MathCall call -> builtins.math(call);
            case Expr.MathConst constant -> mathConstant(constant);
            case Expr.Comprehension comprehension when parallel.wanted(comprehension) -> parallel.map(comprehension);
            case Expr.Comprehension comprehension -> loops.materialize(comprehension);
            case Expr.FString fstring -> formatting.fstring(fstring);
        };
    }

    /** A statement-level printing of an expression (for lines of a function literal). */
    static String print(GoExpr expression) {
        return GoPrinter.print(expression, "");
    }

    /** {@code func() T { lines }()}: Go has no conditional or block expressions. */
    static GoExpr block(String resultType, List<String> lines) {
        return new GoExpr.Block("func() " + resultType, lines, true);
    }

    private GoExpr load(Expr.Load load) {
        GoContext.Binding binding = context.binding(load.variable());
        return binding.pointer() ? new GoExpr.Unary("*", GoExpr.atom(binding.name())) : GoExpr.atom(binding.name());
    }

    /** A value Go must type as the IR does: an untyped int constant becomes int64 (Go would make it int). */
    GoExpr typed(GoExpr value, Type type) {
        if (type instanceof Type.Int && !big() && untyped(value)) {
            return GoExpr.call("int64", value);
        }
        return value;
    }

    /** Whether Go sees an untyped constant here (it would default to int): digits, and operators on them. */
    static boolean untyped(GoExpr value) {
        return switch (value) {
            case GoExpr.Atom atom -> !atom.text().isEmpty() && atom.text().chars().allMatch(c -> c >= '0' && c <= '9');
            case GoExpr.Unary unary -> untyped(unary.operand());
            case GoExpr.Paren paren -> untyped(paren.inner());
            case GoExpr.Binary binary -> untyped(binary.left()) && untyped(binary.right());
            default -> false;
        };
    }

    /** The value converted to a declared type: an int stored where a float goes widens, a bool where an int goes counts. */
    GoExpr converted(Expr value, Type type) {
        if (type instanceof Type.Float && !(value.type() instanceof Type.Float) && value.type().isNumeric()) {
            return number(value, Type.FLOAT);
        }
        if (type instanceof Type.Int && value.type() instanceof Type.Bool) {
            return number(value, Type.INT);
        }
        return render(value);
    }

    // ---- literals ---------------------------------------------------------------------------------------------------

    GoExpr intLiteral(BigInteger value) {
        boolean fits = value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
        if (big()) {
            if (fits) {
                return GoExpr.call("big.NewInt", plainInt(value));
            }
            return GoExpr.call(context.helper(GoHelper.BIG_LITERAL), GoExpr.atom("\"" + value + "\""));
        }
        if (!fits) {
            throw new IllegalStateException("an int literal beyond int64 in a 64-bit program");
        }
        return plainInt(value);
    }

    /** An untyped Go int constant. */
    static GoExpr plainInt(BigInteger value) {
        return value.signum() < 0 ? new GoExpr.Unary("-", GoExpr.atom(value.negate().toString())) : GoExpr.atom(value.toString());
    }

    GoExpr floatLiteral(double value) {
        if (Double.isNaN(value)) {
            context.importPackage("math");
            return GoExpr.call("math.NaN");
        }
        if (Double.isInfinite(value)) {
            context.importPackage("math");
            return GoExpr.call("math.Inf", GoExpr.atom(value > 0 ? "1" : "-1"));
        }
        if (value == 0 && 1 / value < 0) {
            // Go constants have no negative zero.
            context.importPackage("math");
            return GoExpr.call("math.Copysign", GoExpr.atom("0"), GoExpr.atom("-1"));
        }
        String text = Repr.repr(PyFloat.of(value));
        return text.startsWith("-") ? new GoExpr.Unary("-", GoExpr.atom(text.substring(1))) : GoExpr.atom(text);
    }

    static String stringLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if (Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                        out.append(c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private GoExpr mathConstant(Expr.MathConst constant) {
        context.importPackage("math");
        return switch (constant.name()) {
            case "pi" -> GoExpr.atom("math.Pi");
            case "e" -> GoExpr.atom("math.E");
            case "tau" -> GoExpr.binary(GoExpr.atom("2"), "*", GoExpr.atom("math.Pi"));
            default -> floatLiteral(constant.value());
        };
    }

    // ---- numbers ----------------------------------------------------------------------------------------------------

    /** A numeric expression as an int (int64 or *big.Int) or a float64: bools and ints widen as Python's arithmetic does. */
    GoExpr number(Expr expression, Type target) {
        Type type = expression.type();
        if (target instanceof Type.Float) {
            if (type instanceof Type.Float) {
                return render(expression);
            }
            if (expression instanceof Expr.IntConst constant && constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
                return floatLiteral(constant.value().doubleValue());
            }
            if (type instanceof Type.Bool) {
                return GoExpr.call("float64", GoExpr.call(context.helper(GoHelper.INT_FROM_BOOL), render(expression)));
            }
            return big() ? GoExpr.call(context.helper(GoHelper.BIG_TO_FLOAT), render(expression)) : GoExpr.call("float64", render(expression));
        }
        if (type instanceof Type.Bool) {
            return GoExpr.call(context.helper(big() ? GoHelper.BIG_FROM_BOOL : GoHelper.INT_FROM_BOOL), render(expression));
        }
        return render(expression);
    }

    /** A Go int (from {@code len}) as a Python int. */
    GoExpr fromGoInt(GoExpr goInt) {
        return big() ? GoExpr.call("big.NewInt", GoExpr.call("int64", goInt)) : GoExpr.call("int64", goInt);
    }

    /** An int64 (from a helper) as a Python int. */
    GoExpr fromInt64(GoExpr value) {
        return big() ? GoExpr.call("big.NewInt", value) : value;
    }

    /** A Python int as something Go can index with or count with (int64, or the big int's int64). */
    GoExpr toIndex(Expr expression) {
        GoExpr value = number(expression, Type.INT);
        return big() ? GoExpr.method(value, "Int64") : value;
    }

    GoExpr bigOp(String method, GoExpr a, GoExpr b) {
        return GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), method, a, b);
    }

    /** {@code a op b} for ints: comparison of int64s, or of big ints through Cmp. */
    GoExpr intCompare(GoExpr a, String operator, GoExpr b) {
        return big() ? GoExpr.binary(GoExpr.method(a, "Cmp", b), operator, GoExpr.atom("0")) : GoExpr.binary(a, operator, b);
    }

    GoExpr truthy(Expr expression) {
        return truthy(render(expression), expression.type(), expression);
    }

    GoExpr truthy(GoExpr value, Type type, Expr where) {
        return switch (type) {
            case Type.Bool ignored -> value;
            case Type.Int ignored -> big() ? GoExpr.binary(GoExpr.method(value, "Sign"), "!=", GoExpr.atom("0"))
                    : GoExpr.binary(value, "!=", GoExpr.atom("0"));
            case Type.Float ignored -> GoExpr.binary(value, "!=", GoExpr.atom("0"));
            case Type.Str ignored -> GoExpr.binary(value, "!=", GoExpr.atom("\"\""));
            case Type.ListOf ignored -> GoExpr.binary(GoExpr.call("len", value), "!=", GoExpr.atom("0"));
            case Type.TupleOf tuple -> GoExpr.atom(String.valueOf(!tuple.elements().isEmpty()));
            case Type.None ignored -> GoExpr.atom("false");
            default -> throw GoContext.refuse("the truth of a " + type.python(), where.span());
        };
    }

    private GoExpr binary(Expr.Binary binary) {
        Type left = binary.left().type();
        Type right = binary.right().type();
        BinaryOperator operator = binary.operator();
        if (left instanceof Type.Str || right instanceof Type.Str || left instanceof Type.ListOf || right instanceof Type.ListOf) {
            return sequenceOperator(binary);
        }
        if (binary.type() instanceof Type.Float) {
            Double folded = fold(binary);
            if (folded != null) {
                // Go would compute constant operands exactly, not as doubles: the program gets the double Python computes.
                return floatLiteral(folded);
            }
            if (operator == BinaryOperator.DIVIDE && !(left instanceof Type.Float) && !(right instanceof Type.Float)) {
                return intDivision(binary);
            }
            GoExpr a = number(binary.left(), Type.FLOAT);
            GoExpr b = number(binary.right(), Type.FLOAT);
            return switch (operator) {
                case ADD -> GoExpr.binary(a, "+", b);
                case SUBTRACT -> GoExpr.binary(a, "-", b);
                case MULTIPLY -> GoExpr.binary(a, "*", b);
                case DIVIDE -> GoExpr.binary(a, "/", b);
                case FLOOR_DIVIDE -> GoExpr.call(context.helper(GoHelper.FLOAT_FLOOR_DIV), a, b);
                case MODULO -> GoExpr.call(context.helper(GoHelper.FLOAT_MOD), a, b);
                case POWER -> {
                    context.importPackage("math");
                    yield GoExpr.call("math.Pow", a, b);
                }
            };
        }
        GoExpr a = number(binary.left(), Type.INT);
        GoExpr b = number(binary.right(), Type.INT);
        boolean nonNegative = context.nonNegative(binary.left()) && context.nonNegative(binary.right());
        if (big()) {
            return switch (operator) {
                case ADD -> bigOp("Add", a, b);
                case SUBTRACT -> bigOp("Sub", a, b);
                case MULTIPLY -> bigOp("Mul", a, b);
                case FLOOR_DIVIDE -> nonNegative ? bigOp("Quo", a, b) : GoExpr.call(context.helper(GoHelper.BIG_FLOOR_DIV), a, b);
                case MODULO -> nonNegative ? bigOp("Rem", a, b) : GoExpr.call(context.helper(GoHelper.BIG_FLOOR_MOD), a, b);
                // Exp answers 1 for a negative exponent, where Python answers a float: bigPow fails loudly instead.
                case POWER -> context.nonNegative(binary.right()) ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Exp", a, b, GoExpr.atom("nil"))
                        : GoExpr.call(context.helper(GoHelper.BIG_POW), a, b);
                case DIVIDE -> throw new IllegalStateException("int division typed int");
            };
        }
        return switch (operator) {
            case ADD -> GoExpr.binary(a, "+", b);
            case SUBTRACT -> GoExpr.binary(a, "-", b);
            case MULTIPLY -> GoExpr.binary(a, "*", b);
            case FLOOR_DIVIDE -> nonNegative ? GoExpr.binary(a, "/", b) : GoExpr.call(context.helper(GoHelper.FLOOR_DIV), a, b);
            case MODULO -> nonNegative ? GoExpr.binary(a, "%", b) : GoExpr.call(context.helper(GoHelper.FLOOR_MOD), a, b);
            case POWER -> GoExpr.call(context.helper(GoHelper.IPOW), a, b);
            case DIVIDE -> throw new IllegalStateException("int division typed int");
        };
    }

    /** The double value of float arithmetic on literals (+, -, *, / as IEEE doubles), or null. */
    static Double fold(Expr expression) {
        return switch (expression) {
            case Expr.FloatConst constant -> constant.value();
            case Expr.IntConst constant -> constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0 ? constant.value().doubleValue() : null;
            case Expr.Negate negate -> {
                Double operand = fold(negate.operand());
                yield operand == null ? null : negate.plus() ? operand : -operand;
            }
            case Expr.Binary binary when binary.type() instanceof Type.Float -> {
                Double a = fold(binary.left());
                Double b = fold(binary.right());
                if (a == null || b == null) {
                    yield null;
                }
                yield switch (binary.operator()) {
                    case ADD -> a + b;
                    case SUBTRACT -> a - b;
                    case MULTIPLY -> a * b;
                    case DIVIDE -> b == 0 ? null : a / b;
                    default -> null;
                };
            }
            default -> null;
        };
    }

    private GoExpr intDivision(Expr.Binary binary) {
        if (smallInt(binary.left()) && smallInt(binary.right())) {
            return GoExpr.binary(number(binary.left(), Type.FLOAT), "/", number(binary.right(), Type.FLOAT));
        }
        GoHelper helper = big() ? GoHelper.BIG_TRUE_DIV : GoHelper.TRUE_DIV;
        return GoExpr.call(context.helper(helper), number(binary.left(), Type.INT), number(binary.right(), Type.INT));
    }

    private static boolean smallInt(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0;
            case Expr.BuiltinCall call -> call.builtin() == Builtin.LEN;
            default -> expression.type() instanceof Type.Bool;
        };
    }

    private GoExpr sequenceOperator(Expr.Binary binary) {
        Type type = binary.type();
        if (binary.operator() == BinaryOperator.ADD && type instanceof Type.Str) {
            return GoExpr.binary(render(binary.left()), "+", render(binary.right()));
        }
        if (binary.operator() == BinaryOperator.ADD && type instanceof Type.ListOf) {
            List<Expr> parts = new ArrayList<>();
            flattenConcat(binary, parts);
            return GoExpr.call(context.helper(GoHelper.CONCAT), parts.stream().map(this::render).toList());
        }
        if (binary.operator() == BinaryOperator.MULTIPLY) {
            boolean sequenceLeft = binary.left().type() instanceof Type.Str || binary.left().type() instanceof Type.ListOf;
            Expr sequence = sequenceLeft ? binary.left() : binary.right();
            Expr count = sequenceLeft ? binary.right() : binary.left();
            if (!context.nonNegative(count)) {
                throw GoContext.refuse("repeating a sequence a number of times that may be negative", count.span());
            }
            GoExpr times = toIndex(count);
            if (type instanceof Type.Str) {
                context.importPackage("strings");
                return GoExpr.call("strings.Repeat", render(sequence), GoExpr.call("int", times));
            }
            if (sequence instanceof Expr.ListLiteral literal && literal.elements().size() == 1 && isZero(literal.elements().getFirst())) {
                return GoExpr.call("make", GoExpr.atom(type(type)), times);
            }
            return GoExpr.call(context.helper(GoHelper.REPEAT), render(sequence), times);
        }
        throw GoContext.refuse("the operator " + binary.operator().symbol() + " on " + binary.left().type().python() + " and "
                + binary.right().type().python(), binary.span());
    }

    private boolean isZero(Expr element) {
        return switch (element) {
            case Expr.IntConst constant -> constant.value().signum() == 0 && !big();
            case Expr.FloatConst constant -> constant.value() == 0.0 && 1 / constant.value() > 0;
            case Expr.BoolConst constant -> !constant.value();
            case Expr.StrConst constant -> constant.value().isEmpty();
            default -> false;
        };
    }

    private static void flattenConcat(Expr expression, List<Expr> parts) {
        if (expression instanceof Expr.Binary binary && binary.operator() == BinaryOperator.ADD && binary.type() instanceof Type.ListOf) {
            flattenConcat(binary.left(), parts);
            flattenConcat(binary.right(), parts);
        } else {
            parts.add(expression);
        }
    }

    private GoExpr negate(Expr.Negate negate) {
        Type type = negate.operand().type();
        GoExpr operand = number(negate.operand(), type instanceof Type.Float ? Type.FLOAT : Type.INT);
        if (negate.plus()) {
            return operand;
        }
        if (big() && !(type instanceof Type.Float)) {
            return GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Neg", operand);
        }
        return GoExpr.negate(operand);
    }

    private GoExpr logical(Expr.Logical logical) {
        boolean and = logical.operator() == BoolOperator.AND;
        if (logical.type() instanceof Type.Bool) {
            GoExpr result = render(logical.operands().getFirst());
            for (Expr operand : logical.operands().subList(1, logical.operands().size())) {
                result = GoExpr.binary(result, and ? "&&" : "||", render(operand));
            }
            return result;
        }
        // Python answers the deciding operand itself: `a or b` is a when a is truthy.
        GoWriter body = new GoWriter(0);
        List<Expr> operands = logical.operands();
        for (Expr operand : operands.subList(0, operands.size() - 1)) {
            String name = context.temporary("value");
            body.print(name + " := ", typed(render(operand), operand.type()), "");
            GoExpr test = truthy(GoExpr.atom(name), operand.type(), operand);
            body.print("if ", and ? GoExpr.not(test) : test, " {");
            body.indentMore();
            body.line("return " + name);
            body.close("}");
        }
        body.print("return ", render(operands.getLast()), "");
        return block(type(logical.type()), body.lines());
    }

    // ---- comparisons ------------------------------------------------------------------------------------------------

    private GoExpr compare(Expr.Compare compare) {
        GoExpr result = null;
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            if (i < compare.links().size() - 1 && !(link.right() instanceof Expr.Load || link.right() instanceof Expr.IntConst
                    || link.right() instanceof Expr.FloatConst || link.right() instanceof Expr.StrConst)) {
                throw GoContext.refuse("a comparison chain with a computed middle operand", link.right().span());
            }
            GoExpr test = link(left, link.operator(), link.right(), compare);
            result = result == null ? test : GoExpr.binary(result, "&&", test);
            left = link.right();
        }
        return result;
    }

    private GoExpr link(Expr left, CompareOperator operator, Expr right, Expr.Compare where) {
        return switch (operator) {
            case IN -> contains(right, left);
            case NOT_IN -> GoExpr.not(contains(right, left));
            case IS, IS_NOT -> throw GoContext.refuse("'" + operator.symbol() + "' comparisons", where.span());
            default -> ordered(left, symbol(operator), right);
        };
    }

    private static String symbol(CompareOperator operator) {
        return switch (operator) {
            case EQUAL -> "==";
            case NOT_EQUAL -> "!=";
            case LESS -> "<";
            case LESS_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_EQUAL -> ">=";
            default -> throw new IllegalArgumentException(operator.name());
        };
    }

    /** {@code a op b} as Python compares: numbers by value, strings by code point, sequences item by item. */
    GoExpr ordered(Expr left, String operator, Expr right) {
        Type lt = left.type();
        Type rt = right.type();
        if (lt.isNumeric() && rt.isNumeric()) {
            if (lt instanceof Type.Float || rt instanceof Type.Float) {
                return GoExpr.binary(number(left, Type.FLOAT), operator, number(right, Type.FLOAT));
            }
            if (lt instanceof Type.Bool && rt instanceof Type.Bool && (operator.equals("==") || operator.equals("!="))) {
                return GoExpr.binary(render(left), operator, render(right));
            }
            return intCompare(number(left, Type.INT), operator, number(right, Type.INT));
        }
        if (context.types.ordered(lt) || (operator.equals("==") || operator.equals("!=")) && context.types.comparable(lt)) {
            return GoExpr.binary(render(left), operator, render(right));
        }
        return GoExpr.binary(GoExpr.call(context.helper(GoHelper.COMPARE), render(left), render(right)), operator, GoExpr.atom("0"));
    }

    /** {@code element in container}. */
    GoExpr contains(Expr container, Expr element) {
        return switch (container.type()) {
            case Type.Str ignored -> {
                context.importPackage("strings");
                yield GoExpr.call("strings.Contains", render(container), render(element));
            }
            case Type.ListOf ignored -> GoExpr.call(context.helper(GoHelper.CONTAINS), render(container), render(element));
            case Type.TupleOf tuple -> {
                if (!(container instanceof Expr.TupleLiteral literal)) {
                    throw GoContext.refuse("'in' on a tuple variable", container.span());
                }
                List<GoExpr> items = literal.elements().stream().map(this::render).toList();
                yield GoExpr.call(context.helper(GoHelper.CONTAINS), new GoExpr.Composite("[]" + type(tuple.elements().getFirst()), items),
                        render(element));
            }
            case Type.Range ignored -> {
                Expr.RangeOf range = (Expr.RangeOf) container;
                if (!(range.step() instanceof Expr.IntConst step && step.value().equals(BigInteger.ONE)) || !(element instanceof Expr.Load
                        || element instanceof Expr.IntConst) || big()) {
                    yield GoExpr.call(context.helper(GoHelper.CONTAINS), loops.materialize(range), render(element));
                }
                GoExpr value = number(element, Type.INT);
                yield GoExpr.binary(intCompare(number(range.start(), Type.INT), "<=", value), "&&",
                        intCompare(value, "<", number(range.stop(), Type.INT)));
            }
            default -> throw GoContext.refuse("'in' on a " + container.type().python(), container.span());
        };
    }

    // ---- indexing ---------------------------------------------------------------------------------------------------

    private GoExpr index(Expr.Index index) {
        Expr target = index.target();
        if (target.type() instanceof Type.TupleOf tuple) {
            int position = ((Expr.IntConst) index.index()).value().intValue();
            if (position < 0) {
                position += tuple.elements().size();
            }
            return new GoExpr.Selector(render(target), "V" + position);
        }
        if (target.type() instanceof Type.Str) {
            if (context.nonNegative(index.index())) {
                return GoExpr.call("string", new GoExpr.Index(GoExpr.call("[]rune", render(target)), toIndex(index.index())));
            }
            return GoExpr.call(context.helper(GoHelper.CHAR_AT), render(target), toIndex(index.index()));
        }
        GoExpr list = render(target);
        return new GoExpr.Index(list, position(list, index.index(), target));
    }

    /** A Python index into a list as a Go index: negative ones count from the end. */
    GoExpr position(GoExpr list, Expr index, Expr listExpression) {
        if (index instanceof Expr.IntConst constant && constant.value().signum() < 0) {
            return GoExpr.binary(GoExpr.call("len", list), "-", GoExpr.atom(constant.value().negate().toString()));
        }
        if (context.nonNegative(index)) {
            return toIndex(index);
        }
        if (!(listExpression instanceof Expr.Load || listExpression instanceof Expr.Index)) {
            throw GoContext.refuse("indexing a computed list with an index that may be negative", index.span());
        }
        return GoExpr.call(context.helper(GoHelper.INDEX), toIndex(index), GoExpr.call("len", list));
    }

    private GoExpr slice(Expr.Slice slice) {
        Expr target = slice.target();
        boolean string = target.type() instanceof Type.Str;
        if (slice.lower().isEmpty() && slice.upper().isEmpty() && slice.step().isEmpty()) {
            return string ? render(target) : GoExpr.call("append", new GoExpr.Composite(type(target.type()), List.of()),
                    new GoExpr.Spread(render(target)));
        }
        context.use(GoHelper.ABSENT);
        GoExpr lower = slice.lower().map(this::toIndex).orElse(GoExpr.atom("absent"));
        GoExpr upper = slice.upper().map(this::toIndex).orElse(GoExpr.atom("absent"));
        GoExpr step = slice.step().map(this::toIndex).orElse(GoExpr.atom("absent"));
        return GoExpr.call(context.helper(string ? GoHelper.SLICE_STR : GoHelper.SLICE_LIST), render(target), lower, upper, step);
    }

    // ---- calls ------------------------------------------------------------------------------------------------------

    private GoExpr call(Expr.Call call) {
        Function callee = context.program.functions().stream().filter(f -> f.name().equals(call.function())).findFirst().orElseThrow();
        List<GoExpr> arguments = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            Expr argument = call.arguments().get(i);
            Type type = callee.parameters().get(i).type();
            if (context.resizesParameter(callee.name(), i)) {
                arguments.add(address(argument));
            } else {
                arguments.add(converted(argument, type));
            }
        }
        return GoExpr.call(functionName(call.function()), arguments);
    }

    String functionName(String python) {
        return context.names.of(python);
    }

    /** {@code &xs} for a parameter the callee grows or shrinks; a pointer parameter passes on as it is. */
    GoExpr address(Expr argument) {
        if (argument instanceof Expr.Load load) {
            GoContext.Binding binding = context.binding(load.variable());
            return binding.pointer() ? GoExpr.atom(binding.name()) : new GoExpr.Unary("&", GoExpr.atom(binding.name()));
        }
        if (argument instanceof Expr.Index || argument instanceof Expr.ListLiteral) {
            return new GoExpr.Unary("&", render(argument));
        }
        throw GoContext.refuse("passing a computed list to a function that grows or shrinks it", argument.span());
    }
}
