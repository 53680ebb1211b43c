package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.backend.support.FormatSpec;
import dev.codelive.codelive.ir.Builtin;
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

/** {@code print}, {@code str}, {@code repr} and f-strings, as fmt's Println, Printf and Sprintf. */
final class GoFormatting {
    private final GoExpressions expressions;
    private final GoContext context;
    private Boolean nonFinite;

    GoFormatting(GoExpressions expressions) {
        this.expressions = expressions;
        this.context = expressions.context;
    }

    /** A Printf-style template under construction: literal text and verbs with their arguments. */
    private static final class Template {
        private final StringBuilder text = new StringBuilder();
        private final List<GoExpr> arguments = new ArrayList<>();

        void text(String literal) {
            text.append(literal.replace("%", "%%"));
        }

        void verb(String verb, GoExpr argument) {
            text.append(verb);
            arguments.add(argument);
        }

        boolean isText() {
            return arguments.isEmpty();
        }

        String literal() {
            return text.toString().replace("%%", "%");
        }

        GoExpr call(String function) {
            List<GoExpr> all = new ArrayList<>();
            all.add(GoExpr.atom(GoExpressions.stringLiteral(text.toString())));
            all.addAll(arguments);
            return GoExpr.call(function, all);
        }
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

    /** An expression fmt prints as Python's str() prints it: ints and strings as they are, the rest converted. */
    GoExpr display(Expr expression) {
        GoExpr value = expressions.render(expression);
        return switch (expression.type()) {
            case Type.Int ignored -> value;
            case Type.Str ignored -> value;
            case Type.Float ignored -> GoExpr.call(context.helper(GoHelper.FORMAT_FLOAT), value);
            case Type.Bool ignored -> GoExpr.call(context.helper(GoHelper.BOOL_STR), value);
            case Type.ListOf ignored -> GoExpr.call(context.helper(GoHelper.REPR), value);
            case Type.TupleOf ignored -> GoExpr.call(context.helper(GoHelper.REPR), value);
            default -> throw GoContext.refuse("printing a " + expression.type().python(), expression.span());
        };
    }

    /** {@code str(x)}: a Go string. */
    GoExpr str(Expr expression) {
        String constant = constantText(expression);
        if (constant != null) {
            return GoExpr.atom(GoExpressions.stringLiteral(constant));
        }
        return switch (expression.type()) {
            case Type.Int ignored -> expressions.big() ? GoExpr.method(expressions.render(expression), "String") : formatInt(expressions.render(expression));
            case Type.None ignored -> throw GoContext.refuse("str() of None", expression.span());
            default -> display(expression);
        };
    }

    private GoExpr formatInt(GoExpr value) {
        context.importPackage("strconv");
        return GoExpr.call("strconv.FormatInt", value, GoExpr.atom("10"));
    }

    private GoExpr reprOf(Expr expression) {
        if (expression.type() instanceof Type.Str) {
            return GoExpr.call(context.helper(GoHelper.STR_REPR), expressions.render(expression));
        }
        return str(expression);
    }

    /** Adds a value to a template as print shows it; None-valued calls are evaluated by {@code before}. */
    private void shown(Template template, Expr expression, List<GoExpr> before) {
        String constant = constantText(expression);
        if (constant != null) {
            template.text(constant);
        } else if (expression instanceof Expr.FString fstring) {
            parts(template, fstring);
        } else if (expression.type() instanceof Type.None) {
            before.add(expressions.render(expression));
            template.text("None");
        } else if (expression.type() instanceof Type.Int) {
            template.verb("%d", expressions.render(expression));
        } else {
            template.verb("%s", display(expression));
        }
    }

    /** A print statement: Println for the usual separators, Printf otherwise; calls whose value is None come first. */
    List<GoExpr> print(Stmt.Print print) {
        context.importPackage("fmt");
        List<GoExpr> before = new ArrayList<>();
        boolean plain = print.sep() instanceof Expr.StrConst sep && sep.value().equals(" ")
                && print.end() instanceof Expr.StrConst end && end.value().equals("\n");
        if (plain && print.values().stream().noneMatch(value -> value.type() instanceof Type.None || value instanceof Expr.FString)) {
            List<GoExpr> arguments = new ArrayList<>();
            for (Expr value : print.values()) {
                String constant = constantText(value);
                arguments.add(constant != null && !(value instanceof Expr.IntConst) ? GoExpr.atom(GoExpressions.stringLiteral(constant)) : display(value));
            }
            before.add(GoExpr.call("fmt.Println", arguments));
            return before;
        }
        Template template = new Template();
        for (int i = 0; i < print.values().size(); i++) {
            if (i > 0) {
                shown(template, print.sep(), before);
            }
            shown(template, print.values().get(i), before);
        }
        shown(template, print.end(), before);
        before.add(template.isText() ? GoExpr.call("fmt.Print", GoExpr.atom(GoExpressions.stringLiteral(template.literal())))
                : template.call("fmt.Printf"));
        return before;
    }

