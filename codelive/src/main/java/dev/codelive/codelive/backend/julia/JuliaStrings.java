package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.util.List;

/** str(), repr(), f-strings (as Julia string interpolation) with their format specs, and the str methods. */
final class JuliaStrings {
    private final JuliaExpressions expressions;

    JuliaStrings(JuliaExpressions expressions) {
        this.expressions = expressions;
    }

    /** A Julia string literal: backslash, quote and {@code $} escaped, control characters as escapes. */
    static String literal(String value) {
        return "\"" + escape(value) + "\"";
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '$' -> out.append("\\$");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if (Character.getType(c) == Character.UNASSIGNED || Character.isISOControl(c) || c >= 0xd800 && c <= 0xdfff) {
                        out.append(String.format("\\U%08x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Whether a type's str() could contain a float (which needs the float methods of pyrepr). */
    private static boolean holdsFloat(Type type) {
        return switch (type) {
            case Type.Float ignored -> true;
            case Type.ListOf list -> holdsFloat(list.element());
            case Type.TupleOf tuple -> tuple.elements().stream().anyMatch(JuliaStrings::holdsFloat);
            default -> false;
        };
    }

    private static boolean holdsStr(Type type) {
        return switch (type) {
            case Type.Str ignored -> true;
            case Type.ListOf list -> holdsStr(list.element());
            case Type.TupleOf tuple -> tuple.elements().stream().anyMatch(JuliaStrings::holdsStr);
            default -> false;
        };
    }

    /** The pystr/pyrepr function, with the methods the value's type needs. */
    private String container(String function, Expr value) {
        expressions.prelude().use(JuliaHelper.REPR, "");
        if (holdsFloat(value.type())) {
            expressions.prelude().use(JuliaHelper.REPR_FLOAT, "");
        }
        if (holdsStr(value.type())) {
            expressions.prelude().use(JuliaHelper.REPR_STR, "");
        }
        return function;
    }

    /** {@code str(value)}. */
    Jl str(Expr value) {
        return switch (value.type()) {
            case Type.Str ignored -> expressions.write(value);
            case Type.Int ignored -> Jl.call("string", expressions.write(value));
            case Type.Bool ignored -> new Jl(expressions.write(value).at(Jl.TERNARY + 1) + " ? \"True\" : \"False\"", Jl.TERNARY);
            case Type.Float ignored -> Jl.call(expressions.prelude().use(JuliaHelper.FLOAT, "pyfloat"), expressions.write(value));
            case Type.None ignored -> value instanceof Expr.NoneConst ? Jl.atom("\"None\"")
                    : Jl.call(container("pystr", value), expressions.write(value));
            case Type.ListOf ignored -> Jl.call(container("pystr", value), expressions.write(value));
            case Type.TupleOf ignored -> Jl.call(container("pystr", value), expressions.write(value));
            default -> throw JuliaExpressions.refuse("str() of a " + value.type().python() + " value", value.span());
        };
    }

    /** {@code repr(value)}: strs quoted, the rest as str(). */
    Jl repr(Expr value) {
        if (value.type() instanceof Type.Str) {
            return Jl.call(container("pyrepr", value), expressions.write(value));
        }
        return str(value);
    }

    /** A value as print() writes it: Julia prints ints and strings as Python does, the rest goes through str(). */
    Jl printed(Expr value) {
        return value.type() instanceof Type.Int || value.type() instanceof Type.Str ? expressions.write(value) : str(value);
    }

    Jl fstring(Expr.FString fstring) {
        StringBuilder out = new StringBuilder("\"");
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text text -> out.append(escape(text.text()));
                case Expr.FString.Part.Value value -> {
                    Jl formatted = formatted(value);
                    out.append("$").append(formatted.precedence() == Jl.ATOM && formatted.text().matches("[A-Za-z_][A-Za-z0-9_]*")
                            ? "(" + formatted.text() + ")" : "(" + formatted.text() + ")");
                }
            }
        }
        return Jl.atom(out.append('"').toString());
    }

    private Jl formatted(Expr.FString.Part.Value part) {
        Expr value = part.value();
        if (part.conversion() == Conversion.ASCII) {
            throw JuliaExpressions.refuse("the !a conversion", value.span());
        }
        Jl converted = switch (part.conversion()) {
            case REPR -> repr(value);
            case STR -> str(value);
            default -> null;
        };
        if (part.spec().isEmpty()) {
            return converted != null ? converted : value.type() instanceof Type.Int ? expressions.write(value) : str(value);
        }
        FormatSpec spec = FormatSpec.parse(part.spec(), FormatSpec.Subset.SQL_JULIA)
                .orElseThrow(() -> JuliaExpressions.refuse("the format spec '" + part.spec() + "'", value.span()));
        if (converted != null || value.type() instanceof Type.Str) {
            if (spec.sign() != 0 || spec.grouping() != 0 || spec.type() != 0 && spec.type() != 's') {
                throw JuliaExpressions.refuse("this format spec for a str", value.span());
            }
            Jl text = converted != null ? converted : expressions.write(value);
            Jl body = spec.precision() >= 0 ? Jl.call("first", text, Jl.atom(String.valueOf(spec.precision()))) : text;
            return layout(body, spec, '<');
        }
        return switch (value.type()) {
            case Type.Int ignored -> formatInt(value, spec);
            case Type.Bool ignored -> formatInt(value, spec);
            case Type.Float ignored -> formatFloat(expressions.write(value), spec, value.span());
            default -> throw JuliaExpressions.refuse("format specs for a " + value.type().python() + " value", value.span());
        };
    }

    private Jl formatInt(Expr value, FormatSpec spec) {
        int base = switch (spec.type()) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            case 0, 'd' -> 10;
            default -> 0;
        };
        if (base == 0) {
            return formatFloat(expressions.asFloat(value), spec, value.span());
        }
        if (spec.precision() >= 0) {
            throw JuliaExpressions.refuse("a precision in the format spec of an int", value.span());
        }
        Jl number = expressions.number(value);
        Jl body = base == 10 && spec.sign() == 0 && spec.grouping() == 0 ? Jl.call("string", number)
                : Jl.call(expressions.prelude().use(JuliaHelper.FORMAT, "pyformat_int"), number, Jl.atom(String.valueOf(base)),
                        Jl.atom(plus(spec)), Jl.atom(spec.grouping() != 0 ? "true" : "false"));
        return layout(body, spec, '>');
    }

    private Jl formatFloat(Jl value, FormatSpec spec, Span span) {
        char type = spec.type();
        if (type == 0 && spec.precision() >= 0 || "xobds".indexOf(type) >= 0 && type != 0) {
            throw JuliaExpressions.refuse("this format spec for a float", span);
        }
        Jl body;
        if (type == 0 && spec.sign() == 0 && spec.grouping() == 0) {
            body = Jl.call(expressions.prelude().use(JuliaHelper.FLOAT, "pyfloat"), value);
        } else {
            char kind = type == 0 ? 'r' : type;
            body = Jl.call(expressions.prelude().use(JuliaHelper.FORMAT, "pyformat_float"), value, Jl.atom("'" + kind + "'"),
                    Jl.atom(String.valueOf(spec.precision() >= 0 ? spec.precision() : 6)), Jl.atom(plus(spec)),
                    Jl.atom(spec.grouping() != 0 ? "true" : "false"));
        }
        return layout(body, spec, '>');
    }

    private static String plus(FormatSpec spec) {
        return switch (spec.sign()) {
            case '+' -> "\"+\"";
            case ' ' -> "\" \"";
            default -> "\"\"";
        };
    }

    private Jl layout(Jl body, FormatSpec spec, char typeDefault) {
        if (spec.width() < 0) {
            return body;
        }
        String fill = new String(Character.toChars(spec.padding()));
        String fillLiteral = "'" + (fill.equals("'") || fill.equals("\\") ? "\\" + fill : fill) + "'";
        return Jl.call(expressions.prelude().use(JuliaHelper.FORMAT, "pylayout"), body, Jl.atom(fillLiteral),
                Jl.atom("'" + spec.alignFor(typeDefault) + "'"), Jl.atom(String.valueOf(spec.width())));
    }

    /** A str method call. */
    Jl method(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        List<Expr> arguments = call.arguments();
        Jl s = expressions.write(receiver);
        Span span = call.span();
        return switch (call.method()) {
            case "upper" -> Jl.call("uppercase", s);
            case "lower" -> Jl.call("lowercase", s);
            case "strip", "lstrip", "rstrip" -> arguments.isEmpty() ? Jl.call("String", Jl.call(call.method(), s))
                    : Jl.call("String", Jl.call(call.method(), s, Jl.call("collect", expressions.write(arguments.getFirst()))));
            case "split" -> arguments.isEmpty() ? Jl.atom("String.(split(" + s.text() + "))")
                    : Jl.atom("String.(split(" + s.text() + ", " + expressions.text(arguments.getFirst()) + "))");
            case "join" -> Jl.call("join", expressions.collection(arguments.getFirst()), s);
            case "replace" -> Jl.call("replace", s, Jl.atom(expressions.write(arguments.get(0)).at(Jl.COMPARE + 1) + " => "
                    + expressions.write(arguments.get(1)).at(Jl.COMPARE + 1)));
            case "startswith", "endswith" -> Jl.call(call.method(), s, expressions.write(arguments.getFirst()));
            case "find", "index" -> Jl.call(expressions.prelude().use(JuliaHelper.FIND, "pyfind"), s, expressions.write(arguments.getFirst()));
            case "count" -> Jl.call("count", expressions.write(arguments.getFirst()), s);
            case "isdigit" -> nonEmptyAll(receiver, "isdigit");
            case "isalpha" -> nonEmptyAll(receiver, "isletter");
            case "isalnum" -> nonEmptyAll(receiver, "c -> isletter(c) || isnumeric(c)");
            case "isspace" -> nonEmptyAll(receiver, "isspace");
            case "isupper" -> Jl.call(expressions.prelude().use(JuliaHelper.CASE, "pyisupper"), s);
            case "islower" -> Jl.call(expressions.prelude().use(JuliaHelper.CASE, "pyislower"), s);
            case "title" -> Jl.call(expressions.prelude().use(JuliaHelper.TITLE, "pytitle"), s);
            case "capitalize" -> Jl.call("uppercasefirst", Jl.call("lowercase", s));
            default -> throw JuliaExpressions.refuse("the str method ." + call.method() + "()", span);
        };
    }

    /** {@code s.isdigit()} and friends: true for a non-empty str whose every character passes. */
    private Jl nonEmptyAll(Expr receiver, String predicate) {
        expressions.requirePure(receiver, "a str test");
        String s = expressions.text(receiver);
        return new Jl("!isempty(" + s + ") && all(" + predicate + ", " + s + ")", Jl.AND);
    }
}
