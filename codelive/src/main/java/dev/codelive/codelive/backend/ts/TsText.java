package dev.codelive.codelive.backend.ts;

import static dev.codelive.codelive.backend.ts.TsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.util.stream.Collectors;

/** Python's str(), repr() and format() of typed values, and TypeScript string literals. */
final class TsText {
    private final TsContext context;
    private final TsExpressions expressions;

    TsText(TsContext context, TsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** str(value) as a TypeScript string expression. */
    Code str(Expr value) {
        return switch (value.type()) {
            case Type.Str ignored -> expressions.expr(value);
            case Type.Int ignored -> Code.primary("String(" + expressions.expr(value) + ")");
            case Type.None ignored -> Code.primary("\"None\"");
            default -> repr(value);
        };
    }

    /** repr(value) as a TypeScript string expression. */
    Code repr(Expr value) {
        if (value instanceof Expr.NoneConst) {
            return Code.primary("\"None\"");
        }
        if (value.type() instanceof Type.Bool) {
            return value instanceof Expr.BoolConst constant ? Code.primary(constant.value() ? "\"True\"" : "\"False\"")
                    : new Code(expressions.expr(value).atLeast(Code.OR) + " ? \"True\" : \"False\"", Code.CONDITIONAL);
        }
        Span where = value.span();
        return switch (value.type()) {
            case Type.Int ignored -> Code.primary("String(" + expressions.expr(value) + ")");
            case Type.ListOf list -> Code.primary(context.use("reprList") + "(" + expressions.expr(value) + ", " + show(list.element(), where) + ")");
            case Type.TupleOf tuple -> Code.primary(context.use("reprTuple") + "(" + expressions.expr(value)
                    + tuple.elements().stream().map(t -> ", " + show(t, where)).collect(Collectors.joining()) + ")");
            default -> Code.primary(show(value.type(), where) + "(" + expressions.expr(value) + ")");
        };
    }

    /** A function expression that gives the repr of a value of the type. */
    private String show(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> "String";
            case Type.Float ignored -> context.use("reprFloat");
            case Type.Str ignored -> context.use("reprStr");
            case Type.Bool ignored -> "(b) => (b ? \"True\" : \"False\")";
            case Type.ListOf list -> "(items) => " + context.use("reprList") + "(items, " + show(list.element(), where) + ")";
            case Type.TupleOf tuple -> "(tuple) => " + context.use("reprTuple") + "(tuple"
                    + tuple.elements().stream().map(t -> ", " + show(t, where)).collect(Collectors.joining()) + ")";
            default -> throw refuse("printing a " + type.python(), where);
        };
    }

    /** An f-string as a template literal. */
    Code fstring(Expr.FString fstring) {
        if (fstring.parts().size() == 1 && fstring.parts().getFirst() instanceof Expr.FString.Part.Value value
                && !(value.value().type() instanceof Type.Int && value.spec().isEmpty() && value.conversion() == Conversion.NONE)) {
            // f"{x:.2f}" alone is just the formatted value.
            return Code.primary(field(value, fstring.span()));
        }
        StringBuilder out = new StringBuilder("`");
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text literal -> out.append(templateLiteralText(literal.text(), fstring.span()));
                case Expr.FString.Part.Value value -> out.append("${").append(field(value, fstring.span())).append("}");
            }
        }
        return Code.primary(out.append("`").toString());
    }

    private String field(Expr.FString.Part.Value value, Span where) {
        Expr expression = value.value();
        if (value.conversion() == Conversion.ASCII) {
            throw refuse("the !a conversion", where);
        }
        if (value.spec().isEmpty()) {
            if (value.conversion() == Conversion.REPR) {
                return repr(expression).text();
            }
            // A template literal already writes a bigint's digits.
            return expression.type() instanceof Type.Int ? expressions.expr(expression).text() : str(expression).text();
        }
        if (value.conversion() == Conversion.REPR) {
            return format(repr(expression).text(), FormatSpec.Kind.STR, value.spec(), where);
        }
        if (value.conversion() == Conversion.STR) {
            return format(str(expression).text(), FormatSpec.Kind.STR, value.spec(), where);
        }
        return switch (expression.type()) {
            case Type.Str ignored -> format(expressions.expr(expression).text(), FormatSpec.Kind.STR, value.spec(), where);
            case Type.Int ignored -> format(expressions.expr(expression).text(), FormatSpec.Kind.INT, value.spec(), where);
            case Type.Bool ignored -> format("BigInt(" + expressions.expr(expression) + ")", FormatSpec.Kind.INT, value.spec(), where);
            case Type.Float ignored -> format(expressions.expr(expression).text(), FormatSpec.Kind.FLOAT, value.spec(), where);
            default -> throw refuse("a format spec for a " + expression.type().python(), where);
        };
    }

    private String format(String value, FormatSpec.Kind kind, String spec, Span where) {
        FormatSpec.preludeProblem(spec, kind).ifPresent(problem -> {
            throw refuse(problem, where);
        });
        String helper = switch (kind) {
            case INT -> "formatInt";
            case FLOAT -> "formatFloat";
            case STR -> "formatStr";
        };
        return context.use(helper) + "(" + value + ", " + stringLiteral(spec, where) + ")";
    }

    /** A double-quoted TypeScript string literal. */
    static String stringLiteral(String value, Span where) {
        return "\"" + escape(value, '"', where) + "\"";
    }

    /** Text inside a template literal: backticks, backslashes and {@code ${} escaped. */
    static String templateLiteralText(String value, Span where) {
        return escape(value, '`', where).replace("${", "\\${");
    }

    private static String escape(String value, char quote, Span where) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                throw refuse("characters beyond U+FFFF (JavaScript strings count them twice)", where);
            }
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
