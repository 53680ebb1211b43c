package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;
import static dev.codelive.codelive.backend.csharp.CsExpressions.call;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders calls of builtins, list and str methods and math functions as C#. */
final class CsCalls {
    /** Math functions .NET lacks on Mono (log2, hypot) or computes its own way; the rest call the C library, as CPython does. */
    private static final Set<String> UNAVAILABLE = Set.of("log2", "hypot");

    private final CsContext context;
    private final CsExpressions expressions;

    CsCalls(CsContext context, CsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** A range-typed expression is always a range(...) call: ranges are never stored. */
    static Expr.RangeOf rangeOf(Expr expression) {
        if (expression instanceof Expr.RangeOf range) {
            return range;
        }
        throw refuse("a range that is not written as range(...)", expression.span());
    }

    Code range(Expr.RangeOf range) {
        return call(context.use("Range"), expressions.intArguments(range.start(), range.stop(), range.step()));
    }

    private Code expr(Expr e) {
        return expressions.expr(e);
    }

    /** Something iterable, as an IEnumerable: a str yields one-character strs. */
    Code iterable(Expr expression) {
        String chunk = context.chunkOf.get(expression);
        if (chunk != null) {
            return Code.primary(chunk);
        }
        if (expression.type() instanceof Type.Str) {
            return call(context.use("Chars"), expr(expression));
        }
        if (expression.type() instanceof Type.TupleOf tuple) {
            return tupleItems(expression, tuple);
        }
        return expr(expression);
    }

    /** A tuple's elements as an array (a C# tuple is not enumerable): written out, or read from a variable. */
    private Code tupleItems(Expr expression, Type.TupleOf tuple) {
        String element = expressions.types.of(Type.elementOf(tuple), expression.span());
        if (expression instanceof Expr.TupleLiteral literal) {
            return Code.primary("new " + element + "[] { " + literal.elements().stream().map(e -> expressions.typed(e).text())
                    .collect(Collectors.joining(", ")) + " }");
        }
        if (expression instanceof Expr.Load load) {
            String name = context.name(load.variable());
            return Code.primary("new " + element + "[] { " + java.util.stream.IntStream.range(0, tuple.elements().size())
                    .mapToObj(i -> name + ".Item" + (i + 1)).collect(Collectors.joining(", ")) + " }");
        }
        throw refuse("iterating a tuple that is not written out or stored", expression.span());
    }

    /** len(x) in the program's int type, or as a C# int when {@code asInt}. */
    Code length(Expr expression, boolean typed) {
        Code count = switch (expression.type()) {
            case Type.Range ignored -> {
                Expr.RangeOf range = rangeOf(expression);
                yield call(context.use("RangeLength"), expressions.intArguments(range.start(), range.stop(), range.step()));
            }
            case Type.ListOf ignored -> Code.primary(expr(expression).atLeast(Code.PRIMARY) + ".Count");
            case Type.Str ignored -> Code.primary(expr(expression).atLeast(Code.PRIMARY) + ".Length");
            case Type.TupleOf tuple -> Code.primary(String.valueOf(tuple.elements().size()));
            default -> throw refuse("len() of a " + expression.type().python(), expression.span());
        };
        if (typed || expression.type() instanceof Type.Range) {
            return count;
        }
        return new Code("(" + context.intType() + ")" + count.atLeast(Code.UNARY), Code.UNARY);
    }

    Code builtin(Expr.BuiltinCall call, boolean typed) {
        List<Expr> args = call.arguments();
        Expr first = args.isEmpty() ? null : args.getFirst();
        return switch (call.builtin()) {
            case ABS -> first.type() instanceof Type.Float ? call("Math.Abs", expr(first))
                    : context.big ? call("BigInteger.Abs", expressions.integer(first, true)) : call("Math.Abs", expressions.integer(first, false));
            case ALL, ANY -> {
                String method = call.builtin() == Builtin.ALL ? ".All(" : ".Any(";
                Type element = Type.elementOf(first.type());
                String parameter = context.fresh("item");
                Code test = element instanceof Type.Bool ? Code.primary(parameter)
                        : expressions.truth(new Expr.Load(new dev.codelive.codelive.ir.Variable(parameter, element,
                        dev.codelive.codelive.ir.Variable.Scope.LOCAL), first.span()));
                yield Code.primary(iterable(first).atLeast(Code.PRIMARY) + method + parameter + " => " + test.atLeast(Code.CONDITIONAL) + ")");
            }
            case BOOL -> first == null ? Code.primary("false") : expressions.truth(first);
            case CHR -> call(context.use("Chr"), expressions.asLong(first));
            case ORD -> new Code("(" + context.intType() + ")" + expr(first).atLeast(Code.PRIMARY) + "[0]", Code.UNARY);
            case DIVMOD -> call.type().equals(new Type.TupleOf(List.of(Type.FLOAT, Type.FLOAT)))
                    ? call(context.use("DivModFloat"), expressions.number(first), expressions.number(args.get(1)))
                    : call(context.use("DivMod"), expressions.intArguments(first, args.get(1)));
            case ENUMERATE -> call(context.use("Enumerate"), iterable(first),
                    args.size() > 1 ? expressions.integer(args.get(1), false) : expressions.intLiteral(java.math.BigInteger.ZERO, false));
            case FLOAT -> first == null ? Code.primary("0.0") : switch (first.type()) {
                case Type.Str ignored -> call(context.use("ParseFloat"), expr(first));
                default -> expressions.number(first);
            };
            case INT -> first == null ? expressions.intLiteral(java.math.BigInteger.ZERO, typed) : switch (first.type()) {
                case Type.Str ignored -> call(context.use(context.big ? "ParseBigInt" : "ParseInt"), expr(first));
                case Type.Float ignored -> context.big ? Code.primary("new BigInteger(" + expr(first) + ")")
                        : new Code("(long)" + expr(first).atLeast(Code.UNARY), Code.UNARY);
                default -> expressions.integer(first, typed);
            };
            case LEN -> length(first, typed);
            case LIST -> first == null ? Code.primary("new " + expressions.types.of(call.type(), call.span()) + "()")
                    : Code.primary(iterable(first).atLeast(Code.PRIMARY) + ".ToList()");
            case MAX, MIN -> {
                String name = call.builtin() == Builtin.MAX ? "Max" : "Min";
                yield args.size() == 1 ? call(context.use(name), iterable(first))
                        : Code.primary(context.use(name) + "Of(" + args.stream().map(a -> a.type() instanceof Type.Int
                        ? expressions.integer(a, false).text() : expr(a).text()).collect(Collectors.joining(", ")) + ")");
            }
            case POW -> expressions.expr(new Expr.Binary(first, dev.codelive.codelive.syntax.BinaryOperator.POWER, args.get(1), call.type(),
                    call.span()));
            case REVERSED -> switch (first.type()) {
                case Type.Range ignored -> Code.primary(expr(first).atLeast(Code.PRIMARY) + ".Reverse()");
                case Type.Iter ignored -> throw refuse("reversed() of an iterator", first.span());
                case Type.TupleOf ignored -> Code.primary(iterable(first).atLeast(Code.PRIMARY) + ".Reverse()");
                default -> call(context.use("Reversed"), expr(first));
            };
            case ROUND -> round(call, first, typed);
            case SORTED -> call(context.use("Sorted"), iterable(first), args.size() > 1 ? expressions.truth(args.get(1)) : Code.primary("false"));
            case STR -> first == null ? Code.primary("\"\"") : expressions.text().str(first);
            case SUM -> sum(call, first);
            case ZIP -> {
                if (args.size() > 3) {
                    throw refuse("zip() of more than three iterables", call.span());
                }
                yield call(context.use("Zip"), args.stream().map(this::iterable).toArray(Code[]::new));
            }
        };
    }

    private Code round(Expr.BuiltinCall call, Expr value, boolean typed) {
        List<Expr> args = call.arguments();
        if (args.size() == 1) {
            if (value.type() instanceof Type.Float) {
                // Not Math.Round: Mono's rounds 2.5 up.
                String rounded = context.use("RoundHalfEven") + "(" + expr(value) + ")";
                return context.big ? Code.primary("new BigInteger(" + rounded + ")") : new Code("(long)" + rounded, Code.UNARY);
            }
            return expressions.integer(value, typed);
        }
        if (value.type() instanceof Type.Float) {
            return call(context.use("RoundFloat"), expr(value), expressions.asLong(args.get(1)));
        }
        if (call.type() instanceof Type.Float) {
            throw refuse("round() of an int typed as a float", call.span());
        }
        Code rounded = call(context.use("RoundInt"), expressions.integer(value, true), expressions.asLong(args.get(1)));
        return context.big ? rounded : new Code("(long)" + rounded.text(), Code.UNARY);
    }

    private Code sum(Expr.BuiltinCall call, Expr items) {
        Type element = Type.elementOf(items.type());
        boolean hasStart = call.arguments().size() > 1;
        if (call.type() instanceof Type.Float) {
            Code floats = element instanceof Type.Float ? iterable(items)
                    : Code.primary(iterable(items).atLeast(Code.PRIMARY) + ".Select(x => " + (element instanceof Type.Bool ? "x ? 1.0 : 0.0"
                    : context.big ? context.use("ToDouble") + "(x)" : "(double)x") + ")");
            return call(context.use("SumFloat"), floats, hasStart ? expressions.number(call.arguments().get(1)) : Code.primary("0.0"));
        }
        Code ints = element instanceof Type.Bool ? Code.primary(iterable(items).atLeast(Code.PRIMARY) + ".Select(x => x ? "
                + expressions.intLiteral(java.math.BigInteger.ONE, false) + " : " + expressions.intLiteral(java.math.BigInteger.ZERO, false) + ")")
                : iterable(items);
        return call(context.use("Sum"), ints, hasStart ? expressions.integer(call.arguments().get(1), true)
                : expressions.intLiteral(java.math.BigInteger.ZERO, context.big));
    }

    Code method(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        String target = expr(receiver).atLeast(Code.PRIMARY);
        List<Expr> args = call.arguments();
        if (receiver.type() instanceof Type.ListOf list) {
            boolean primitive = CsExpressions.primitive(list.element());
            return switch (call.method()) {
                case "append" -> Code.primary(target + ".Add(" + expressions.typed(args.getFirst()) + ")");
                case "pop" -> args.isEmpty() ? call(context.use("Pop"), expr(receiver))
                        : call(context.use("Pop"), expr(receiver), expressions.asLong(args.getFirst()));
                case "insert" -> call(context.use("Insert"), expr(receiver), expressions.asLong(args.getFirst()), expressions.typed(args.get(1)));
                case "extend" -> call(context.use("Extend"), expr(receiver), iterable(args.getFirst()));
                case "index" -> primitive ? new Code("(" + context.intType() + ")" + target + ".IndexOf(" + expressions.typed(args.getFirst()) + ")",
                        Code.UNARY) : call(context.use("IndexOf"), expr(receiver), expressions.typed(args.getFirst()));
                case "count" -> call(context.use("CountOf"), expr(receiver), expressions.typed(args.getFirst()));
                case "reverse" -> Code.primary(target + ".Reverse()");
                case "sort" -> call(context.use("Sort"), expr(receiver));
                case "copy" -> Code.primary("new " + expressions.types.of(list, call.span()) + "(" + expr(receiver) + ")");
                case "clear" -> Code.primary(target + ".Clear()");
                case "remove" -> call(context.use("Remove"), expr(receiver), expressions.typed(args.getFirst()));
                default -> throw refuse("the list method ." + call.method() + "()", call.span());
            };
        }
        if (receiver.type() instanceof Type.Str) {
            return switch (call.method()) {
                case "upper" -> Code.primary(target + ".ToUpperInvariant()");
                case "lower" -> Code.primary(target + ".ToLowerInvariant()");
                case "strip" -> call(context.use("Strip"), expr(receiver));
                case "lstrip" -> call(context.use("LStrip"), expr(receiver));
                case "rstrip" -> call(context.use("RStrip"), expr(receiver));
                case "isdigit" -> call(context.use("IsDigit"), expr(receiver));
                case "isalpha" -> call(context.use("IsAlpha"), expr(receiver));
                case "isalnum" -> call(context.use("IsAlnum"), expr(receiver));
                case "isspace" -> call(context.use("IsSpace"), expr(receiver));
                case "isupper" -> call(context.use("IsUpper"), expr(receiver));
                case "islower" -> call(context.use("IsLower"), expr(receiver));
                case "capitalize" -> call(context.use("Capitalize"), expr(receiver));
                case "title" -> call(context.use("Title"), expr(receiver));
                case "split" -> args.isEmpty() ? call(context.use("SplitWhitespace"), expr(receiver))
                        : call(context.use("Split"), expr(receiver), expr(args.getFirst()));
                case "join" -> call("string.Join", expr(receiver), iterable(args.getFirst()));
                case "replace" -> call(context.use("Replace"), expr(receiver), expr(args.getFirst()), expr(args.get(1)));
                case "startswith" -> Code.primary(target + ".StartsWith(" + expr(args.getFirst()) + ", StringComparison.Ordinal)");
                case "endswith" -> Code.primary(target + ".EndsWith(" + expr(args.getFirst()) + ", StringComparison.Ordinal)");
                case "find" -> new Code("(" + context.intType() + ")" + target + ".IndexOf(" + expr(args.getFirst()) + ", StringComparison.Ordinal)",
                        Code.UNARY);
                case "index" -> call(context.use("IndexStr"), expr(receiver), expr(args.getFirst()));
                case "count" -> call(context.use("CountStr"), expr(receiver), expr(args.getFirst()));
                default -> throw refuse("the str method ." + call.method() + "()", call.span());
            };
        }
        throw refuse("the method ." + call.method() + "() of a " + receiver.type().python(), call.span());
    }

    Code math(Expr.MathCall call, boolean typed) {
        List<Expr> args = call.arguments();
        String function = call.function();
        if (UNAVAILABLE.contains(function)) {
            throw refuse("math." + function + "() (no C library counterpart in C# 7 on Mono)", call.span());
        }
        return switch (function) {
            case "floor", "ceil", "trunc" -> {
                if (!(args.getFirst().type() instanceof Type.Float)) {
                    yield expressions.integer(args.getFirst(), typed);
                }
                String rounded = "Math." + (function.equals("floor") ? "Floor" : function.equals("ceil") ? "Ceiling" : "Truncate") + "("
                        + expr(args.getFirst()) + ")";
                yield context.big ? Code.primary("new BigInteger(" + rounded + ")") : new Code("(long)" + rounded, Code.UNARY);
            }
            case "gcd", "lcm", "isqrt", "factorial", "comb", "perm" -> bigMath(call);
            case "sqrt", "exp", "log10", "sin", "cos", "tan", "asin", "acos", "atan" ->
                    call("Math." + Character.toUpperCase(function.charAt(0)) + function.substring(1), expressions.number(args.getFirst()));
            case "log" -> args.size() == 1 ? call("Math.Log", expressions.number(args.getFirst()))
                    : CsExpressions.arithmetic(call("Math.Log", expressions.number(args.getFirst())), "/",
                    call("Math.Log", expressions.number(args.get(1))), Code.MULTIPLICATIVE);
            case "atan2" -> call("Math.Atan2", expressions.number(args.getFirst()), expressions.number(args.get(1)));
            case "pow" -> call("Math.Pow", expressions.number(args.getFirst()), expressions.number(args.get(1)));
            case "fabs" -> call("Math.Abs", expressions.number(args.getFirst()));
            case "copysign" -> call(context.use("CopySign"), expressions.number(args.getFirst()), expressions.number(args.get(1)));
            case "degrees" -> CsExpressions.arithmetic(expressions.number(args.getFirst()), "*", Code.primary("(180.0 / Math.PI)"),
                    Code.MULTIPLICATIVE);
            case "radians" -> CsExpressions.arithmetic(expressions.number(args.getFirst()), "*", Code.primary("(Math.PI / 180.0)"),
                    Code.MULTIPLICATIVE);
            case "isclose" -> {
                if (args.size() != 2) {
                    throw refuse("math.isclose() with tolerances", call.span());
                }
                yield call(context.use("IsClose"), expressions.number(args.getFirst()), expressions.number(args.get(1)));
            }
            case "isfinite" -> {
                Code x = expressions.number(args.getFirst());
                yield new Code("!double.IsInfinity(" + x + ") && !double.IsNaN(" + x + ")", Code.AND);
            }
            case "isnan" -> call("double.IsNaN", expressions.number(args.getFirst()));
            case "isinf" -> call("double.IsInfinity", expressions.number(args.getFirst()));
            default -> throw refuse("math." + function + "()", call.span());
        };
    }

    /** The exact int functions, computed on BigInteger (and narrowed back for a 64-bit program). */
    private Code bigMath(Expr.MathCall call) {
        List<Expr> args = call.arguments();
        String function = call.function();
        List<Code> values = args.stream().map(a -> context.big ? expressions.integer(a, true)
                : Code.primary("new BigInteger(" + expressions.integer(a, true) + ")")).toList();
        Code result = switch (function) {
            case "gcd", "lcm" -> {
                if (values.isEmpty()) {
                    yield Code.primary(function.equals("gcd") ? "BigInteger.Zero" : "BigInteger.One");
                }
                String helper = context.use(function.equals("gcd") ? "Gcd" : "Lcm");
                Code folded = values.size() == 1 ? call("BigInteger.Abs", values.getFirst()) : values.getFirst();
                for (Code next : values.subList(1, values.size())) {
                    folded = call(helper, folded, next);
                }
                yield folded;
            }
            case "isqrt" -> call(context.use("Isqrt"), values.getFirst());
            case "factorial" -> call(context.use("Factorial"), values.getFirst());
            default -> {
                if (values.size() != 2) {
                    throw refuse("math." + function + "() with " + values.size() + " arguments", call.span());
                }
                yield call(context.use(function.equals("comb") ? "Comb" : "Perm"), values.getFirst(), values.get(1));
            }
        };
        return context.big ? result : new Code("(long)" + result.atLeast(Code.UNARY), Code.UNARY);
    }
}
