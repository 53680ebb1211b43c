package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.support.PythonText;
import dev.codelive.codelive.backend.rust.Rendered.Shape;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders IR expressions as Rust expressions with Python's meaning. */
final class RustExpressions {
    private static final BigInteger I32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger I32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger EXACT_IN_DOUBLE = BigInteger.ONE.shiftLeft(53);

    final RustContext context;
    final RustBuiltins builtins;
    final RustIteration iteration;
    final RustParallel parallel;
    final RustFormatting formatting;

    RustExpressions(RustContext context) {
        this.context = context;
        this.builtins = new RustBuiltins(this);
        this.iteration = new RustIteration(this);
        this.parallel = new RustParallel(this);
        this.formatting = new RustFormatting(this);
    }

    Rendered render(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> {
                if (constant.value().bitLength() >= (context.types.intType().equals("i64") ? 64 : 128)) {
                    throw RustContext.refuse("an int literal too large for " + context.types.intType(), constant.span());
                }
                yield intLiteral(constant.value(), !fitsI32(constant.value()));
            }
            case Expr.FloatConst constant -> floatLiteral(constant.value());
            case Expr.BoolConst constant -> Rendered.atom(String.valueOf(constant.value()));
            case Expr.StrConst constant -> new Rendered(stringLiteral(constant.value()), Shape.SLICE, Rendered.ATOM);
            case Expr.NoneConst ignored -> Rendered.atom("()");
            case Expr.Load load -> {
                RustContext.Binding binding = context.binding(load.variable());
                yield new Rendered(binding.name(), binding.shape(), Rendered.ATOM);
            }
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> negate(negate);
            case Expr.Not not -> Rendered.value("!" + truthy(not.operand()).at(Rendered.UNARY), Rendered.UNARY);
            case Expr.Logical logical -> logical(logical);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> Rendered.value("if " + truthy(conditional.condition()).code() + " { "
                    + owned(conditional.whenTrue()) + " } else { " + owned(conditional.whenFalse()) + " }", Rendered.LOWEST);
            case Expr.ListLiteral list -> literal(list, false);
            case Expr.TupleLiteral tuple -> literal(tuple, false);
            case Expr.RangeOf range -> throw RustContext.refuse("a range used as a value", range.span());
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> call(call);
            case Expr.BuiltinCall call when parallel.wanted(call) -> parallel.reduction(call).orElseGet(() -> builtins.builtin(call));
            case Expr.BuiltinCall call -> builtins.builtin(call);
            case Expr.MethodCall call -> builtins.method(call);
            case Expr.MathCall call -> builtins.math(call);
            case Expr.MathConst constant -> mathConstant(constant);
            case Expr.Comprehension comprehension when parallel.wanted(comprehension) ->
                    parallel.map(comprehension).orElseGet(() -> iteration.comprehension(comprehension));
            case Expr.Comprehension comprehension -> iteration.comprehension(comprehension);
            case Expr.FString fstring -> formatting.fstring(fstring);
        };
    }

    /**
     * A list or tuple literal. Unless its type is {@code anchored} by a declaration, int literals that nothing else
     * types get a suffix: Rust would make them i32, and i32 arithmetic wraps silently in an optimised build.
     */
    Rendered literal(Expr literal, boolean anchored) {
        return switch (literal) {
            case Expr.ListLiteral list -> {
                if (list.elements().isEmpty()) {
                    yield Rendered.atom(anchored ? "Vec::new()" : "Vec::<" + context.types.of(((Type.ListOf) list.type()).element()) + ">::new()");
                }
                List<String> elements = new ArrayList<>();
                for (int i = 0; i < list.elements().size(); i++) {
                    Expr element = list.elements().get(i);
                    elements.add(i == 0 && !anchored ? anchoredElement(element) : owned(element));
                }
                yield Rendered.atom("vec![" + String.join(", ", elements) + "]");
            }
            case Expr.TupleLiteral tuple -> Rendered.atom(tuple(tuple.elements().stream()
                    .map(element -> anchored ? owned(element) : anchoredElement(element)).toList()));
            default -> render(literal);
        };
    }

    private String anchoredElement(Expr element) {
        if (element.type() instanceof Type.Int && literalOnly(element)) {
            return anchoredInt(element).code();
        }
        if (element instanceof Expr.ListLiteral || element instanceof Expr.TupleLiteral) {
            return literal(element, false).code();
        }
        return owned(element);
    }

    static String tuple(List<String> parts) {
        return parts.size() == 1 ? "(" + parts.getFirst() + ",)" : "(" + String.join(", ", parts) + ")";
    }

    // ---- conversions between shapes -------------------------------------------------------------------------------

    /** The expression as an owned value (cloning a place of a non-Copy type). */
    String owned(Expr expression) {
        return owned(render(expression), expression.type()).code();
    }

    Rendered owned(Rendered rendered, Type type) {
        boolean copy = RustTypes.isCopy(type);
        return switch (rendered.shape()) {
            case VALUE -> rendered;
            case PLACE -> copy ? rendered : Rendered.atom(rendered.at(Rendered.ATOM) + ".clone()");
            case REF, MUTREF -> copy ? Rendered.value("*" + rendered.at(Rendered.UNARY), Rendered.UNARY)
                    : Rendered.atom(rendered.at(Rendered.ATOM) + ".clone()");
            case SLICE -> copy ? rendered : Rendered.atom(rendered.at(Rendered.ATOM) + (type instanceof Type.Str ? ".to_string()" : ".to_vec()"));
        };
    }

    /** The expression borrowed, for a {@code &str} or {@code &[T]} parameter (or any {@code &T}). */
    String borrowed(Expr expression) {
        return borrowed(render(expression));
    }

    String borrowed(Rendered rendered) {
        return switch (rendered.shape()) {
            case VALUE, PLACE -> "&" + rendered.at(Rendered.UNARY);
            case REF, SLICE, MUTREF -> rendered.code();
        };
    }

    /** The expression as a method receiver (auto-referencing does the rest). */
    String receiver(Expr expression) {
        return render(expression).at(Rendered.ATOM);
    }

    /** A numeric expression as {@code target} (int or float): bools and ints widen as Python's arithmetic does. */
    Rendered number(Expr expression, Type target) {
        Type type = expression.type();
        if (target instanceof Type.Float) {
            if (type instanceof Type.Float) {
                return owned(render(expression), type);
            }
            if (expression instanceof Expr.IntConst constant && constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
                return floatLiteral(constant.value().doubleValue());
            }
            if (type instanceof Type.Bool) {
                return Rendered.atom("f64::from(" + owned(expression) + ")");
            }
            return Rendered.value(owned(render(expression), type).at(Rendered.CAST) + " as f64", Rendered.CAST);
        }
        if (type instanceof Type.Bool) {
            return Rendered.atom(context.types.intType() + "::from(" + owned(expression) + ")");
        }
        return owned(render(expression), type);
    }

    /** Python's truthiness of any value, as a Rust bool. */
    Rendered truthy(Expr expression) {
        return truthy(render(expression), expression.type());
    }

    Rendered truthy(Rendered value, Type type) {
        return switch (type) {
            case Type.Bool ignored -> owned(value, type);
            case Type.Int ignored -> Rendered.value(owned(value, type).at(Rendered.COMPARE + 1) + " != 0", Rendered.COMPARE);
            case Type.Float ignored -> Rendered.value(owned(value, type).at(Rendered.COMPARE + 1) + " != 0.0", Rendered.COMPARE);
            case Type.Str ignored -> Rendered.value("!" + value.at(Rendered.ATOM) + ".is_empty()", Rendered.UNARY);
            case Type.ListOf ignored -> Rendered.value("!" + value.at(Rendered.ATOM) + ".is_empty()", Rendered.UNARY);
            case Type.TupleOf tuple -> Rendered.atom(String.valueOf(!tuple.elements().isEmpty()));
            case Type.None ignored -> Rendered.atom("false");
            default -> throw new IllegalStateException("truthiness of " + type.python());
        };
    }

    // ---- literals ---------------------------------------------------------------------------------------------------

    private static boolean fitsI32(BigInteger value) {
        return value.compareTo(I32_MIN) >= 0 && value.compareTo(I32_MAX) <= 0;
    }

    /** An int literal; with {@code suffix} it carries its type, for where Rust cannot infer it. */
    Rendered intLiteral(BigInteger value, boolean suffix) {
        String digits = value.abs().toString();
        if (digits.length() > 4) {
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    grouped.append('_');
                }
                grouped.append(digits.charAt(i));
            }
            digits = grouped.toString();
        }
        String text = (value.signum() < 0 ? "-" : "") + digits + (suffix ? "_" + context.types.intType() : "");
        return Rendered.value(text, value.signum() < 0 ? Rendered.UNARY : Rendered.ATOM);
    }

    static Rendered floatLiteral(double value) {
        if (Double.isNaN(value)) {
            return Rendered.atom("f64::NAN");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? Rendered.atom("f64::INFINITY") : Rendered.value("-f64::INFINITY", Rendered.UNARY);
        }
        String text = Repr.repr(PyFloat.of(value));
        return Rendered.value(text, text.startsWith("-") ? Rendered.UNARY : Rendered.ATOM);
    }

    /** A Rust string literal. */
    static String stringLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                        out.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private Rendered mathConstant(Expr.MathConst constant) {
        return switch (constant.name()) {
            case "pi" -> Rendered.atom("std::f64::consts::PI");
            case "e" -> Rendered.atom("std::f64::consts::E");
            case "tau" -> Rendered.atom("std::f64::consts::TAU");
            default -> floatLiteral(constant.value());
        };
    }

    // ---- operators --------------------------------------------------------------------------------------------------

    /** Whether an int expression is made of literals only, so that Rust would type it i32 without a suffix. */
    static boolean literalOnly(Expr expression) {
        return switch (expression) {
            case Expr.IntConst ignored -> true;
            case Expr.FloatConst ignored -> true;
            case Expr.Binary binary -> literalOnly(binary.left()) && literalOnly(binary.right());
            case Expr.Negate negate -> literalOnly(negate.operand());
            default -> false;
        };
    }

    /** An int operand; the leftmost literal of an all-literal expression gets a type suffix. */
    /** An int expression whose leftmost literal carries the type (for all-literal expressions). */
    Rendered anchoredInt(Expr expression) {
        return intOperand(expression, true);
    }

    private Rendered intOperand(Expr expression, boolean anchor) {
        if (anchor && expression instanceof Expr.IntConst constant) {
            return intLiteral(constant.value(), true);
        }
        if (anchor && expression instanceof Expr.Binary binary && binary.type() instanceof Type.Int) {
            return binary(binary, true);
        }
        return number(expression, Type.INT);
    }

    private Rendered binary(Expr.Binary binary) {
        return binary(binary, literalOnly(binary) && binary.type().isNumeric());
    }

    private Rendered binary(Expr.Binary binary, boolean anchor) {
        Type left = binary.left().type();
        Type right = binary.right().type();
        BinaryOperator operator = binary.operator();
        if (left instanceof Type.Str || right instanceof Type.Str || left instanceof Type.ListOf || right instanceof Type.ListOf) {
            return sequenceOperator(binary);
        }
        if (binary.type() instanceof Type.Float) {
            if (operator == BinaryOperator.DIVIDE && !(left instanceof Type.Float) && !(right instanceof Type.Float)) {
                return intDivision(binary);
            }
            Rendered plain = number(binary.left(), Type.FLOAT);
            Rendered a = plain;
            if (anchor && binary.left() instanceof Expr.Binary inner && inner.type() instanceof Type.Float) {
                a = binary(inner, true);
            } else if (anchor) {
                a = Rendered.atom(numericReceiver(a, Type.FLOAT));
            }
            Rendered b = number(binary.right(), Type.FLOAT);
            return switch (operator) {
                case ADD -> infix(a, "+", b, Rendered.ADD);
                case SUBTRACT -> infix(a, "-", b, Rendered.ADD);
                case MULTIPLY -> infix(a, "*", b, Rendered.MULTIPLY);
                case DIVIDE -> infix(a, "/", b, Rendered.MULTIPLY);
                case FLOOR_DIVIDE -> call(RustHelper.FLOAT_FLOOR_DIV, plain.code(), b.code());
                case MODULO -> call(RustHelper.FLOAT_MOD, plain.code(), b.code());
                case POWER -> Rendered.atom(numericReceiver(a, Type.FLOAT) + ".powf(" + b.code() + ")");
            };
        }
        Rendered a = intOperand(binary.left(), anchor);
        Rendered b = number(binary.right(), Type.INT);
        boolean bothNonNegative = context.nonNegative(binary.left()) && context.nonNegative(binary.right());
        boolean positiveDivisor = binary.right() instanceof Expr.IntConst constant && constant.value().signum() > 0;
        return switch (operator) {
            case ADD -> infix(a, "+", b, Rendered.ADD);
            case SUBTRACT -> infix(a, "-", b, Rendered.ADD);
            case MULTIPLY -> infix(a, "*", b, Rendered.MULTIPLY);
            case FLOOR_DIVIDE -> bothNonNegative ? infix(a, "/", b, Rendered.MULTIPLY)
                    : positiveDivisor ? Rendered.atom(numericReceiver(a, Type.INT) + ".div_euclid(" + b.code() + ")")
                    : call(RustHelper.FLOOR_DIV, a.code(), b.code());
            case MODULO -> bothNonNegative ? infix(a, "%", b, Rendered.MULTIPLY)
                    : positiveDivisor ? Rendered.atom(numericReceiver(a, Type.INT) + ".rem_euclid(" + b.code() + ")")
                    : call(RustHelper.FLOOR_MOD, a.code(), b.code());
            case POWER -> context.nonNegative(binary.right())
                    ? Rendered.atom(numericReceiver(a, Type.INT) + ".pow(" + (binary.right() instanceof Expr.IntConst ? b.code() : b.at(Rendered.CAST) + " as u32") + ")")
                    : call(RustHelper.INT_POW, a.code(), b.code());
            case DIVIDE -> throw new IllegalStateException("int division typed int");
        };
    }

    /** A number as a method receiver: a bare literal needs its type spelled out ({@code 2.0_f64.powf(x)}). */
    String numericReceiver(Rendered rendered, Type type) {
        String code = rendered.code();
        if (code.matches("-?[0-9][0-9_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            String suffix = type instanceof Type.Float ? "_f64" : "_" + context.types.intType();
            return code.startsWith("-") ? "(" + code + suffix + ")" : code + suffix;
        }
        if (code.matches("-?[0-9][0-9_]*_(i64|i128|f64)")) {
            return code.startsWith("-") ? "(" + code + ")" : code;
        }
        return rendered.at(Rendered.ATOM);
    }

    private Rendered intDivision(Expr.Binary binary) {
        if (smallInt(binary.left()) && smallInt(binary.right())) {
            Rendered a = number(binary.left(), Type.FLOAT);
            if (literalOnly(binary.left()) && literalOnly(binary.right())) {
                a = Rendered.atom(numericReceiver(a, Type.FLOAT));
            }
            return infix(a, "/", number(binary.right(), Type.FLOAT), Rendered.MULTIPLY);
        }
        return call(RustHelper.TRUE_DIV, number(binary.left(), Type.INT).code(), number(binary.right(), Type.INT).code());
    }

    /** Ints certainly within 2**53, where converting to float first is exact. */
    private static boolean smallInt(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0;
            case Expr.BuiltinCall call -> call.builtin() == dev.codelive.codelive.ir.Builtin.LEN;
            default -> expression.type() instanceof Type.Bool;
        };
    }

    Rendered call(RustHelper helper, String... arguments) {
        context.use(helper);
        return Rendered.atom(helper.function() + "(" + String.join(", ", arguments) + ")");
    }

    static Rendered infix(Rendered a, String operator, Rendered b, int precedence) {
        return Rendered.value(a.at(precedence) + " " + operator + " " + b.at(precedence + 1), precedence);
    }

    private Rendered sequenceOperator(Expr.Binary binary) {
        Type type = binary.type();
        if (binary.operator() == BinaryOperator.ADD && type instanceof Type.Str) {
            List<Expr> parts = new ArrayList<>();
            flattenConcat(binary, parts);
            return formatting.concat(parts);
        }
        if (binary.operator() == BinaryOperator.ADD && type instanceof Type.ListOf) {
            List<Expr> parts = new ArrayList<>();
            flattenConcat(binary, parts);
            return Rendered.atom(parts.stream().map(this::sliceOf).collect(Collectors.joining(", ", "[", "].concat()")));
        }
        if (binary.operator() == BinaryOperator.MULTIPLY) {
            boolean sequenceLeft = binary.left().type() instanceof Type.Str || binary.left().type() instanceof Type.ListOf;
            Expr sequence = sequenceLeft ? binary.left() : binary.right();
            Expr count = sequenceLeft ? binary.right() : binary.left();
            String times = count(count);
            if (type instanceof Type.Str) {
                return Rendered.atom(receiver(sequence) + ".repeat(" + times + ")");
            }
            Type element = ((Type.ListOf) type).element();
            if (sequence instanceof Expr.ListLiteral literal && literal.elements().size() == 1) {
                return Rendered.atom("vec![" + owned(literal.elements().getFirst()) + "; " + times + "]");
            }
            if (RustTypes.isCopy(element)) {
                return Rendered.atom(receiver(sequence) + ".repeat(" + times + ")");
            }
            return Rendered.atom("(0.." + times + ").flat_map(|_| " + receiver(sequence) + ".iter().cloned()).collect::<"
                    + context.types.of(type) + ">()");
        }
        throw RustContext.refuse("the operator " + binary.operator().symbol() + " on " + binary.left().type().python() + " and "
                + binary.right().type().python(), binary.span());
    }

    /** A list as a {@code &[T]} among others of the same type: a literal is an array, not a vector. */
    private String sliceOf(Expr list) {
        if (list instanceof Expr.ListLiteral literal && !literal.elements().isEmpty()) {
            return "&" + literal(literal, false).code().substring("vec!".length()) + "[..]";
        }
        return "&" + render(list).at(Rendered.ATOM) + "[..]";
    }

    /** A repetition count as usize: Python repeats a negative number of times as zero. */
    String count(Expr count) {
        Rendered rendered = number(count, Type.INT);
        if (context.nonNegative(count)) {
            return count instanceof Expr.IntConst ? rendered.code() : rendered.at(Rendered.CAST) + " as usize";
        }
        return numericReceiver(rendered, Type.INT) + ".max(0) as usize";
    }

    private static void flattenConcat(Expr expression, List<Expr> parts) {
        if (expression instanceof Expr.Binary binary && binary.operator() == BinaryOperator.ADD
                && (binary.type() instanceof Type.Str || binary.type() instanceof Type.ListOf)) {
            flattenConcat(binary.left(), parts);
            flattenConcat(binary.right(), parts);
        } else {
            parts.add(expression);
        }
    }

    private Rendered negate(Expr.Negate negate) {
        Type type = negate.operand().type();
        Rendered operand = number(negate.operand(), type instanceof Type.Float ? Type.FLOAT : Type.INT);
        if (negate.plus()) {
            return operand;
        }
        return Rendered.value("-" + operand.at(Rendered.UNARY + 1), Rendered.UNARY);
    }

    private Rendered logical(Expr.Logical logical) {
        boolean and = logical.operator() == BoolOperator.AND;
        if (logical.type() instanceof Type.Bool) {
            int precedence = and ? Rendered.AND : Rendered.OR;
            String text = logical.operands().stream().map(operand -> render(operand).at(precedence + 1))
                    .collect(Collectors.joining(and ? " && " : " || "));
            return Rendered.value(text, precedence);
        }
        // Python answers the deciding operand itself: `a or b` is a if a is truthy.
        List<Expr> operands = logical.operands();
        String result = owned(operands.getLast());
        for (int i = operands.size() - 2; i >= 0; i--) {
            String name = context.temporary("value");
            Rendered test = truthy(Rendered.atom(name), operands.get(i).type());
            String condition = and ? test.code() : "!" + test.at(Rendered.UNARY);
            result = "{ let " + name + " = " + owned(operands.get(i)) + "; if " + condition + " { " + result + " } else { " + name + " } }";
        }
        return Rendered.atom(result);
    }

    // ---- comparisons ------------------------------------------------------------------------------------------------

    private Rendered compare(Expr.Compare compare) {
        List<String> tests = new ArrayList<>();
        List<String> bindings = new ArrayList<>();
        Expr left = compare.first();
        Rendered leftRendered = null;
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            Expr right = link.right();
            Rendered rightRendered = null;
            boolean middle = i < compare.links().size() - 1;
            if (middle && !simple(right)) {
                // Python evaluates a middle operand once.
                String name = context.temporary("middle");
                bindings.add("let " + name + " = " + owned(right) + ";");
                rightRendered = Rendered.atom(name);
                if (!RustTypes.isCopy(right.type())) {
                    rightRendered = new Rendered(name, Shape.PLACE, Rendered.ATOM);
                }
            }
            tests.add(link(left, leftRendered, link.operator(), right, rightRendered, compare));
            left = right;
            leftRendered = rightRendered;
        }
        String joined = tests.size() == 1 ? tests.getFirst()
                : tests.stream().map(test -> test.contains(" || ") ? "(" + test + ")" : test).collect(Collectors.joining(" && "));
        if (bindings.isEmpty()) {
            return Rendered.value(joined, tests.size() == 1 ? Rendered.COMPARE : Rendered.AND);
        }
        return Rendered.atom("{ " + String.join(" ", bindings) + " " + joined + " }");
    }

    private static boolean simple(Expr expression) {
        return expression instanceof Expr.Load || expression instanceof Expr.IntConst || expression instanceof Expr.FloatConst
                || expression instanceof Expr.StrConst || expression instanceof Expr.BoolConst;
    }

    private String link(Expr left, Rendered leftRendered, CompareOperator operator, Expr right, Rendered rightRendered, Expr.Compare where) {
        Rendered a = leftRendered != null ? leftRendered : render(left);
        Rendered b = rightRendered != null ? rightRendered : render(right);
        return switch (operator) {
            case IN -> iteration.contains(right, b, left, a);
            case NOT_IN -> "!" + Rendered.atom(iteration.contains(right, b, left, a)).at(Rendered.UNARY);
            case IS, IS_NOT -> throw RustContext.refuse("'" + operator.symbol() + "' comparisons", where.span());
            default -> ordered(left, a, symbol(operator), right, b);
        };
    }

    private static String symbol(CompareOperator operator) {
        return switch (operator) {
            case EQUAL -> "==";
            case NOT_EQUAL -> "!=";
            case LESS -> "<";
            case LESS_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_EQUAL -> ">=";
            default -> throw new IllegalArgumentException(operator.name());
        };
    }

    /** {@code a op b} for two values Python compares: numbers by value, sequences lexicographically. */
    String ordered(Expr left, Rendered a, String operator, Expr right, Rendered b) {
        Type lt = left.type();
        Type rt = right.type();
        if (lt.isNumeric() && rt.isNumeric()) {
            Type common = lt instanceof Type.Float || rt instanceof Type.Float ? Type.FLOAT
                    : lt instanceof Type.Bool && rt instanceof Type.Bool ? Type.BOOL : Type.INT;
            Rendered x = numberFrom(left, a, common);
            Rendered y = numberFrom(right, b, common);
            return leftOf(x, operator) + " " + operator + " " + y.at(Rendered.COMPARE + 1);
        }
        if (RustTypes.isCopy(lt)) {
            return leftOf(owned(a, lt), operator) + " " + operator + " " + owned(b, rt).at(Rendered.COMPARE + 1);
        }
        boolean slices = a.shape() == Shape.SLICE || b.shape() == Shape.SLICE;
        return comparable(a, lt, slices) + " " + operator + " " + comparable(b, rt, slices);
    }

    /** Rust reads {@code x as f64 < y} as the start of generic arguments of {@code f64}: a cast before {@code <} needs parentheses. */
    private static String leftOf(Rendered left, String operator) {
        return left.at(operator.startsWith("<") ? Rendered.CAST + 1 : Rendered.COMPARE + 1);
    }

    private Rendered numberFrom(Expr expression, Rendered rendered, Type target) {
        Type type = expression.type();
        Rendered value = owned(rendered, type);
        if (target instanceof Type.Float && !(type instanceof Type.Float)) {
            if (expression instanceof Expr.IntConst constant && constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
                return floatLiteral(constant.value().doubleValue());
            }
            return type instanceof Type.Bool ? Rendered.atom("f64::from(" + value.code() + ")")
                    : Rendered.value(value.at(Rendered.CAST) + " as f64", Rendered.CAST);
        }
        if (target instanceof Type.Int && type instanceof Type.Bool) {
            return Rendered.atom(context.types.intType() + "::from(" + value.code() + ")");
        }
        return value;
    }

    /** A non-Copy value in a form comparable with the other side's: both owned places, or both slices. */
    private static String comparable(Rendered rendered, Type type, boolean slices) {
        if (slices) {
            if (rendered.shape() == Shape.SLICE) {
                return rendered.code();
            }
            return rendered.at(Rendered.ATOM) + (type instanceof Type.Str ? ".as_str()" : ".as_slice()");
        }
        return switch (rendered.shape()) {
            case REF, MUTREF -> "*" + rendered.at(Rendered.UNARY);
            default -> rendered.at(Rendered.COMPARE + 1);
        };
    }

    // ---- indexing ---------------------------------------------------------------------------------------------------

    private Rendered index(Expr.Index index) {
        Expr target = index.target();
        if (target.type() instanceof Type.TupleOf tuple) {
            int position = ((Expr.IntConst) index.index()).value().intValue();
            if (position < 0) {
                position += tuple.elements().size();
            }
            Rendered rendered = render(target);
            Shape shape = rendered.shape() == Shape.VALUE ? Shape.VALUE : rendered.shape() == Shape.PLACE ? Shape.PLACE : Shape.PLACE;
            return new Rendered(rendered.at(Rendered.ATOM) + "." + position, shape, Rendered.ATOM);
        }
        if (target.type() instanceof Type.Str) {
            if (context.nonNegative(index.index())) {
                return Rendered.atom(receiver(target) + ".chars().nth(" + usize(index.index()) + ").unwrap().to_string()");
            }
            return call(RustHelper.CHAR_AT, borrowed(target), number(index.index(), Type.INT).code());
        }
        Rendered list = render(target);
        String position = position(list, index.index());
        if (context.knobs.unsafe() && context.loopDepth > 0 && context.nonNegative(index.index())) {
            context.warnings.add("unsafe: no bounds check on " + PythonText.of(index) + " at " + index.span().start());
            String unchecked = list.at(Rendered.ATOM) + ".get_unchecked(" + position + ")";
            return RustTypes.isCopy(index.type()) ? Rendered.atom("unsafe { *" + unchecked + " }")
                    : new Rendered("unsafe { " + unchecked + " }", Shape.REF, Rendered.ATOM);
        }
        return new Rendered(list.at(Rendered.ATOM) + "[" + position + "]", Shape.PLACE, Rendered.ATOM);
    }

    /** An index into the list {@code list} as usize: negative indexes count from the end. */
    String position(Rendered list, Expr index) {
        if (index instanceof Expr.IntConst constant && constant.value().signum() < 0) {
            return list.at(Rendered.ATOM) + ".len() - " + constant.value().negate();
        }
        if (context.nonNegative(index)) {
            return usize(index);
        }
        if (list.shape() == Shape.VALUE) {
            throw RustContext.refuse("indexing a computed list with an index that may be negative", index.span());
        }
        return call(RustHelper.INDEX, number(index, Type.INT).code(), list.at(Rendered.ATOM) + ".len()").code();
    }

    /** A non-negative int expression as usize. */
    String usize(Expr index) {
        if (index instanceof Expr.IntConst constant) {
            return constant.value().toString();
        }
        if (index instanceof Expr.BuiltinCall call && call.builtin() == dev.codelive.codelive.ir.Builtin.LEN
                && call.arguments().getFirst().type() instanceof Type.ListOf) {
            return receiver(call.arguments().getFirst()) + ".len()";
        }
        return number(index, Type.INT).at(Rendered.CAST) + " as usize";
    }

    private Rendered slice(Expr.Slice slice) {
        Expr target = slice.target();
        boolean string = target.type() instanceof Type.Str;
        boolean whole = slice.lower().isEmpty() && slice.upper().isEmpty();
        if (whole && slice.step().isEmpty()) {
            return owned(render(target), target.type());
        }
        if (whole && slice.step().get() instanceof Expr.IntConst step && step.value().equals(BigInteger.ONE.negate())) {
            return Rendered.atom(string ? receiver(target) + ".chars().rev().collect::<String>()"
                    : receiver(target) + ".iter().rev().cloned().collect::<" + context.types.of(target.type()) + ">()");
        }
        String lower = optional(slice.lower());
        String upper = optional(slice.upper());
        String step = optional(slice.step());
        return call(string ? RustHelper.STR_SLICE : RustHelper.SLICE, borrowed(target), lower, upper, step);
    }

    private String optional(java.util.Optional<Expr> part) {
        return part.map(expression -> "Some(" + number(expression, Type.INT).code() + ")").orElse("None");
    }

    // ---- calls ------------------------------------------------------------------------------------------------------

    private Rendered call(Expr.Call call) {
        Function callee = context.program.functions().stream().filter(f -> f.name().equals(call.function())).findFirst().orElseThrow();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            arguments.add(argument(callee, i, call.arguments().get(i)));
        }
        return Rendered.atom(context.names.of(functionName(call.function())) + "(" + String.join(", ", arguments) + ")");
    }

    static String functionName(String python) {
        return python;
    }

    /** An argument as the parameter takes it: numbers by value, str and lists borrowed, changed lists mutably. */
    String argument(Function callee, int index, Expr argument) {
        Type type = callee.parameters().get(index).type();
        if (type instanceof Type.ListOf && context.facts.mutatesParameter(callee.name(), index)) {
            Rendered rendered = render(argument);
            return switch (rendered.shape()) {
                case MUTREF -> rendered.code();
                case PLACE, VALUE -> "&mut " + rendered.at(Rendered.UNARY);
                default -> throw RustContext.refuse("passing a borrowed list to a function that changes it", argument.span());
            };
        }
        if (type instanceof Type.ListOf && argument instanceof Expr.ListLiteral literal && !literal.elements().isEmpty()) {
            return "&" + literal(literal, true).code().substring("vec!".length());
        }
        if (type instanceof Type.Str || type instanceof Type.ListOf) {
            return borrowed(argument);
        }
        if (type instanceof Type.Int || type instanceof Type.Float) {
            return number(argument, type).code();
        }
        return owned(argument);
    }
}
