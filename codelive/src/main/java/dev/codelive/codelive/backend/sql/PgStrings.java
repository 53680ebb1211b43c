package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** str(), repr(), f-strings with their format specs, and the str methods, in PostgreSQL. */
final class PgStrings {
    /** The whitespace Python's strip() and split() remove (the ASCII and Latin-1 part of it). */
    private static final String WHITESPACE = "E' \\t\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x1f'";

    private final PgExpressions expressions;

    PgStrings(PgExpressions expressions) {
        this.expressions = expressions;
    }

    /** {@code str(value)}. */
    Sql str(Expr value) {
        return switch (value.type()) {
            case Type.Str ignored -> expressions.write(value);
            case Type.Int ignored -> expressions.write(value).cast("text");
            case Type.Bool ignored -> Sql.atom("CASE WHEN " + expressions.text(value) + " THEN 'True' ELSE 'False' END");
            case Type.Float ignored -> Sql.atom(expressions.prelude().use(PgHelper.FLOAT_REPR) + "(" + expressions.text(value) + ")");
            case Type.None ignored when value instanceof Expr.NoneConst -> Sql.atom("'None'");
            case Type.ListOf list -> {
                expressions.types().sql(list, value.span());
                yield Sql.atom(expressions.prelude().useListRepr(list.element()) + "(" + expressions.text(value) + ")");
            }
            case Type.TupleOf ignored when value instanceof Expr.TupleLiteral tuple -> tuple(tuple);
            default -> throw Refusals.refuse("str() of a " + value.type().python() + " value", value.span());
        };
    }

    /** {@code repr(value)}: quotes strs, like str() for the rest. */
    Sql repr(Expr value) {
        if (value.type() instanceof Type.Str) {
            return Sql.atom(expressions.prelude().use(PgHelper.STR_REPR) + "(" + expressions.text(value) + ")");
        }
        return str(value);
    }

    private Sql tuple(Expr.TupleLiteral tuple) {
        List<Sql> parts = new ArrayList<>();
        parts.add(Sql.atom("'('"));
        for (int i = 0; i < tuple.elements().size(); i++) {
            if (i > 0) {
                parts.add(Sql.atom("', '"));
            }
            parts.add(repr(tuple.elements().get(i)));
        }
        parts.add(Sql.atom(tuple.elements().size() == 1 ? "',)'" : "')'"));
        return concat(parts);
    }