    GoExpr fstring(Expr.FString fstring) {
        Template template = new Template();
        parts(template, fstring);
        if (template.isText()) {
            return GoExpr.atom(GoExpressions.stringLiteral(template.literal()));
        }
        context.importPackage("fmt");
        return template.call("fmt.Sprintf");
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
            throw GoContext.refuse("the !a conversion", span);
        }
        if (part.spec().isEmpty()) {
            if (part.conversion() == Conversion.REPR) {
                template.verb("%s", reprOf(value));
            } else if (value.type() instanceof Type.None) {
                throw GoContext.refuse("None inside an f-string", span);
            } else {
                List<GoExpr> none = new ArrayList<>();
                shown(template, value, none);
            }
            return;
        }
        FormatSpec spec = FormatSpec.parse(part.spec(), FormatSpec.Subset.RUST_GO).orElseThrow(() -> unsupported(part, span));
        if (part.conversion() != Conversion.NONE || value.type() instanceof Type.Str) {
            GoExpr text = part.conversion() == Conversion.REPR ? reprOf(value) : part.conversion() == Conversion.STR ? str(value) : expressions.render(value);
            if ((spec.type() != 0 && spec.type() != 's') || spec.sign() != 0 || spec.alternate() || spec.zero() || spec.grouping() != 0) {
                throw unsupported(part, span);
            }
            padded(template, text, spec, '<', spec.precision() >= 0 ? "." + spec.precision() : "", part, span);
            return;
        }
        switch (value.type()) {
            case Type.Int ignored -> integer(template, expressions.render(value), value, spec, part, span);
            case Type.Bool ignored -> integer(template, expressions.number(value, Type.INT), value, spec, part, span);
            case Type.Float ignored -> floating(template, expressions.render(value), spec, part, span);
            default -> throw unsupported(part, span);
        }
    }

    private void integer(Template template, GoExpr code, Expr value, FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        switch (spec.type()) {
            case 0, 'd' -> {
                if (spec.grouping() != 0) {
                    requirePaddingOnly(spec, part, span);
                    GoExpr digits = expressions.big() ? GoExpr.method(code, "String") : formatInt(code);
                    GoExpr grouped = GoExpr.call(context.helper(GoHelper.GROUP_THOUSANDS), digits,
                            GoExpr.atom("\"" + spec.grouping() + "\""));
                    padded(template, grouped, spec, '>', "", part, span);
                    return;
                }
                numeric(template, code, spec, "d", part, span);
            }
            case 'x', 'X', 'o', 'b' -> {
                if (spec.grouping() != 0 || spec.precision() >= 0 || spec.alternate() && (spec.type() == 'o' || spec.type() == 'b')) {
                    throw unsupported(part, span);
                }
                numeric(template, code, spec, String.valueOf(spec.type()), part, span);
            }
            case 'f', 'e', '%' -> floating(template, expressions.number(value, Type.FLOAT), spec, part, span);
            default -> throw unsupported(part, span);
        }
    }

