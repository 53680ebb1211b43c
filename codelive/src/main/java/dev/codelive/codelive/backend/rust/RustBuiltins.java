package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Type;
import java.util.List;

/** Python's builtins, list and str methods and the math module, in Rust. */
final class RustBuiltins {
    private final RustExpressions expressions;
    private final RustContext context;

    RustBuiltins(RustExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    private String intType() {
        return context.types.intType();
    }

    private Rendered number(Expr expression, Type type) {
        return expressions.number(expression, type);
    }

    Rendered builtin(Expr.BuiltinCall call) {
        List<Expr> arguments = call.arguments();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        return switch (call.builtin()) {
            case ABS -> first.type() instanceof Type.Bool ? number(first, Type.INT)
                    : Rendered.atom(expressions.numericReceiver(number(first, first.type()), first.type()) + ".abs()");
            case BOOL -> first == null ? Rendered.atom("false") : expressions.truthy(first);
            case INT -> integer(first);
            case FLOAT -> floating(first);
            case STR -> first == null ? Rendered.atom("String::new()") : expressions.formatting.str(first);
            case LEN -> length(first);
            case CHR -> Rendered.atom("char::from_u32(" + number(first, Type.INT).at(Rendered.CAST) + " as u32).unwrap().to_string()");
            case ORD -> Rendered.value(expressions.receiver(first) + ".chars().next().unwrap() as " + intType(), Rendered.CAST);
            case DIVMOD -> first.type() instanceof Type.Float || arguments.get(1).type() instanceof Type.Float
                    ? expressions.call(RustHelper.FLOAT_DIVMOD, number(first, Type.FLOAT).code(), number(arguments.get(1), Type.FLOAT).code())
                    : expressions.call(RustHelper.DIVMOD, number(first, Type.INT).code(), number(arguments.get(1), Type.INT).code());
            case POW -> expressions.render(new Expr.Binary(first, dev.codelive.codelive.syntax.BinaryOperator.POWER, arguments.get(1),
                    call.type(), call.span()));
            case ROUND -> round(call);
            case MIN, MAX -> extreme(call, call.builtin() == Builtin.MIN);
            case SUM -> sum(call);
            case ANY, ALL -> {
                Type element = Type.elementOf(first.type());
                String test = expressions.truthy(Rendered.atom("x"), element).code();
                String method = call.builtin() == Builtin.ANY ? "any" : "all";
                yield Rendered.atom(expressions.iteration.iterator(first) + "." + method + "(|x| " + test + ")");
            }
            case SORTED -> sorted(call);
            case LIST -> first == null ? Rendered.atom("Vec::<" + context.types.of(((Type.ListOf) call.type()).element()) + ">::new()")
                    : first.type() instanceof Type.ListOf ? expressions.owned(expressions.render(first), first.type())
                    : Rendered.atom(expressions.iteration.iterator(first) + ".collect::<" + context.types.of(call.type()) + ">()");
            case ENUMERATE, ZIP, REVERSED -> Rendered.atom(expressions.iteration.iterator(call));
        };
    }

    private Rendered integer(Expr value) {
        if (value == null) {
            return Rendered.atom("0");
        }
        return switch (value.type()) {
            case Type.Int ignored -> expressions.owned(expressions.render(value), Type.INT);
            case Type.Bool ignored -> number(value, Type.INT);
            case Type.Float ignored -> Rendered.value(number(value, Type.FLOAT).at(Rendered.CAST) + " as " + intType(), Rendered.CAST);
            case Type.Str ignored -> Rendered.atom(expressions.receiver(value) + ".trim().parse::<" + intType() + ">().unwrap()");
            default -> throw RustContext.refuse("int() of a " + value.type().python(), value.span());
        };
    }

    private Rendered floating(Expr value) {
        if (value == null) {
            return Rendered.atom("0.0");
        }
        return switch (value.type()) {
            case Type.Str ignored -> Rendered.atom(expressions.receiver(value) + ".trim().parse::<f64>().unwrap()");
            case Type.Int ignored -> number(value, Type.FLOAT);
            case Type.Bool ignored -> number(value, Type.FLOAT);
            case Type.Float ignored -> number(value, Type.FLOAT);
            default -> throw RustContext.refuse("float() of a " + value.type().python(), value.span());
        };
    }

    private Rendered length(Expr value) {
        return switch (value.type()) {
            case Type.ListOf ignored -> Rendered.value(expressions.receiver(value) + ".len() as " + intType(), Rendered.CAST);
            case Type.Str ignored -> Rendered.value(expressions.receiver(value) + ".chars().count() as " + intType(), Rendered.CAST);
            case Type.TupleOf tuple -> Rendered.atom(String.valueOf(tuple.elements().size()));
            case Type.Range ignored -> {
                Expr.RangeOf range = (Expr.RangeOf) value;
                yield expressions.call(RustHelper.RANGE_LEN, number(range.start(), Type.INT).code(), number(range.stop(), Type.INT).code(),
                        number(range.step(), Type.INT).code());
            }
            default -> throw RustContext.refuse("len() of a " + value.type().python(), value.span());
        };
    }

    private Rendered round(Expr.BuiltinCall call) {
        Expr value = call.arguments().getFirst();
        if (call.arguments().size() == 1) {
            if (!(value.type() instanceof Type.Float)) {
                return number(value, Type.INT);
            }
            return Rendered.value(expressions.numericReceiver(number(value, Type.FLOAT), Type.FLOAT) + ".round_ties_even() as " + intType(), Rendered.CAST);
        }
        Expr digits = call.arguments().get(1);
        if (!(value.type() instanceof Type.Float)) {
            throw RustContext.refuse("round() of an int with a number of digits (Python answers an int)", call.span());
        }
        if (!context.nonNegative(digits)) {
            throw RustContext.refuse("round() to a number of digits that may be negative", digits.span());
        }
        return expressions.call(RustHelper.ROUND_TO, number(value, Type.FLOAT).code(), number(digits, Type.INT).code());
    }

    private Rendered extreme(Expr.BuiltinCall call, boolean min) {
        List<Expr> arguments = call.arguments();
        Type type = call.type();
        if (arguments.size() == 1) {
            String items = expressions.iteration.iterator(arguments.getFirst());
            if (RustTypes.isOrd(type)) {
                return Rendered.atom(items + (min ? ".min()" : ".max()") + ".unwrap()");
            }
            return expressions.call(min ? RustHelper.MIN_ITEM : RustHelper.MAX_ITEM, items);
        }
        if (type instanceof Type.Int) {
            Expr head = arguments.getFirst();
            String result = expressions.numericReceiver(number(head, Type.INT), Type.INT);
            for (Expr argument : arguments.subList(1, arguments.size())) {
                result = result + (min ? ".min(" : ".max(") + number(argument, Type.INT).code() + ")";
            }
            return Rendered.atom(result);
        }
        String result = null;
        for (Expr argument : arguments) {
            String value = type instanceof Type.Float ? number(argument, Type.FLOAT).code() : expressions.owned(argument);
            result = result == null ? value : expressions.call(min ? RustHelper.MIN_OF : RustHelper.MAX_OF, result, value).code();
        }
        return Rendered.atom(result);
    }

    private Rendered sum(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        Type element = Type.elementOf(iterable.type());
        String items = expressions.iteration.iterator(iterable);
        if (call.type() instanceof Type.Float) {
            String start = call.arguments().size() > 1 ? number(call.arguments().get(1), Type.FLOAT).code() : "0.0";
            String item = element instanceof Type.Float ? "x" : element instanceof Type.Bool ? "f64::from(x)" : "x as f64";
            return Rendered.atom(items + ".fold(" + start + ", |total, x| total + " + item + ")");
        }
        String total = element instanceof Type.Bool ? items + ".map(" + intType() + "::from).sum::<" + intType() + ">()"
                : items + ".sum::<" + intType() + ">()";
        if (call.arguments().size() > 1) {
            return RustExpressions.infix(number(call.arguments().get(1), Type.INT), "+", Rendered.atom(total), Rendered.ADD);
        }
        return Rendered.atom(total);
    }

    private Rendered sorted(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        String items = iterable.type() instanceof Type.ListOf ? expressions.owned(iterable)
                : expressions.iteration.iterator(iterable) + ".collect::<" + context.types.of(call.type()) + ">()";
        if (call.arguments().size() == 1) {
            return expressions.call(RustHelper.SORTED, items);
        }
        Expr reverse = call.arguments().get(1);
        if (reverse instanceof Expr.BoolConst constant) {
            return expressions.call(constant.value() ? RustHelper.SORTED_DESCENDING : RustHelper.SORTED, items);
        }
        context.use(RustHelper.SORTED);
        context.use(RustHelper.SORTED_DESCENDING);
        return Rendered.atom("if " + expressions.truthy(reverse).code() + " { sorted_descending(" + items + ") } else { sorted(" + items + ") }");
    }

    // ---- methods ----------------------------------------------------------------------------------------------------

    Rendered method(Expr.MethodCall call) {
        if (call.receiver().type() instanceof Type.ListOf) {
            return listMethod(call);
        }
        return strMethod(call);
    }

    private Rendered listMethod(Expr.MethodCall call) {
        Rendered list = expressions.render(call.receiver());
        if (isMutating(call.method()) && (list.shape() == Shape.REF || list.shape() == Shape.SLICE)) {
            throw RustContext.refuse("changing a list the function only borrows", call.span());
        }
        String receiver = list.at(Rendered.ATOM);
        Type element = ((Type.ListOf) call.receiver().type()).element();
        List<Expr> arguments = call.arguments();
        return switch (call.method()) {
            case "append" -> Rendered.atom(receiver + ".push(" + expressions.owned(arguments.getFirst()) + ")");
            case "pop" -> arguments.isEmpty() ? Rendered.atom(receiver + ".pop().unwrap()")
                    : Rendered.atom(receiver + ".remove(" + expressions.position(list, arguments.getFirst()) + ")");
            case "insert" -> arguments.getFirst() instanceof Expr.IntConst constant && constant.value().signum() == 0
                    ? Rendered.atom(receiver + ".insert(0, " + expressions.owned(arguments.get(1)) + ")")
                    : expressions.call(RustHelper.INSERT, mutableBorrow(list), number(arguments.getFirst(), Type.INT).code(),
                            expressions.owned(arguments.get(1)));
            case "extend" -> {
                Expr other = arguments.getFirst();
                if (mentionsReceiver(call)) {
                    yield Rendered.atom(receiver + ".extend(" + expressions.owned(other) + ")");
                }
                yield other.type() instanceof Type.ListOf
                        ? Rendered.atom(receiver + ".extend_from_slice(" + expressions.borrowed(other) + ")")
                        : Rendered.atom(receiver + ".extend(" + expressions.iteration.iterator(other) + ")");
            }
            case "index" -> Rendered.value(receiver + ".iter().position(|x| " + equalsItem(element, arguments.getFirst()) + ").unwrap() as "
                    + intType(), Rendered.CAST);
            case "count" -> Rendered.value(receiver + ".iter().filter(|&x| " + equalsItem(element, arguments.getFirst()) + ").count() as "
                    + intType(), Rendered.CAST);
            case "remove" -> Rendered.atom(receiver + ".remove(" + receiver + ".iter().position(|x| " + equalsItem(element, arguments.getFirst())
                    + ").unwrap())");
            case "reverse" -> Rendered.atom(receiver + ".reverse()");
            case "sort" -> RustTypes.isOrd(element) ? Rendered.atom(receiver + ".sort()")
                    : Rendered.atom(receiver + ".sort_by(|a, b| a.partial_cmp(b).unwrap())");
            case "copy" -> expressions.owned(list, call.receiver().type());
            case "clear" -> Rendered.atom(receiver + ".clear()");
            default -> throw RustContext.refuse("the list method ." + call.method() + "()", call.span());
        };
    }

    private static boolean isMutating(String method) {
        return List.of("append", "pop", "insert", "extend", "remove", "reverse", "sort", "clear").contains(method);
    }

    private static boolean mentionsReceiver(Expr.MethodCall call) {
        if (!(call.receiver() instanceof Expr.Load load)) {
            return true;
        }
        boolean[] found = {false};
        call.arguments().forEach(argument -> IrWalk.expressions(argument,
                inner -> found[0] |= inner instanceof Expr.Load other && other.variable().equals(load.variable())));
        return found[0];
    }

    private static String mutableBorrow(Rendered list) {
        return list.shape() == Shape.MUTREF ? list.code() : "&mut " + list.at(Rendered.UNARY);
    }

    /** {@code *x == value} for x a {@code &T} of the list being searched. */
    private String equalsItem(Type element, Expr value) {
        return expressions.ordered(value, new Rendered("x", Shape.REF, Rendered.ATOM), "==", value, expressions.render(value));
    }

    private Rendered strMethod(Expr.MethodCall call) {
        String s = expressions.receiver(call.receiver());
        List<Expr> arguments = call.arguments();
        Rendered argument = arguments.isEmpty() ? null : expressions.render(arguments.getFirst());
        String pattern = argument == null ? null : RustIteration.patternArgument(argument);
        return switch (call.method()) {
            case "upper" -> Rendered.atom(s + ".to_uppercase()");
            case "lower" -> Rendered.atom(s + ".to_lowercase()");
            case "strip" -> new Rendered(s + ".trim()", Shape.SLICE, Rendered.ATOM);
            case "lstrip" -> new Rendered(s + ".trim_start()", Shape.SLICE, Rendered.ATOM);
            case "rstrip" -> new Rendered(s + ".trim_end()", Shape.SLICE, Rendered.ATOM);
            case "split" -> arguments.isEmpty()
                    ? Rendered.atom(s + ".split_whitespace().map(String::from).collect::<Vec<String>>()")
                    : Rendered.atom(s + ".split(" + pattern + ").map(String::from).collect::<Vec<String>>()");
            case "join" -> join(s, arguments.getFirst());
            case "replace" -> Rendered.atom(s + ".replace(" + pattern + ", " + RustIteration.patternArgument(expressions.render(arguments.get(1))) + ")");
            case "startswith" -> Rendered.atom(s + ".starts_with(" + pattern + ")");
            case "endswith" -> Rendered.atom(s + ".ends_with(" + pattern + ")");
            case "find" -> expressions.call(RustHelper.STR_FIND, expressions.borrowed(call.receiver()), expressions.borrowed(argument));
            case "index" -> Rendered.atom("{ let at = " + expressions.call(RustHelper.STR_FIND, expressions.borrowed(call.receiver()),
                    expressions.borrowed(argument)).code() + "; assert!(at >= 0, \"substring not found\"); at }");
            case "count" -> Rendered.value(s + ".matches(" + pattern + ").count() as " + intType(), Rendered.CAST);
            case "isdigit" -> Rendered.value("!" + s + ".is_empty() && " + s + ".chars().all(|c| c.is_ascii_digit())", Rendered.AND);
            case "isalpha" -> Rendered.value("!" + s + ".is_empty() && " + s + ".chars().all(char::is_alphabetic)", Rendered.AND);
            case "isalnum" -> Rendered.value("!" + s + ".is_empty() && " + s + ".chars().all(char::is_alphanumeric)", Rendered.AND);
            case "isspace" -> Rendered.value("!" + s + ".is_empty() && " + s + ".chars().all(char::is_whitespace)", Rendered.AND);
            case "isupper" -> expressions.call(RustHelper.IS_UPPER, expressions.borrowed(call.receiver()));
            case "islower" -> expressions.call(RustHelper.IS_LOWER, expressions.borrowed(call.receiver()));
            case "title" -> expressions.call(RustHelper.TITLE, expressions.borrowed(call.receiver()));
            case "capitalize" -> expressions.call(RustHelper.CAPITALIZE, expressions.borrowed(call.receiver()));
            default -> throw RustContext.refuse("the str method ." + call.method() + "()", call.span());
        };
    }

    private Rendered join(String separator, Expr items) {
        if (items.type() instanceof Type.ListOf) {
            return Rendered.atom(expressions.receiver(items) + ".join(" + separatorArgument(separator) + ")");
        }
        return Rendered.atom(expressions.iteration.iterator(items) + ".collect::<Vec<String>>().join(" + separatorArgument(separator) + ")");
    }

    private static String separatorArgument(String separator) {
        return separator.startsWith("\"") ? separator : "&" + separator;
    }

    // ---- math -------------------------------------------------------------------------------------------------------

    Rendered math(Expr.MathCall call) {
        List<Expr> arguments = call.arguments();
        String name = call.function();
        return switch (name) {
            case "floor", "ceil", "trunc" -> {
                Expr value = arguments.getFirst();
                if (!(value.type() instanceof Type.Float)) {
                    yield number(value, Type.INT);
                }
                yield Rendered.value(expressions.numericReceiver(number(value, Type.FLOAT), Type.FLOAT) + "." + name + "() as " + intType(), Rendered.CAST);
            }
            case "gcd", "lcm" -> {
                RustHelper helper = name.equals("gcd") ? RustHelper.GCD : RustHelper.LCM;
                Rendered result = expressions.call(helper, ints(arguments.subList(0, Math.min(2, arguments.size()))));
                for (Expr more : arguments.subList(Math.min(2, arguments.size()), arguments.size())) {
                    result = expressions.call(helper, result.code(), number(more, Type.INT).code());
                }
                if (arguments.size() == 1) {
                    yield Rendered.atom(expressions.numericReceiver(number(arguments.getFirst(), Type.INT), Type.INT) + ".abs()");
                }
                yield result;
            }
            case "isqrt" -> expressions.call(RustHelper.ISQRT, ints(arguments));
            case "factorial" -> expressions.call(RustHelper.FACTORIAL, ints(arguments));
            case "comb" -> expressions.call(RustHelper.COMB, ints(arguments));
            case "perm" -> {
                if (arguments.size() != 2) {
                    throw RustContext.refuse("math.perm() with one argument", call.span());
                }
                yield expressions.call(RustHelper.PERM, ints(arguments));
            }
            case "sqrt", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan" ->
                    Rendered.atom(floatArgument(arguments.getFirst()) + "." + name + "()");
            case "log" -> arguments.size() == 1 ? Rendered.atom(floatArgument(arguments.getFirst()) + ".ln()")
                    : Rendered.value(floatArgument(arguments.getFirst()) + ".ln() / " + floatArgument(arguments.get(1)) + ".ln()", Rendered.MULTIPLY);
            case "fabs" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".abs()");
            case "atan2" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".atan2(" + number(arguments.get(1), Type.FLOAT).code() + ")");
            case "hypot" -> {
                if (arguments.size() != 2) {
                    throw RustContext.refuse("math.hypot() of other than two values", call.span());
                }
                yield Rendered.atom(floatArgument(arguments.getFirst()) + ".hypot(" + number(arguments.get(1), Type.FLOAT).code() + ")");
            }
            case "pow" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".powf(" + number(arguments.get(1), Type.FLOAT).code() + ")");
            case "copysign" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".copysign(" + number(arguments.get(1), Type.FLOAT).code() + ")");
            case "degrees" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".to_degrees()");
            case "radians" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".to_radians()");
            case "isclose" -> {
                if (arguments.size() != 2) {
                    throw RustContext.refuse("math.isclose() with tolerances", call.span());
                }
                yield expressions.call(RustHelper.ISCLOSE, number(arguments.getFirst(), Type.FLOAT).code(), number(arguments.get(1), Type.FLOAT).code());
            }
            case "isfinite" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".is_finite()");
            case "isinf" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".is_infinite()");
            case "isnan" -> Rendered.atom(floatArgument(arguments.getFirst()) + ".is_nan()");
            default -> throw RustContext.refuse("math." + name + "()", call.span());
        };
    }

    private String floatArgument(Expr value) {
        return expressions.numericReceiver(number(value, Type.FLOAT), Type.FLOAT);
    }

    private String[] ints(List<Expr> arguments) {
        return arguments.stream().map(argument -> number(argument, Type.INT).code()).toArray(String[]::new);
    }
}