    /** Joins text pieces with {@code ||}, merging adjacent literal pieces. */
    static Sql concat(List<Sql> parts) {
        List<String> texts = new ArrayList<>();
        for (Sql part : parts) {
            String text = part.at(Sql.CONCAT + 1);
            if (!texts.isEmpty() && isPlainLiteral(text) && isPlainLiteral(texts.getLast())) {
                String last = texts.removeLast();
                texts.add(last.substring(0, last.length() - 1) + text.substring(1));
            } else {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            return Sql.atom("''");
        }
        return texts.size() == 1 ? parts.size() == 1 ? parts.getFirst() : Sql.atom(texts.getFirst())
                : new Sql(String.join(" || ", texts), Sql.CONCAT);
    }

    private static boolean isPlainLiteral(String text) {
        return text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
    }

    Sql fstring(Expr.FString fstring) {
        List<Sql> parts = new ArrayList<>();
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text text -> parts.add(Sql.atom(PgLiterals.string(text.text(), fstring.span())));
                case Expr.FString.Part.Value value -> parts.add(formatted(value, fstring.span()));
            }
        }
        return concat(parts);
    }

    private Sql formatted(Expr.FString.Part.Value part, Span span) {
        Expr value = part.value();
        if (part.conversion() == Conversion.ASCII) {
            throw Refusals.refuse("the !a conversion", value.span());
        }
        Sql converted = switch (part.conversion()) {
            case REPR -> repr(value);
            case STR -> str(value);
            default -> null;
        };
        if (part.spec().isEmpty()) {
            return converted != null ? converted : str(value);
        }
        FormatSpec spec = FormatSpec.parse(part.spec(), FormatSpec.Subset.SQL_JULIA)
                .orElseThrow(() -> Refusals.refuse("the format spec '" + part.spec() + "'", value.span()));
        if (converted != null || value.type() instanceof Type.Str) {
            return formatText(converted != null ? converted : expressions.write(value), spec, value.span());
        }
        expressions.requirePure(value, "a formatted value");
        return switch (value.type()) {
            case Type.Int ignored -> formatInt(value, spec);
            case Type.Bool ignored -> formatInt(value, spec);
            case Type.Float ignored -> formatFloat(expressions.write(value), spec, value.span());
            default -> throw Refusals.refuse("format specs for a " + value.type().python() + " value", value.span());
        };
    }

    private Sql formatText(Sql text, FormatSpec spec, Span span) {
        if (spec.sign() != 0 || spec.grouping() != 0 || spec.type() != 0 && spec.type() != 's') {
            throw Refusals.refuse("this format spec for a str", span);
        }
        Sql body = spec.precision() >= 0 ? Sql.atom("left(" + text.text() + ", " + spec.precision() + ")") : text;
        return layout(body, spec, '<');
    }

    private Sql formatInt(Expr value, FormatSpec spec) {
        int base = switch (spec.type()) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            case 0, 'd' -> 10;
            default -> 0;
        };
        if (base == 0) {
            // 'f', 'e' and '%' format the int as a float
            return formatFloat(expressions.asFloat(value), spec, value.span());
        }
        if (spec.precision() >= 0) {
            throw Refusals.refuse("a precision in the format spec of an int", value.span());
        }
        Sql number = expressions.number(value);
        Sql body = base == 10 && spec.sign() == 0 && spec.grouping() == 0
                ? number.cast("text")
                : Sql.atom(expressions.prelude().use(PgHelper.INT_FORMAT) + "(" + number.text() + ", " + base + ", " + plus(spec) + ", "
                        + (spec.grouping() != 0 ? "TRUE" : "FALSE") + ")");
        return layout(body, spec, '>');
    }

    private Sql formatFloat(Sql value, FormatSpec spec, Span span) {
        char type = spec.type();
        if (type == 0 && spec.precision() >= 0 || type == 'x' || type == 'o' || type == 'b' || type == 'd' || type == 's') {
            throw Refusals.refuse("the format spec '" + describe(spec) + "' for a float", span);
        }
        Sql body;
        if (type == 0 && spec.sign() == 0 && spec.grouping() == 0) {
            body = Sql.atom(expressions.prelude().use(PgHelper.FLOAT_REPR) + "(" + value.text() + ")");
        } else {
            String kind = type == 0 ? "r" : String.valueOf(type);
            int places = spec.precision() >= 0 ? spec.precision() : 6;
            body = Sql.atom(expressions.prelude().use(PgHelper.FLOAT_FORMAT) + "(" + value.text() + ", '" + kind + "', " + places + ", "
                    + plus(spec) + ", " + (spec.grouping() != 0 ? "TRUE" : "FALSE") + ")");
        }
        return layout(body, spec, '>');
    }

    private static String describe(FormatSpec spec) {
        return (spec.precision() >= 0 ? "." + spec.precision() : "") + (spec.type() == 0 ? "" : String.valueOf(spec.type()));
    }

    private static String plus(FormatSpec spec) {
        return switch (spec.sign()) {
            case '+' -> "'+'";
            case ' ' -> "' '";
            default -> "''";
        };
    }

    private Sql layout(Sql body, FormatSpec spec, char typeDefault) {
        if (spec.width() < 0) {
            return body;
        }
        String fill = PgLiterals.string(new String(Character.toChars(spec.padding())), null);
        return Sql.atom(expressions.prelude().use(PgHelper.LAYOUT) + "(" + body.text() + ", " + fill + ", '" + spec.alignFor(typeDefault) + "', "
                + spec.width() + ")");
    }

    /** A str method call. */
    Sql method(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        List<Expr> arguments = call.arguments();
        String s = expressions.text(receiver);
        Span span = call.span();
        return switch (call.method()) {
            case "upper", "lower" -> Sql.atom(call.method() + "(" + s + ")");
            case "strip" -> Sql.atom("btrim(" + s + ", " + characters(arguments) + ")");
            case "lstrip" -> Sql.atom("ltrim(" + s + ", " + characters(arguments) + ")");
            case "rstrip" -> Sql.atom("rtrim(" + s + ", " + characters(arguments) + ")");
            case "split" -> arguments.isEmpty()
                    ? Sql.atom(expressions.prelude().use(PgHelper.SPLIT) + "(" + s + ")")
                    : Sql.atom(expressions.prelude().use(PgHelper.SPLIT_ON) + "(" + s + ", " + nonEmpty(arguments.getFirst(), "split()") + ")");
            case "join" -> Sql.atom("array_to_string(" + expressions.collections().array(arguments.getFirst()).text() + ", " + s + ")");
            case "replace" -> Sql.atom("replace(" + s + ", " + nonEmpty(arguments.get(0), "replace()") + ", " + expressions.text(arguments.get(1)) + ")");
            case "startswith" -> Sql.atom("starts_with(" + s + ", " + expressions.text(arguments.getFirst()) + ")");
            case "endswith" -> {
                Expr suffix = expressions.requirePure(arguments.getFirst(), "endswith()");
                String text = expressions.text(suffix);
                yield Sql.binary(Sql.atom("right(" + s + ", char_length(" + text + "))"), "=", expressions.write(suffix), Sql.COMPARE);
            }
            case "find", "index" -> Sql.binary(Sql.atom("strpos(" + s + ", " + expressions.text(arguments.getFirst()) + ")"), "-",
                    Sql.atom("1"), Sql.ADD);
            case "count" -> {
                expressions.requirePure(receiver, "str.count()");
                String sub = nonEmpty(expressions.requirePure(arguments.getFirst(), "str.count()"), "count()");
                yield Sql.atom("((char_length(" + s + ") - char_length(replace(" + s + ", " + sub + ", ''))) / char_length(" + sub + "))");
            }
            case "isdigit" -> Sql.binary(Sql.atom(s), "~", Sql.atom("'^[0-9]+$'"), Sql.COMPARE);
            case "isalpha" -> Sql.binary(Sql.atom(s), "~", Sql.atom("'^[[:alpha:]]+$'"), Sql.COMPARE);
            case "isalnum" -> Sql.binary(Sql.atom(s), "~", Sql.atom("'^[[:alnum:]]+$'"), Sql.COMPARE);
            case "isspace" -> Sql.binary(Sql.atom(s), "~", Sql.atom("'^[[:space:]]+$'"), Sql.COMPARE);
            case "isupper", "islower" -> {
                expressions.requirePure(receiver, "str." + call.method() + "()");
                String same = call.method().equals("isupper") ? "upper" : "lower";
                String other = call.method().equals("isupper") ? "lower" : "upper";
                yield Sql.atom("(" + s + " = " + same + "(" + s + ") AND " + s + " <> " + other + "(" + s + "))");
            }
            case "capitalize" -> {
                expressions.requirePure(receiver, "str.capitalize()");
                yield new Sql("upper(left(" + s + ", 1)) || lower(substr(" + s + ", 2))", Sql.CONCAT);
            }
            default -> throw Refusals.refuse("the str method ." + call.method() + "()", span);
        };
    }

    private String characters(List<Expr> arguments) {
        return arguments.isEmpty() ? WHITESPACE : expressions.text(arguments.getFirst());
    }

    /** A separator or pattern argument, refused when it is the empty string (Python's meaning differs from SQL's). */
    private String nonEmpty(Expr argument, String where) {
        if (!(argument instanceof Expr.StrConst constant) || constant.value().isEmpty()) {
            if (argument instanceof Expr.StrConst) {
                throw Refusals.refuse("an empty separator in " + where, argument.span());
            }
            throw Refusals.refuse("a separator in " + where + " that is not a constant (an empty one behaves differently)", argument.span());
        }
        return expressions.text(argument);
    }

    static String joined(List<Sql> parts) {
        return parts.stream().map(Sql::text).collect(Collectors.joining(", "));
    }
}