    private void floating(Template template, GoExpr code, FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        int precision = spec.precision() >= 0 ? spec.precision() : 6;
        switch (spec.type()) {
            case 'f', 'e' -> {
                boolean exponent = spec.type() == 'e';
                if (spec.grouping() != 0 || mayBeNonFinite()) {
                    requirePaddingOnly(spec, part, span);
                    GoExpr text = GoExpr.call(context.helper(exponent ? GoHelper.EXPONENT : GoHelper.FIXED), code, GoExpr.atom(String.valueOf(precision)));
                    if (spec.grouping() != 0) {
                        if (exponent) {
                            throw unsupported(part, span);
                        }
                        text = GoExpr.call(context.helper(GoHelper.GROUP_THOUSANDS), text, GoExpr.atom("\"" + spec.grouping() + "\""));
                    }
                    padded(template, text, spec, '>', "", part, span);
                    return;
                }
                numeric(template, code, spec, "." + precision + spec.type(), part, span);
            }
            case '%' -> {
                requirePaddingOnly(spec, part, span);
                GoExpr scaled = GoExpr.binary(code, "*", GoExpr.atom("100"));
                GoExpr text = mayBeNonFinite()
                        ? GoExpr.binary(GoExpr.call(context.helper(GoHelper.FIXED), scaled, GoExpr.atom(String.valueOf(precision))), "+", GoExpr.atom("\"%\""))
                        : GoExpr.call("fmt.Sprintf", GoExpr.atom("\"%." + precision + "f%%\""), scaled);
                context.importPackage("fmt");
                padded(template, text, spec, '>', "", part, span);
            }
            case 0 -> {
                if (spec.precision() >= 0) {
                    throw unsupported(part, span);
                }
                requirePaddingOnly(spec, part, span);
                padded(template, GoExpr.call(context.helper(GoHelper.FORMAT_FLOAT), code), spec, '>', "", part, span);
            }
            default -> throw unsupported(part, span);
        }
    }

    /** A number through fmt's own verb: sign, zero padding, width and left alignment map one to one. */
    private void numeric(Template template, GoExpr code, FormatSpec spec, String verb, Expr.FString.Part.Value part, Span span) {
        if (spec.align() == '^' || spec.fill() != ' ' && !(spec.fill() == '0' && spec.align() == '=') || spec.zero() && spec.align() != 0) {
            throw unsupported(part, span);
        }
        String flags = (spec.align() == '<' ? "-" : "") + (spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "") + (spec.alternate() ? "#" : "")
                + (spec.zero() || spec.align() == '=' ? "0" : "");
        template.verb("%" + flags + (spec.width() >= 0 ? spec.width() : "") + verb, code);
    }

    /** A finished string padded to the spec's width: fmt pads with spaces left or right; other fills and centring use pad(). */
    private void padded(Template template, GoExpr text, FormatSpec spec, char pythonDefault, String precision, Expr.FString.Part.Value part, Span span) {
        char align = spec.align() == 0 ? pythonDefault : spec.align();
        if (align == '=') {
            throw unsupported(part, span);
        }
        if (spec.width() < 0) {
            template.verb("%" + precision + "s", text);
            return;
        }
        if (spec.fill() == ' ' && align != '^') {
            template.verb("%" + (align == '<' ? "-" : "") + spec.width() + precision + "s", text);
            return;
        }
        if (!precision.isEmpty()) {
            throw unsupported(part, span);
        }
        GoExpr fill = GoExpr.atom(GoExpressions.stringLiteral(Character.toString(spec.fill())));
        template.verb("%s", GoExpr.call(context.helper(GoHelper.PAD), text, fill, GoExpr.atom("'" + align + "'"),
                GoExpr.atom(String.valueOf(spec.width()))));
    }

    private static void requirePaddingOnly(FormatSpec spec, Expr.FString.Part.Value part, Span span) {
        if (spec.sign() != 0 || spec.alternate() || spec.zero() || spec.align() == '=') {
            throw unsupported(part, span);
        }
    }

    /** Whether the program may produce inf or nan, which fmt's %f spells differently. */
    private boolean mayBeNonFinite() {
        if (nonFinite == null) {
            boolean[] found = {false};
            java.util.function.Consumer<Expr> visitor = expression -> found[0] |= switch (expression) {
                case Expr.MathConst constant -> constant.name().equals("inf") || constant.name().equals("nan");
                case Expr.FloatConst constant -> !Double.isFinite(constant.value());
                case Expr.BuiltinCall call -> call.builtin() == Builtin.FLOAT && !call.arguments().isEmpty()
                        && call.arguments().getFirst().type() instanceof Type.Str;
                default -> false;
            };
            IrWalk.expressions(context.program.main(), visitor);
            context.program.functions().forEach(function -> IrWalk.expressions(function.body(), visitor));
            nonFinite = found[0];
        }
        return nonFinite;
    }

    private static dev.codelive.codelive.backend.BackendRefusal unsupported(Expr.FString.Part.Value part, Span span) {
        return GoContext.refuse("the format spec '" + part.spec() + "' for a " + part.value().type().python(), span);
    }
}
