package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.List;

/** Python's builtins, list and str methods and the math module, in Go. */
final class GoBuiltins {
    private final GoExpressions expressions;
    private final GoContext context;

    GoBuiltins(GoExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    private GoExpr render(Expr expression) {
        return expressions.render(expression);
    }

    private GoExpr number(Expr expression, Type type) {
        return expressions.number(expression, type);
    }

    private GoExpr strings(String function, GoExpr... arguments) {
        context.importPackage("strings");
        return GoExpr.call("strings." + function, arguments);
    }

    private GoExpr math(String function, GoExpr... arguments) {
        context.importPackage("math");
        return GoExpr.call("math." + function, arguments);
    }

    GoExpr builtin(Expr.BuiltinCall call) {
        List<Expr> arguments = call.arguments();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        boolean big = expressions.big();
        return switch (call.builtin()) {
            case ABS -> switch (first.type()) {
                case Type.Float ignored -> math("Abs", render(first));
                case Type.Bool ignored -> number(first, Type.INT);
                default -> big ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Abs", render(first))
                        : GoExpr.call(context.helper(GoHelper.ABS_INT), render(first));
            };
            case BOOL -> first == null ? GoExpr.atom("false") : expressions.truthy(first);
            case INT -> integer(first);
            case FLOAT -> first == null ? GoExpr.atom("0.0") : first.type() instanceof Type.Str
                    ? GoExpr.call(context.helper(GoHelper.PARSE_FLOAT), render(first)) : number(first, Type.FLOAT);
            case STR -> first == null ? GoExpr.atom("\"\"") : expressions.formatting.str(first);
            case LEN -> length(first);
            case CHR -> GoExpr.call("string", GoExpr.call("rune", expressions.toIndex(first)));
            case ORD -> expressions.fromGoInt(new GoExpr.Index(GoExpr.call("[]rune", render(first)), GoExpr.atom("0")));
            case DIVMOD -> divmod(call);
            case POW -> expressions.render(new Expr.Binary(first, dev.codelive.codelive.syntax.BinaryOperator.POWER, arguments.get(1),
                    call.type(), call.span()));
            case ROUND -> round(call);
            case MIN, MAX -> extreme(call, call.builtin() == Builtin.MIN);
            case SUM -> sum(call);
            case ANY, ALL -> anyAll(call, call.builtin() == Builtin.ANY);
            case SORTED -> GoExpr.call(context.helper(GoHelper.SORTED), expressions.loops.materialize(first),
                    arguments.size() > 1 ? expressions.truthy(arguments.get(1)) : GoExpr.atom("false"));
            case LIST -> first == null ? new GoExpr.Composite(expressions.type(call.type()), List.of())
                    : first.type() instanceof Type.ListOf ? copy(first) : expressions.loops.materialize(first);
            case ENUMERATE, ZIP, REVERSED -> expressions.loops.materialize(call);
        };
    }

    GoExpr copy(Expr list) {
        return GoExpr.call("append", new GoExpr.Composite(expressions.type(list.type()), List.of()),
                new GoExpr.Spread(render(list)));
    }

    private GoExpr integer(Expr value) {
        boolean big = expressions.big();
        if (value == null) {
            return expressions.intLiteral(java.math.BigInteger.ZERO);
        }
        return switch (value.type()) {
            case Type.Int ignored -> render(value);
            case Type.Bool ignored -> number(value, Type.INT);
            case Type.Float ignored -> big ? GoExpr.call(context.helper(GoHelper.BIG_FROM_FLOAT), render(value)) : GoExpr.call("int64", render(value));
            case Type.Str ignored -> big ? GoExpr.call(context.helper(GoHelper.BIG_LITERAL), strings("TrimSpace", render(value)))
                    : GoExpr.call(context.helper(GoHelper.PARSE_INT), render(value));
            default -> throw GoContext.refuse("int() of a " + value.type().python(), value.span());
        };
    }

    private GoExpr length(Expr value) {
        return switch (value.type()) {
            case Type.ListOf ignored -> expressions.fromGoInt(GoExpr.call("len", render(value)));
            case Type.Str ignored -> {
                context.importPackage("unicode/utf8");
                yield expressions.fromGoInt(GoExpr.call("utf8.RuneCountInString", render(value)));
            }
            case Type.TupleOf tuple -> expressions.intLiteral(java.math.BigInteger.valueOf(tuple.elements().size()));
            case Type.Range ignored -> {
                if (expressions.big()) {
                    yield expressions.fromGoInt(GoExpr.call("len", expressions.loops.materialize(value)));
                }
                Expr.RangeOf range = (Expr.RangeOf) value;
                yield GoExpr.call(context.helper(GoHelper.RANGE_LEN), number(range.start(), Type.INT), number(range.stop(), Type.INT),
                        number(range.step(), Type.INT));
            }
            default -> throw GoContext.refuse("len() of a " + value.type().python(), value.span());
        };
    }

    private GoExpr divmod(Expr.BuiltinCall call) {
        Expr a = call.arguments().get(0);
        Expr b = call.arguments().get(1);
        if (!(a instanceof Expr.Load || a instanceof Expr.IntConst || a instanceof Expr.FloatConst)
                || !(b instanceof Expr.Load || b instanceof Expr.IntConst || b instanceof Expr.FloatConst)) {
            throw GoContext.refuse("divmod() of computed values", call.span());
        }
        Type type = ((Type.TupleOf) call.type()).elements().getFirst();
        Expr quotient = new Expr.Binary(a, dev.codelive.codelive.syntax.BinaryOperator.FLOOR_DIVIDE, b, type, call.span());
        Expr remainder = new Expr.Binary(a, dev.codelive.codelive.syntax.BinaryOperator.MODULO, b, type, call.span());
        return new GoExpr.Composite(expressions.type(call.type()), List.of(render(quotient), render(remainder)));
    }

    private GoExpr round(Expr.BuiltinCall call) {
        Expr value = call.arguments().getFirst();
        if (call.arguments().size() == 1) {
            if (!(value.type() instanceof Type.Float)) {
                return number(value, Type.INT);
            }
            GoExpr rounded = math("RoundToEven", render(value));
            return expressions.big() ? GoExpr.call(context.helper(GoHelper.BIG_FROM_FLOAT), rounded) : GoExpr.call("int64", rounded);
        }
        Expr digits = call.arguments().get(1);
        if (!(value.type() instanceof Type.Float)) {
            throw GoContext.refuse("round() of an int with a number of digits (Python answers an int)", call.span());
        }
        if (!context.nonNegative(digits)) {
            throw GoContext.refuse("round() to a number of digits that may be negative", digits.span());
        }
        return GoExpr.call(context.helper(GoHelper.ROUND_TO), render(value), expressions.toIndex(digits));
    }

    private GoExpr extreme(Expr.BuiltinCall call, boolean min) {
        List<Expr> arguments = call.arguments();
        Type type = call.type();
        if (arguments.size() == 1) {
            return GoExpr.call(context.helper(min ? GoHelper.MIN_ITEM : GoHelper.MAX_ITEM), expressions.loops.materialize(arguments.getFirst()));
        }
        List<GoExpr> values = new ArrayList<>();
        arguments.forEach(argument -> values.add(expressions.converted(argument, type)));
        values.set(0, expressions.typed(values.getFirst(), type));
        if (context.types.ordered(type)) {
            return GoExpr.call(context.helper(min ? GoHelper.MIN_VALUE : GoHelper.MAX_VALUE), values);
        }
        return GoExpr.call(context.helper(min ? GoHelper.MIN_ITEM : GoHelper.MAX_ITEM), new GoExpr.Composite("[]" + expressions.type(type), values));
    }

    private GoExpr sum(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        Type element = Type.elementOf(iterable.type());
        if (element instanceof Type.Bool) {
            if (expressions.big() && call.arguments().size() > 1) {
                throw GoContext.refuse("sum() of bools with a start", call.span());
            }
            return expressions.fromInt64(count(iterable, call.arguments().size() > 1 ? call.arguments().get(1) : null));
        }
        GoExpr items = expressions.loops.materialize(iterable);
        if (call.type() instanceof Type.Float) {
            if (!(element instanceof Type.Float)) {
                throw GoContext.refuse("a float sum of ints", call.span());
            }
            if (call.arguments().size() > 1) {
                // Python adds from the start value on, left to right.
                items = GoExpr.call("append", new GoExpr.Composite("[]float64", List.of(number(call.arguments().get(1), Type.FLOAT))),
                        new GoExpr.Spread(items));
            }
            return GoExpr.call(context.helper(GoHelper.SUM_FLOATS), items);
        }
        GoExpr total = GoExpr.call(context.helper(expressions.big() ? GoHelper.SUM_BIG : GoHelper.SUM_INTS), items);
        if (call.arguments().size() > 1) {
            GoExpr start = number(call.arguments().get(1), Type.INT);
            return expressions.big() ? expressions.bigOp("Add", start, total) : GoExpr.binary(start, "+", total);
        }
        return total;
    }

    /** sum() of bools: how many are true. */
    private GoExpr count(Expr iterable, Expr start) {
        GoWriter body = new GoWriter(0);
        String total = context.temporary("total");
        body.print(total + " := ", start == null ? GoExpr.call("int64", GoExpr.atom("0")) : number(start, Type.INT), "");
        Variable item = new Variable(context.temporary("x"), Type.BOOL, Variable.Scope.LOCAL);
        context.markRead(item);
        expressions.loops.loop(body, new Target.Store(item, true), iterable, inner -> {
            inner.open("if " + item.name() + " {");
            inner.line(total + "++");
            inner.close("}");
        });
        body.line("return " + total);
        return new GoExpr.Block("func() int64", body.lines(), true);
    }

    private GoExpr anyAll(Expr.BuiltinCall call, boolean any) {
        Expr iterable = call.arguments().getFirst();
        Type element = Type.elementOf(iterable.type());
        GoWriter body = new GoWriter(0);
        if (iterable instanceof Expr.Comprehension comprehension) {
            expressions.loops.clauses(body, comprehension.clauses(), 0, inner -> test(inner, expressions.truthy(comprehension.element()), any));
        } else {
            Variable item = new Variable(context.temporary("x"), element, Variable.Scope.LOCAL);
            context.markRead(item);
            expressions.loops.loop(body, new Target.Store(item, true), iterable,
                    inner -> test(inner, expressions.truthy(GoExpr.atom(item.name()), element, iterable), any));
        }
        body.line("return " + !any);
        return new GoExpr.Block("func() bool", body.lines(), true);
    }

    private static void test(GoWriter out, GoExpr truth, boolean any) {
        out.print("if ", any ? truth : GoExpr.not(truth), " {");
        out.indentMore();
        out.line("return " + any);
        out.close("}");
    }

    // ---- methods ----------------------------------------------------------------------------------------------------

    GoExpr method(Expr.MethodCall call) {
        if (call.receiver().type() instanceof Type.ListOf) {
            return listMethod(call);
        }
        return strMethod(call);
    }

    private GoExpr listMethod(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        List<Expr> arguments = call.arguments();
        Type element = ((Type.ListOf) receiver.type()).element();
        return switch (call.method()) {
            case "pop" -> GoExpr.call(context.helper(GoHelper.POP), expressions.address(receiver),
                    arguments.isEmpty() ? GoExpr.atom("-1") : expressions.toIndex(arguments.getFirst()));
            case "insert" -> GoExpr.call(context.helper(GoHelper.INSERT), expressions.address(receiver), expressions.toIndex(arguments.getFirst()),
                    expressions.converted(arguments.get(1), element));
            case "index" -> expressions.fromGoInt(GoExpr.call(context.helper(GoHelper.POSITION), render(receiver),
                    expressions.converted(arguments.getFirst(), element)));
            case "count" -> {
                GoExpr counted = GoExpr.call(context.helper(GoHelper.COUNT), render(receiver), expressions.converted(arguments.getFirst(), element));
                yield expressions.big() ? GoExpr.call("big.NewInt", counted) : counted;
            }
            case "remove" -> GoExpr.call(context.helper(GoHelper.POP), expressions.address(receiver), GoExpr.call("int64",
                    GoExpr.call(context.helper(GoHelper.POSITION), render(receiver), expressions.converted(arguments.getFirst(), element))));
            case "reverse" -> GoExpr.call(context.helper(GoHelper.REVERSE_LIST), render(receiver));
            case "sort" -> GoExpr.call(context.helper(GoHelper.SORT_LIST), render(receiver));
            case "copy" -> copy(receiver);
            default -> throw GoContext.refuse("the list method ." + call.method() + "() inside an expression", call.span());
        };
    }

    private GoExpr strMethod(Expr.MethodCall call) {
        GoExpr s = render(call.receiver());
        List<Expr> arguments = call.arguments();
        GoExpr argument = arguments.isEmpty() ? null : render(arguments.getFirst());
        return switch (call.method()) {
            case "upper" -> strings("ToUpper", s);
            case "lower" -> strings("ToLower", s);
            case "strip" -> strings("TrimSpace", s);
            case "lstrip" -> {
                context.importPackage("unicode");
                yield strings("TrimLeftFunc", s, GoExpr.atom("unicode.IsSpace"));
            }
            case "rstrip" -> {
                context.importPackage("unicode");
                yield strings("TrimRightFunc", s, GoExpr.atom("unicode.IsSpace"));
            }
            case "split" -> argument == null ? strings("Fields", s) : strings("Split", s, argument);
            case "join" -> strings("Join", expressions.loops.materialize(arguments.getFirst()), s);
            case "replace" -> strings("ReplaceAll", s, argument, render(arguments.get(1)));
            case "startswith" -> strings("HasPrefix", s, argument);
            case "endswith" -> strings("HasSuffix", s, argument);
            case "find", "index" -> expressions.fromInt64(GoExpr.call(context.helper(GoHelper.FIND), s, argument));
            case "count" -> expressions.fromGoInt(strings("Count", s, argument));
            case "isdigit" -> runes(s, "unicode.IsDigit");
            case "isalpha" -> runes(s, "unicode.IsLetter");
            case "isalnum" -> runes(s, "func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }");
            case "isspace" -> runes(s, "unicode.IsSpace");
            case "isupper" -> GoExpr.call(context.helper(GoHelper.IS_UPPER), s);
            case "islower" -> GoExpr.call(context.helper(GoHelper.IS_LOWER), s);
            case "title" -> GoExpr.call(context.helper(GoHelper.TITLE), s);
            case "capitalize" -> GoExpr.call(context.helper(GoHelper.CAPITALIZE), s);
            default -> throw GoContext.refuse("the str method ." + call.method() + "()", call.span());
        };
    }

    private GoExpr runes(GoExpr s, String test) {
        context.importPackage("unicode");
        return GoExpr.call(context.helper(GoHelper.ALL_RUNES), s, GoExpr.atom(test));
    }

    // ---- math -------------------------------------------------------------------------------------------------------

    GoExpr math(Expr.MathCall call) {
        List<Expr> arguments = call.arguments();
        String name = call.function();
        boolean big = expressions.big();
        return switch (name) {
            case "floor", "ceil", "trunc" -> {
                Expr value = arguments.getFirst();
                if (!(value.type() instanceof Type.Float)) {
                    yield number(value, Type.INT);
                }
                GoExpr rounded = math(Character.toUpperCase(name.charAt(0)) + name.substring(1), render(value));
                yield big ? GoExpr.call(context.helper(GoHelper.BIG_FROM_FLOAT), rounded) : GoExpr.call("int64", rounded);
            }
            case "gcd" -> {
                if (arguments.size() != 2) {
                    throw GoContext.refuse("math.gcd() of other than two values", call.span());
                }
                yield big ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "GCD", GoExpr.atom("nil"), GoExpr.atom("nil"),
                        GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Abs", number(arguments.get(0), Type.INT)),
                        GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Abs", number(arguments.get(1), Type.INT)))
                        : GoExpr.call(context.helper(GoHelper.GCD), number(arguments.get(0), Type.INT), number(arguments.get(1), Type.INT));
            }
            case "isqrt" -> big ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Sqrt", number(arguments.getFirst(), Type.INT))
                    : GoExpr.call(context.helper(GoHelper.ISQRT), number(arguments.getFirst(), Type.INT));
            case "factorial" -> big ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "MulRange", GoExpr.atom("1"),
                    expressions.toIndex(arguments.getFirst()))
                    : GoExpr.call(context.helper(GoHelper.FACTORIAL), number(arguments.getFirst(), Type.INT));
            case "comb" -> big ? GoExpr.method(GoExpr.call("new", GoExpr.atom("big.Int")), "Binomial", expressions.toIndex(arguments.get(0)),
                    expressions.toIndex(arguments.get(1)))
                    : GoExpr.call(context.helper(GoHelper.COMB), number(arguments.get(0), Type.INT), number(arguments.get(1), Type.INT));
            case "sqrt", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan" ->
                    math(Character.toUpperCase(name.charAt(0)) + name.substring(1), floats(arguments.getFirst()));
            case "log" -> arguments.size() == 1 ? math("Log", floats(arguments.getFirst()))
                    : GoExpr.binary(math("Log", floats(arguments.getFirst())), "/", math("Log", floats(arguments.get(1))));
            case "fabs" -> math("Abs", floats(arguments.getFirst()));
            case "atan2" -> math("Atan2", floats(arguments.get(0)), floats(arguments.get(1)));
            case "hypot" -> {
                if (arguments.size() != 2) {
                    throw GoContext.refuse("math.hypot() of other than two values", call.span());
                }
                yield math("Hypot", floats(arguments.get(0)), floats(arguments.get(1)));
            }
            case "pow" -> math("Pow", floats(arguments.get(0)), floats(arguments.get(1)));
            case "copysign" -> math("Copysign", floats(arguments.get(0)), floats(arguments.get(1)));
            case "degrees" -> {
                context.importPackage("math");
                // float64(math.Pi) is the double CPython uses; the division then rounds as C's does.
                yield GoExpr.binary(floats(arguments.getFirst()), "*", new GoExpr.Paren(GoExpr.binary(GoExpr.atom("180"), "/",
                        GoExpr.call("float64", GoExpr.atom("math.Pi")))));
            }
            case "radians" -> {
                context.importPackage("math");
                yield GoExpr.binary(floats(arguments.getFirst()), "*", new GoExpr.Paren(GoExpr.binary(GoExpr.call("float64",
                        GoExpr.atom("math.Pi")), "/", GoExpr.atom("180"))));
            }
            case "isclose" -> {
                if (arguments.size() != 2) {
                    throw GoContext.refuse("math.isclose() with tolerances", call.span());
                }
                yield GoExpr.call(context.helper(GoHelper.ISCLOSE), floats(arguments.get(0)), floats(arguments.get(1)));
            }
            case "isfinite" -> GoExpr.binary(GoExpr.not(math("IsInf", floats(arguments.getFirst()), GoExpr.atom("0"))), "&&",
                    GoExpr.not(math("IsNaN", floats(arguments.getFirst()))));
            case "isinf" -> math("IsInf", floats(arguments.getFirst()), GoExpr.atom("0"));
            case "isnan" -> math("IsNaN", floats(arguments.getFirst()));
            default -> throw GoContext.refuse("math." + name + "()", call.span());
        };
    }

    private GoExpr floats(Expr value) {
        return number(value, Type.FLOAT);
    }
}
