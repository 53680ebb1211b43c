package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/** {@code print}, {@code str}, {@code repr}, f-strings and string concatenation, as Rust format strings. */
final class RustFormatting {
    private final RustExpressions expressions;
    private final RustContext context;

    RustFormatting(RustExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /** A format string under construction: literal text, and values inlined by name or passed as arguments. */
    private static final class Template {
        private final StringBuilder text = new StringBuilder();
        private final List<String> arguments = new ArrayList<>();

        void text(String literal) {
            text.append(literal.replace("{", "{{").replace("}", "}}"));
        }

        void value(String code, String spec) {
            String suffix = spec.isEmpty() ? "" : ":" + spec;
            if (code.matches("[A-Za-z_][A-Za-z0-9_]*") && !code.equals("_")) {
                text.append('{').append(code).append(suffix).append('}');
            } else {
                text.append('{').append(suffix).append('}');
                arguments.add(code);
            }
        }

        boolean isText() {
            return arguments.isEmpty() && !text.toString().replace("{{", "").replace("}}", "").contains("{");
        }

        String literal() {
            return text.toString().replace("{{", "{").replace("}}", "}");
        }

        String macro(String name) {
            String format = RustExpressions.stringLiteral(text.toString());
            return name + "!(" + format + (arguments.isEmpty() ? "" : ", " + String.join(", ", arguments)) + ")";
        }
    }

    /** How {@code print} and {@code str} show a value: constant text, or code Rust formats with {@code {}}. */
    private void display(Template template, Expr expression) {
        if (expression instanceof Expr.FString fstring) {
            parts(template, fstring);
            return;
        }
        String constant = constantText(expression);
        if (constant != null) {
            template.text(constant);
            return;
        }
        template.value(displayCode(expression), "");
    }

    /** Python's str() of a constant, or null. */
    private static String constantText(Expr expression) {
        return switch (expression) {
            case Expr.StrConst constant -> constant.value();
            case Expr.IntConst constant -> constant.value().toString();
            case Expr.BoolConst constant -> constant.value() ? "True" : "False";
            case Expr.NoneConst ignored -> "None";
            case Expr.FloatConst constant -> Repr.repr(PyFloat.of(constant.value()));
            default -> null;
        };
    }

    /** Code whose Display is Python's str() of the value. */
    private String displayCode(Expr expression) {
        Rendered rendered = expressions.render(expression);
        return switch (expression.type()) {
            case Type.Int ignored -> rendered.code();
            case Type.Str ignored -> rendered.code();
            case Type.Float ignored -> expressions.call(RustHelper.FLOAT_STR, expressions.owned(rendered, Type.FLOAT).code()).code();
            case Type.Bool ignored -> expressions.call(RustHelper.BOOL_STR, expressions.owned(rendered, Type.BOOL).code()).code();
            case Type.None ignored -> "{ " + rendered.code() + "; \"None\" }";
            case Type.ListOf ignored -> repr(rendered, expression.type());
            case Type.TupleOf ignored -> repr(rendered, expression.type());
            default -> throw RustContext.refuse("printing a " + expression.type().python(), expression.span());
        };
    }

    /** Code whose Display is Python's repr() of the value. */
    private String reprCode(Expr expression) {
        if (expression.type() instanceof Type.Str) {
            return expressions.call(RustHelper.STR_REPR, expressions.borrowed(expression)).code();
        }
        return displayCode(expression);
    }

    private String repr(Rendered rendered, Type type) {
        context.useRepr(type);
        return rendered.at(Rendered.ATOM) + ".repr()";
    }

    /** {@code str(x)} as an owned String. */
    Rendered str(Expr expression) {
        String constant = constantText(expression);
        if (constant != null) {
            return new Rendered(RustExpressions.stringLiteral(constant), Shape.SLICE, Rendered.ATOM);
        }
        return switch (expression.type()) {
            case Type.Str ignored -> expressions.owned(expressions.render(expression), Type.STR);
            case Type.Int ignored -> Rendered.atom(expressions.numericReceiver(expressions.render(expression), Type.INT) + ".to_string()");
            case Type.Bool ignored -> Rendered.atom(displayCode(expression) + ".to_string()");
            case Type.None ignored -> Rendered.atom("\"None\".to_string()");
            default -> Rendered.atom(displayCode(expression));
        };
    }

    /** {@code a + b + c} of strings. */
    Rendered concat(List<Expr> parts) {
        Template template = new Template();
        for (Expr part : parts) {
            display(template, part);
        }
        if (template.isText()) {
            return new Rendered(RustExpressions.stringLiteral(template.literal()), Shape.SLICE, Rendered.ATOM);
        }
        return Rendered.atom(template.macro("format"));
    }

    /** A {@code print(...)} statement. */
    String print(Stmt.Print print) {
        Template template = new Template();
        for (int i = 0; i < print.values().size(); i++) {
            if (i > 0) {
                display(template, print.sep());
            }
            display(template, print.values().get(i));
        }
        boolean newline = print.end() instanceof Expr.StrConst end && end.value().equals("\n");
        if (!newline) {
            display(template, print.end());
        }
        if (newline && template.text.isEmpty()) {
            return "println!();";
        }
        return template.macro(newline ? "println" : "print") + ";";
    }

    Rendered fstring(Expr.FString fstring) {
        Template template = new Template();
        parts(template, fstring);
        if (template.isText()) {
            return new Rendered(RustExpressions.stringLiteral(template.literal()), Shape.SLICE, Rendered.ATOM);
        }
        return Rendered.atom(template.macro("format"));
    }

    private void parts(Template template, Expr.FString fstring) {
        for (Expr.FString.Part part : fstring.parts()) {
            switch (part) {
                case Expr.FString.Part.Text text -> template.text(text.text());
                case Expr.FString.Part.Value value -> value(template, value, fstring.span());
            }
        }
    }

    private void value(Template template, Expr.FString.Part.Value part, Span span) {
        Expr value = part.value();
        if (part.conversion() == Conversion.ASCII) {
            throw RustContext.refuse("the !a conversion", span);
        }
        if (part.spec().isEmpty()) {
            if (part.conversion() == Conversion.REPR) {
                template.value(reprCode(value), "");
            } else {
                display(template, value);
            }
            return;
        }
        FormatSpec spec = FormatSpec.parse(part.spec(), FormatSpec.Subset.RUST_GO).orElseThrow(() -> RustContext.refuse("the format spec '" + part.spec() + "'", span));
        if (part.conversion() != Conversion.NONE) {
            padded(template, part.conversion() == Conversion.REPR ? reprCode(value) : displayCode(value), spec, '<', part, span);
            return;
        }
        switch (value.type()) {
            case Type.Str ignored -> {
                if (spec.type() != 0 && spec.type() != 's') {
                    throw unsupported(part, span);
                }
                if (spec.sign() != 0 || spec.alternate() || spec.zero() || spec.grouping() != 0 || spec.align() == '=') {
                    throw unsupported(part, span);
                }
                template.value(expressions.render(value).code(), alignment(spec, '<', part, span) + width(spec)
                        + (spec.precision() >= 0 ? "." + spec.precision() : ""));
            }
            case Type.Int ignored -> integer(template, value, spec, part, span);
            case Type.Bool ignored -> integer(template, value, spec, part, span);
            case Type.Float ignored -> floating(template, expressions.number(value, Type.FLOAT).code(), spec, part, span);
            default -> throw unsupported(part, span);
        }
    }

    private void integer(Template template, Expr value, FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        String code = expressions.number(value, Type.INT).code();
        switch (spec.type()) {
            case 0, 'd' -> {
                if (spec.grouping() != 0) {
                    requirePaddingOnly(spec, part, span);
                    context.use(RustHelper.GROUP_THOUSANDS);
                    String grouped = "group_thousands(&" + Rendered.atom(code).at(Rendered.ATOM) + ".to_string(), '" + spec.grouping() + "')";
                    template.value(grouped, alignment(spec, '>', part, span) + width(spec));
                    return;
                }
                template.value(code, numericSpec(spec, part, span));
            }
            case 'x', 'X', 'o', 'b' -> {
                if (spec.grouping() != 0 || spec.precision() >= 0) {
                    throw unsupported(part, span);
                }
                if (context.nonNegative(value)) {
                    if (spec.alternate() && spec.type() == 'X') {
                        throw unsupported(part, span);
                    }
                    template.value(code, numericSpec(spec, part, span) + (spec.alternate() ? "" : "") + spec.type());
                    return;
                }
                if (spec.alternate() || spec.zero() || spec.sign() != 0) {
                    throw unsupported(part, span);
                }
                int radix = spec.type() == 'b' ? 2 : spec.type() == 'o' ? 8 : 16;
                String digits = expressions.call(RustHelper.RADIX, code, String.valueOf(radix)).code() + (spec.type() == 'X' ? ".to_uppercase()" : "");
                template.value(digits, alignment(spec, '>', part, span) + width(spec));
            }
            case 'f', 'e', '%' -> floating(template, expressions.number(value, Type.FLOAT).code(), spec, part, span);
            default -> throw unsupported(part, span);
        }
    }

    private void floating(Template template, String code, FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        int precision = spec.precision() >= 0 ? spec.precision() : 6;
        boolean nonFinite = mayBeNonFinite();
        switch (spec.type()) {
            case 'f' -> {
                if (spec.grouping() != 0) {
                    requirePaddingOnly(spec, part, span);
                    context.use(RustHelper.GROUP_THOUSANDS);
                    String fixed = nonFinite ? expressions.call(RustHelper.FIXED, code, String.valueOf(precision)).code()
                            : "format!(\"{:." + precision + "}\", " + code + ")";
                    template.value("group_thousands(&" + fixed + ", '" + spec.grouping() + "')", alignment(spec, '>', part, span) + width(spec));
                    return;
                }
                if (nonFinite) {
                    requirePaddingOnly(spec, part, span);
                    template.value(expressions.call(RustHelper.FIXED, code, String.valueOf(precision)).code(), alignment(spec, '>', part, span) + width(spec));
                    return;
                }
                template.value(code, numericSpec(spec, part, span) + "." + precision);
            }
            case 'e' -> {
                requirePaddingOnly(spec, part, span);
                template.value(expressions.call(RustHelper.EXPONENT, code, String.valueOf(precision)).code(), alignment(spec, '>', part, span) + width(spec));
            }
            case '%' -> {
                requirePaddingOnly(spec, part, span);
                String scaled = Rendered.atom(code).at(Rendered.MULTIPLY) + " * 100.0";
                String percent = nonFinite ? "format!(\"{}%\", " + expressions.call(RustHelper.FIXED, scaled, String.valueOf(precision)).code() + ")"
                        : "format!(\"{:." + precision + "}%\", " + scaled + ")";
                template.value(percent, alignment(spec, '>', part, span) + width(spec));
            }
            case 0 -> {
                if (spec.precision() >= 0) {
                    throw unsupported(part, span);
                }
                requirePaddingOnly(spec, part, span);
                template.value(expressions.call(RustHelper.FLOAT_STR, code).code(), alignment(spec, '>', part, span) + width(spec));
            }
            default -> throw unsupported(part, span);
        }
    }

    /** Whether the program may produce inf or nan, which Rust's fixed-point formatting spells differently. */
    private boolean mayBeNonFinite() {
        boolean[] found = {false};
        java.util.function.Consumer<Expr> visitor = expression -> found[0] |= switch (expression) {
            case Expr.MathConst constant -> constant.name().equals("inf") || constant.name().equals("nan");
            case Expr.FloatConst constant -> !Double.isFinite(constant.value());
            case Expr.BuiltinCall call -> call.builtin() == dev.codelive.codelive.ir.Builtin.FLOAT && !call.arguments().isEmpty()
                    && call.arguments().getFirst().type() instanceof Type.Str;
            default -> false;
        };
        IrWalk.expressions(context.program.main(), visitor);
        context.program.functions().forEach(function -> IrWalk.expressions(function.body(), visitor));
        return found[0];
    }

    /** Rust's spec for a number: fill and alignment, sign, zero padding, width (Python's {@code =} only as zero padding). */
    private String numericSpec(FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        if (spec.sign() == ' ' || spec.grouping() != 0) {
            throw unsupported(part, span);
        }
        if (spec.zero() && spec.align() != 0) {
            throw unsupported(part, span);
        }
        if (spec.align() == '=') {
            if (spec.fill() != '0') {
                throw unsupported(part, span);
            }
            return (spec.sign() == '+' ? "+" : "") + (spec.alternate() ? "#" : "") + "0" + width(spec);
        }
        // Rust right-aligns numbers by default, as Python does.
        String alignment = spec.align() == 0 ? "" : alignment(spec, '>', part, span);
        return alignment + (spec.sign() == '+' ? "+" : "") + (spec.alternate() ? "#" : "") + (spec.zero() ? "0" : "") + width(spec);
    }

    private static void requirePaddingOnly(FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        if (spec.sign() != 0 || spec.alternate() || spec.zero() || spec.align() == '=') {
            throw unsupported(part, span);
        }
    }

    /** Fill and alignment, explicit when Python's default for this kind of value differs from Rust's. */
    private static String alignment(FormatSpec spec, char pythonDefault, Expr.FString.Part.Value part, Span span) {
        if (spec.fill() == '{' || spec.fill() == '}') {
            throw unsupported(part, span);
        }
        char align = spec.align() == 0 ? pythonDefault : spec.align();
        if (align == '=') {
            throw unsupported(part, span);
        }
        if (spec.width() < 0) {
            return "";
        }
        return (spec.fill() == ' ' ? "" : Character.toString(spec.fill())) + align;
    }

    private static String width(FormatSpec spec) {
        return spec.width() >= 0 ? String.valueOf(spec.width()) : "";
    }

    private void padded(Template template, String code, FormatSpec spec, char pythonDefault, Expr.FString.Part.Value part, Span span) {
        if (!spec.isPaddingOnly() && !(spec.type() == 's' && spec.sign() == 0 && !spec.zero() && spec.grouping() == 0)) {
            throw unsupported(part, span);
        }
        template.value(code, alignment(spec, pythonDefault, part, span) + width(spec) + (spec.precision() >= 0 ? "." + spec.precision() : ""));
    }

    private static dev.codelive.codelive.backend.BackendRefusal unsupported(Expr.FString.Part.Value part, Span span) {
        return RustContext.refuse("the format spec '" + part.spec() + "' for a " + part.value().type().python(), span);
    }
}
