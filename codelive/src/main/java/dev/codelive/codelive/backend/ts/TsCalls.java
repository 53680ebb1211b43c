package dev.codelive.codelive.backend.ts;

import static dev.codelive.codelive.backend.ts.TsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders calls of builtins, list and str methods and math functions as TypeScript. */
final class TsCalls {
    /**
     * The math functions JavaScript computes differently from CPython's C library (V8's own implementations round
     * differently in the last digit for a few percent of arguments), so rendering them could print other digits.
     */
    private static final Set<String> INEXACT_MATH = Set.of("exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
            "atan2", "hypot", "pow");

    private final TsContext context;
    private final TsExpressions expressions;

    TsCalls(TsContext context, TsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** A range-typed expression is always a range(...) call: ranges are never stored. */
    static Expr.RangeOf range(Expr expression) {
        if (expression instanceof Expr.RangeOf range) {
            return range;
        }
        throw refuse("a range that is not written as range(...)", expression.span());
    }

    private Code expr(Expr e) {
        return expressions.expr(e);
    }

    private Code bigint(Expr e) {
        return expressions.bigint(e);
    }

    private Code number(Expr e) {
        return expressions.number(e);
    }

    private static Code call(String function, Code... arguments) {
        return Code.primary(function + "(" + List.of(arguments).stream().map(Code::text).collect(Collectors.joining(", ")) + ")");
    }

    /** len(x) as a bigint. */
    Code length(Expr expression) {
        return switch (expression.type()) {
            case Type.Range ignored -> {
                Expr.RangeOf range = range(expression);
                yield call(context.use("rangeLength"), bigint(range.start()), bigint(range.stop()), bigint(range.step()));
            }
            case Type.ListOf ignored -> Code.primary("BigInt(" + expr(expression).atLeast(Code.PRIMARY) + ".length)");
            case Type.TupleOf ignored -> Code.primary("BigInt(" + expr(expression).atLeast(Code.PRIMARY) + ".length)");
            case Type.Str ignored ->
                    Code.primary("BigInt(" + expr(expression).atLeast(Code.PRIMARY) + ".length)");
            default -> throw refuse("len() of a " + expression.type().python(), expression.span());
        };
    }

    /** Something iterable, as a JavaScript iterable. */
    Code iterable(Expr expression) {
        return expr(expression);
    }

    Code builtin(Expr.BuiltinCall call) {
        List<Expr> args = call.arguments();
        Expr first = args.isEmpty() ? null : args.getFirst();
        return switch (call.builtin()) {
            case ABS -> first.type() instanceof Type.Float ? call("Math.abs", expr(first)) : call(context.use("absInt"), bigint(first));
            case ALL -> call(context.use("all"), iterable(first));
            case ANY -> call(context.use("any"), iterable(first));
            case BOOL -> first == null ? Code.primary("false") : expressions.truth(first);
            case CHR -> call(context.use("chr"), bigint(first));
            case ORD -> Code.primary("BigInt(" + expr(first).atLeast(Code.PRIMARY) + ".codePointAt(0)!)");
            case DIVMOD -> call.type().equals(new Type.TupleOf(List.of(Type.FLOAT, Type.FLOAT)))
                    ? call(context.use("divmodFloat"), number(first), number(args.get(1)))
                    : call(context.use("divmod"), bigint(first), bigint(args.get(1)));
            case ENUMERATE -> call(context.use("enumerate"), iterable(first), args.size() > 1 ? bigint(args.get(1)) : Code.primary("0n"));
            case FLOAT -> first == null ? Code.primary("0.0") : switch (first.type()) {
                case Type.Str ignored -> call(context.use("floatFromStr"), expr(first));
                default -> number(first);
            };
            case INT -> first == null ? Code.primary("0n") : switch (first.type()) {
                case Type.Str ignored -> call(context.use("intFromStr"), expr(first));
                case Type.Float ignored -> Code.primary("BigInt(Math.trunc(" + expr(first) + "))");
                default -> bigint(first);
            };
            case LEN -> length(first);
            case LIST -> first == null ? Code.primary("[]") : switch (first.type()) {
                case Type.ListOf ignored -> Code.primary("[..." + expr(first).atLeast(Code.CONDITIONAL) + "]");
                default -> call("Array.from", iterable(first));
            };
            case MAX, MIN -> {
                String helper = context.use(call.builtin() == dev.codelive.codelive.ir.Builtin.MAX ? "max" : "min");
                yield args.size() == 1 ? call(helper, iterable(first))
                        : Code.primary(helper + "([" + args.stream().map(a -> expressions.typed(a).text()).collect(Collectors.joining(", ")) + "])");
            }
            case POW -> expressions.expr(new Expr.Binary(first, dev.codelive.codelive.syntax.BinaryOperator.POWER, args.get(1), call.type(),
                    call.span()));
            case REVERSED -> switch (first.type()) {
                case Type.Range ignored -> call(context.use("reversed"), call("Array.from", expr(first)));
                case Type.Iter ignored -> throw refuse("reversed() of an iterator", first.span());
                default -> call(context.use("reversed"), expr(first));
            };
            case ROUND -> round(call, first);
            case SORTED -> call(context.use("sorted"), iterable(first), args.size() > 1 ? expressions.truth(args.get(1)) : Code.primary("false"));
            case STR -> first == null ? Code.primary("\"\"") : expressions.text().str(first);
            case SUM -> sum(call, first);
            case ZIP -> call(context.use("zip"), args.stream().map(this::iterable).toArray(Code[]::new));
        };
    }

    private Code round(Expr.BuiltinCall call, Expr value) {
        List<Expr> args = call.arguments();
        if (args.size() == 1) {
            return value.type() instanceof Type.Float ? call(context.use("roundHalfEven"), expr(value)) : bigint(value);
        }
        Expr digits = args.get(1);
        if (value.type() instanceof Type.Float) {
            return call(context.use("roundFloat"), expr(value), bigint(digits));
        }
        if (call.type() instanceof Type.Float) {
            throw refuse("round() of an int typed as a float", call.span());
        }
        return call(context.use("roundInt"), bigint(value), bigint(digits));
    }

    private Code sum(Expr.BuiltinCall call, Expr items) {
        Type element = Type.elementOf(items.type());
        boolean hasStart = call.arguments().size() > 1;
        if (call.type() instanceof Type.Float) {
            Code floats = element instanceof Type.Float ? iterable(items) : call("Array.from", iterable(items), Code.primary("Number"));
            return call(context.use("sumFloat"), floats, hasStart ? number(call.arguments().get(1)) : Code.primary("0"));
        }
        Code ints = element instanceof Type.Bool ? call("Array.from", iterable(items), Code.primary("BigInt")) : iterable(items);
        return call(context.use("sum"), ints, hasStart ? bigint(call.arguments().get(1)) : Code.primary("0n"));
    }

    Code method(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        String target = expr(receiver).atLeast(Code.PRIMARY);
        List<Expr> args = call.arguments();
        if (receiver.type() instanceof Type.ListOf list) {
            boolean primitive = TsExpressions.isPrimitive(list.element());
            return switch (call.method()) {
                case "append" -> Code.primary(target + ".push(" + expressions.typed(args.getFirst()) + ")");
                case "pop" -> args.isEmpty() ? Code.primary(target + ".pop()!")
                        : args.getFirst() instanceof Expr.IntConst constant && constant.value().signum() == 0 ? Code.primary(target + ".shift()!")
                        : call(context.use("popAt"), expr(receiver), bigint(args.getFirst()));
                case "insert" -> Code.primary(target + ".splice(Number(" + bigint(args.getFirst()) + "), 0, " + expressions.typed(args.get(1)) + ")");
                case "extend" -> call(context.use("extend"), expr(receiver), iterable(args.getFirst()));
                case "index" -> primitive ? Code.primary("BigInt(" + target + ".indexOf(" + expr(args.getFirst()) + "))")
                        : call(context.use("indexOf"), expr(receiver), expr(args.getFirst()));
                case "count" -> call(context.use("countOf"), expr(receiver), expr(args.getFirst()));
                case "reverse" -> Code.primary(target + ".reverse()");
                case "sort" -> list.element() instanceof Type.Str ? Code.primary(target + ".sort()")
                        : Code.primary(target + ".sort(" + context.use("compare") + ")");
                case "copy" -> Code.primary("[..." + target + "]");
                case "clear" -> new Code(target + ".length = 0", Code.LOWEST);
                case "remove" -> call(context.use("removeValue"), expr(receiver), expr(args.getFirst()));
                default -> throw refuse("the list method ." + call.method() + "()", call.span());
            };
        }
        if (receiver.type() instanceof Type.Str) {
            return switch (call.method()) {
                case "upper" -> Code.primary(target + ".toUpperCase()");
                case "lower" -> Code.primary(target + ".toLowerCase()");
                case "strip", "lstrip", "rstrip", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "capitalize" ->
                        call(context.use(call.method()), expr(receiver));
                case "title" -> call(context.use("titleCase"), expr(receiver));
                case "split" -> args.isEmpty() ? call(context.use("splitWhitespace"), expr(receiver))
                        : Code.primary(target + ".split(" + expr(args.getFirst()) + ")");
                case "join" -> args.getFirst().type() instanceof Type.ListOf
                        ? Code.primary(expr(args.getFirst()).atLeast(Code.PRIMARY) + ".join(" + expr(receiver) + ")")
                        : Code.primary("Array.from(" + iterable(args.getFirst()) + ").join(" + expr(receiver) + ")");
                case "replace" -> args.getFirst() instanceof Expr.StrConst old && !old.value().isEmpty()
                        ? Code.primary(target + ".split(" + expr(args.getFirst()) + ").join(" + expr(args.get(1)) + ")")
                        : call(context.use("replaceAll"), expr(receiver), expr(args.getFirst()), expr(args.get(1)));
                case "startswith" -> Code.primary(target + ".startsWith(" + expr(args.getFirst()) + ")");
                case "endswith" -> Code.primary(target + ".endsWith(" + expr(args.getFirst()) + ")");
                case "find" -> Code.primary("BigInt(" + target + ".indexOf(" + expr(args.getFirst()) + "))");
                case "index" -> call(context.use("indexStr"), expr(receiver), expr(args.getFirst()));
                case "count" -> call(context.use("countStr"), expr(receiver), expr(args.getFirst()));
                default -> throw refuse("the str method ." + call.method() + "()", call.span());
            };
        }
        throw refuse("the method ." + call.method() + "() of a " + receiver.type().python(), call.span());
    }

    Code math(Expr.MathCall call) {
        List<Expr> args = call.arguments();
        String function = call.function();
        if (INEXACT_MATH.contains(function)) {
            throw refuse("math." + function + "() (JavaScript's Math functions can differ from CPython's C library in the last digit)",
                    call.span());
        }
        return switch (function) {
            case "floor", "ceil", "trunc" -> args.getFirst().type() instanceof Type.Float
                    ? Code.primary("BigInt(Math." + function + "(" + expr(args.getFirst()) + "))")
                    : bigint(args.getFirst());
            case "gcd", "lcm" -> {
                if (args.isEmpty()) {
                    yield Code.primary(function.equals("gcd") ? "0n" : "1n");
                }
                Code result = bigint(args.getFirst());
                if (args.size() == 1) {
                    yield call(context.use("absInt"), result);
                }
                for (Expr next : args.subList(1, args.size())) {
                    result = call(context.use(function), result, bigint(next));
                }
                yield result;
            }
            case "isqrt", "factorial" -> call(context.use(function), bigint(args.getFirst()));
            case "comb", "perm" -> {
                if (args.size() != 2) {
                    throw refuse("math." + function + "() with " + args.size() + " arguments", call.span());
                }
                yield call(context.use(function), bigint(args.getFirst()), bigint(args.get(1)));
            }
            case "sqrt" -> call("Math.sqrt", number(args.getFirst()));
            case "fabs" -> call("Math.abs", number(args.getFirst()));
            case "copysign" -> call(context.use("copysign"), number(args.getFirst()), number(args.get(1)));
            case "degrees" -> TsExpressions.arithmetic(number(args.getFirst()), "*", new Code("(180 / Math.PI)", Code.PRIMARY), Code.MULTIPLICATIVE);
            case "radians" -> TsExpressions.arithmetic(number(args.getFirst()), "*", new Code("(Math.PI / 180)", Code.PRIMARY), Code.MULTIPLICATIVE);
            case "isclose" -> {
                if (args.size() != 2) {
                    throw refuse("math.isclose() with tolerances", call.span());
                }
                yield call(context.use("isclose"), number(args.getFirst()), number(args.get(1)));
            }
            case "isfinite" -> call("Number.isFinite", number(args.getFirst()));
            case "isnan" -> call("Number.isNaN", number(args.getFirst()));
            case "isinf" -> new Code("Math.abs(" + number(args.getFirst()) + ") === Infinity", Code.EQUALITY);
            default -> throw refuse("math." + function + "()", call.span());
        };
    }
}
