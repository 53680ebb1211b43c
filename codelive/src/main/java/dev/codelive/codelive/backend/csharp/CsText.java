package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;

/** Python's str(), repr() and format() of typed values, and C# string literals. */
final class CsText {
    private final CsContext context;
    private final CsExpressions expressions;

    CsText(CsContext context, CsExpressions expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** str(value) as a C# string expression. */
    Code str(Expr value) {
        return switch (value.type()) {
            case Type.Str ignored -> expressions.expr(value);
            case Type.Int ignored -> Code.primary(expressions.integer(value, true).atLeast(Code.PRIMARY) + ".ToString()");
            case Type.Bool ignored -> value instanceof Expr.BoolConst constant ? Code.primary(constant.value() ? "\"True\"" : "\"False\"")
                    : Code.primary(expressions.expr(value).atLeast(Code.PRIMARY) + ".ToString()");
            case Type.None ignored -> Code.primary("\"None\"");
            default -> repr(value);
        };
    }

    /** repr(value) as a C# string expression. */
    Code repr(Expr value) {
        if (value instanceof Expr.NoneConst) {
            return Code.primary("\"None\"");
        }
        return switch (value.type()) {
            case Type.Int ignored -> str(value);
            case Type.Bool ignored -> str(value);
            case Type.Float ignored -> Code.primary(context.use("ReprFloat") + "(" + expressions.expr(value) + ")");
            case Type.Str ignored -> Code.primary(context.use("ReprStr") + "(" + expressions.expr(value) + ")");
            case Type.ListOf ignored -> Code.primary(context.use("Repr") + "(" + expressions.expr(value) + ")");
            case Type.TupleOf ignored -> Code.primary(context.use("Repr") + "(" + expressions.expr(value) + ")");
            default -> throw refuse("printing a " + value.type().python(), value.span());
        };
    }

    /** How a value goes into an interpolated string: ints and bools format themselves, the rest as str() says. */
    String hole(Expr value) {
        Code code = value.type() instanceof Type.Int || value.type() instanceof Type.Bool && !(value instanceof Expr.BoolConst)
                ? expressions.expr(value) : str(value);
        return "{" + code.atLeast(Code.PRIMARY) + "}";
    }

    /** An f-string as an interpolated string. */
    Code fstring(Expr.FString fstring) {
        if (fstring.parts().size() == 1 && fstring.parts().getFirst() instanceof Expr.FString.Part.Value value) {
            // f"{x:.2f}" alone is just the formatted value.
            String hole = field(value, fstring.span());
            return value.spec().isEmpty() && value.conversion() == Conversion.NONE ? str(value.value())
                    : Code.primary(hole.substring(1, hole.length() - 1));
        }
        StringBuilder out = new StringBuilder("$\"");
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text literal -> out.append(interpolatedText(literal.text(), fstring.span()));
                case Expr.FString.Part.Value value -> out.append(field(value, fstring.span()));
            }
        }
        return Code.primary(out.append("\"").toString());
    }

    private String field(Expr.FString.Part.Value value, Span where) {
        Expr expression = value.value();
        if (value.conversion() == Conversion.ASCII) {
            throw refuse("the !a conversion", where);
        }
        if (value.spec().isEmpty()) {
            return value.conversion() == Conversion.REPR ? "{" + repr(expression).atLeast(Code.PRIMARY) + "}" : hole(expression);
        }
        String formatted;
        if (value.conversion() == Conversion.REPR) {
            formatted = format(repr(expression), FormatSpec.Kind.STR, value.spec(), where);
        } else if (value.conversion() == Conversion.STR) {
            formatted = format(str(expression), FormatSpec.Kind.STR, value.spec(), where);
        } else {
            formatted = switch (expression.type()) {
                case Type.Str ignored -> format(expressions.expr(expression), FormatSpec.Kind.STR, value.spec(), where);
                case Type.Int ignored -> format(expressions.expr(expression), FormatSpec.Kind.INT, value.spec(), where);
                case Type.Bool ignored -> format(expressions.integer(expression, false), FormatSpec.Kind.INT, value.spec(), where);
                case Type.Float ignored -> format(expressions.expr(expression), FormatSpec.Kind.FLOAT, value.spec(), where);
                default -> throw refuse("a format spec for a " + expression.type().python(), where);
            };
        }
        return "{" + formatted + "}";
    }

    private String format(Code value, FormatSpec.Kind kind, String spec, Span where) {
        FormatSpec.preludeProblem(spec, kind).ifPresent(problem -> {
            throw refuse(problem, where);
        });
        return context.use("Format") + "(" + value + ", " + stringLiteral(spec, where) + ")";
    }

    /** A C# string literal. */
    static String stringLiteral(String value, Span where) {
        return "\"" + escape(value, where) + "\"";
    }

    /** Text inside an interpolated string: braces doubled. */
    static String interpolatedText(String value, Span where) {
        return escape(value, where).replace("{", "{{").replace("}", "}}");
    }

    private static String escape(String value, Span where) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                throw refuse("characters beyond U+FFFF (C# strings count them twice)", where);
            }
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.SPACE_SEPARATOR
                            && Character.isISOControl(c)) {
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
