package dev.codelive.codelive.backend.ts;

import static dev.codelive.codelive.backend.ts.TsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders IR expressions as TypeScript with Python's meaning: ints are bigints, {@code //} and {@code %} floor,
 * {@code /} of ints is correctly rounded, comparisons of lists are element-wise, truthiness is Python's.
 */
final class TsExpressions {
    private static final BigInteger EXACT_IN_NUMBER = BigInteger.TWO.pow(53);

    private final TsContext context;
    private final TsCalls calls;
    private final TsText text;

    TsExpressions(TsContext context) {
        this.context = context;
        this.calls = new TsCalls(context, this);
        this.text = new TsText(context, this);
    }

    TsText text() {
        return text;
    }

    /** An expression where TypeScript does not know the type to expect: tuple literals get their type asserted. */
    Code expr(Expr expression) {
        return render(expression, false);
    }

    /** An expression in a slot whose type TypeScript knows (a typed declaration, an argument, a return). */
    Code typed(Expr expression) {
        return render(expression, true);
    }

    private Code render(Expr expression, boolean typed) {
        return switch (expression) {
            case Expr.IntConst constant -> intLiteral(constant.value());
            case Expr.FloatConst constant -> floatLiteral(constant.value());
            case Expr.BoolConst constant -> Code.primary(constant.value() ? "true" : "false");
            case Expr.StrConst constant -> Code.primary(TsText.stringLiteral(constant.value(), constant.span()));
            case Expr.NoneConst none -> throw refuse("None as a value", none.span());
            case Expr.Load load -> Code.primary(context.name(load.variable()));
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> negate(negate);
            case Expr.Not not -> new Code("!" + truth(not.operand()).atLeast(Code.UNARY), Code.UNARY);
            case Expr.Logical logical -> logical(logical, typed);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> new Code(truth(conditional.condition()).atLeast(Code.OR) + " ? "
                    + render(conditional.whenTrue(), typed).atLeast(Code.CONDITIONAL) + " : "
                    + render(conditional.whenFalse(), typed).atLeast(Code.CONDITIONAL), Code.CONDITIONAL);
            case Expr.ListLiteral list -> {
                String elements = list.elements().stream().map(e -> render(e, typed).atLeast(Code.CONDITIONAL)).collect(Collectors.joining(", "));
                yield typed || !list.elements().isEmpty() ? Code.primary("[" + elements + "]")
                        : Code.primary("([] as " + TsTypes.of(list.type(), list.span()) + ")");
            }
            case Expr.TupleLiteral tuple -> {
                String elements = tuple.elements().stream().map(e -> typed(e).atLeast(Code.CONDITIONAL)).collect(Collectors.joining(", "));
                yield typed ? Code.primary("[" + elements + "]")
                        : Code.primary("([" + elements + "] as " + TsTypes.of(tuple.type(), tuple.span()) + ")");
            }
            case Expr.RangeOf range -> Code.primary(context.use("range") + "(" + bigint(range.start()) + ", " + bigint(range.stop()) + ", "
                    + bigint(range.step()) + ")");
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> Code.primary(context.names.of(call.function()) + "("
                    + call.arguments().stream().map(a -> typed(a).atLeast(Code.CONDITIONAL)).collect(Collectors.joining(", ")) + ")");
            case Expr.BuiltinCall call -> calls.builtin(call);
            case Expr.MethodCall call -> calls.method(call);
            case Expr.MathCall call -> calls.math(call);
            case Expr.MathConst constant -> switch (constant.name()) {
                case "pi" -> Code.primary("Math.PI");
                case "e" -> Code.primary("Math.E");
                case "tau" -> new Code("2 * Math.PI", Code.MULTIPLICATIVE);
                case "inf" -> Code.primary("Infinity");
                default -> Code.primary("NaN");
            };
            case Expr.Comprehension comprehension -> new TsComprehensions(context, this).render(comprehension);
            case Expr.FString fstring -> text.fstring(fstring);
        };
    }

    static Code intLiteral(BigInteger value) {
        return new Code(value + "n", value.signum() < 0 ? Code.UNARY : Code.PRIMARY);
    }

    static Code floatLiteral(double value) {
        if (Double.isNaN(value)) {
            return Code.primary("NaN");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? Code.primary("Infinity") : new Code("-Infinity", Code.UNARY);
        }
        String repr = new PyFloat(value).toString();
        return new Code(repr, repr.startsWith("-") ? Code.UNARY : Code.PRIMARY);
    }

    /** A numeric expression as a bigint: bools become 0n or 1n. */
    Code bigint(Expr expression) {
        return switch (expression.type()) {
            case Type.Bool ignored -> expression instanceof Expr.BoolConst constant ? Code.primary(constant.value() ? "1n" : "0n")
                    : Code.primary("BigInt(" + expr(expression) + ")");
            case Type.Int ignored -> expr(expression);
            default -> throw refuse("an int operand of type " + expression.type().python(), expression.span());
        };
    }

    /** A numeric expression as a number: ints are converted (correctly rounded, as Python's float(int)). */
    Code number(Expr expression) {
        return switch (expression.type()) {
            case Type.Float ignored -> expr(expression);
            case Type.Int ignored -> expression instanceof Expr.IntConst constant && constant.value().abs().compareTo(EXACT_IN_NUMBER) <= 0
                    ? new Code(constant.value().toString(), constant.value().signum() < 0 ? Code.UNARY : Code.PRIMARY)
                    : Code.primary("Number(" + expr(expression) + ")");
            case Type.Bool ignored -> Code.primary("Number(" + expr(expression) + ")");
            default -> throw refuse("a float operand of type " + expression.type().python(), expression.span());
        };
    }

    /** Python's truth value of an expression, as a boolean. */
    Code truth(Expr expression) {
        Code value = expr(expression);
        return switch (expression.type()) {
            case Type.Bool ignored -> value;
            case Type.Int ignored -> new Code(value.atLeast(Code.RELATIONAL) + " !== 0n", Code.EQUALITY);
            case Type.Float ignored -> new Code(value.atLeast(Code.RELATIONAL) + " !== 0", Code.EQUALITY);
            case Type.Str ignored -> new Code(value.atLeast(Code.RELATIONAL) + " !== \"\"", Code.EQUALITY);
            case Type.ListOf ignored -> new Code(value.atLeast(Code.PRIMARY) + ".length > 0", Code.RELATIONAL);
            case Type.TupleOf tuple -> Code.primary(tuple.elements().isEmpty() ? "false" : "true");
            case Type.Range ignored -> new Code(calls.length(expression) + " > 0n", Code.RELATIONAL);
            default -> throw refuse("the truth value of a " + expression.type().python(), expression.span());
        };
    }

    private Code binary(Expr.Binary binary) {
        Expr left = binary.left();
        Expr right = binary.right();
        BinaryOperator operator = binary.operator();
        return switch (binary.type()) {
            case Type.Int ignored -> switch (operator) {
                case ADD -> arithmetic(bigint(left), "+", bigint(right), Code.ADDITIVE);
                case SUBTRACT -> arithmetic(bigint(left), "-", bigint(right), Code.ADDITIVE);
                case MULTIPLY -> arithmetic(bigint(left), "*", bigint(right), Code.MULTIPLICATIVE);
                case FLOOR_DIVIDE -> Code.primary(context.use("floorDiv") + "(" + bigint(left) + ", " + bigint(right) + ")");
                case MODULO -> Code.primary(context.use("mod") + "(" + bigint(left) + ", " + bigint(right) + ")");
                // A negative exponent throws a RangeError in JavaScript: loud, never a wrong value.
                case POWER -> new Code(bigint(left).atLeast(Code.PRIMARY) + " ** " + bigint(right).atLeast(Code.POWER), Code.POWER);
                case DIVIDE -> throw refuse("an int-typed true division", binary.span());
            };
            case Type.Float ignored -> switch (operator) {
                case ADD -> arithmetic(number(left), "+", number(right), Code.ADDITIVE);
                case SUBTRACT -> arithmetic(number(left), "-", number(right), Code.ADDITIVE);
                case MULTIPLY -> arithmetic(number(left), "*", number(right), Code.MULTIPLICATIVE);
                case DIVIDE -> isIntLike(left) && isIntLike(right)
                        ? intDivision(left, right)
                        : arithmetic(number(left), "/", number(right), Code.MULTIPLICATIVE);
                case FLOOR_DIVIDE -> Code.primary(context.use("floorDivFloat") + "(" + number(left) + ", " + number(right) + ")");
                case MODULO -> Code.primary(context.use("modFloat") + "(" + number(left) + ", " + number(right) + ")");
                case POWER -> exactPower(left, right).orElseThrow(() -> refuse(
                        "float powers (JavaScript's ** on numbers can differ from CPython's C library in the last digit)", binary.span()));
            };
            case Type.Str ignored -> switch (operator) {
                case ADD -> arithmetic(expr(left), "+", expr(right), Code.ADDITIVE);
                case MULTIPLY -> left.type() instanceof Type.Str ? repeatStr(left, right) : repeatStr(right, left);
                default -> throw refuse("the operator " + operator.symbol() + " on strs", binary.span());
            };
            case Type.ListOf ignored -> switch (operator) {
                case ADD -> Code.primary("[..." + expr(left).atLeast(Code.CONDITIONAL) + ", ..." + expr(right).atLeast(Code.CONDITIONAL) + "]");
                case MULTIPLY -> left.type() instanceof Type.ListOf
                        ? Code.primary(context.use("repeatList") + "(" + expr(left) + ", " + bigint(right) + ")")
                        : Code.primary(context.use("repeatList") + "(" + expr(right) + ", " + bigint(left) + ")");
                default -> throw refuse("the operator " + operator.symbol() + " on lists", binary.span());
            };
            default -> throw refuse("the operator " + operator.symbol() + " giving a " + binary.type().python(), binary.span());
        };
    }

    /**
     * A power of constants whose value is a float exactly ({@code 2 ** -3}, {@code 2.0 ** 53}, {@code 1.5 ** 2}): every
     * correct pow gives that float, so it can be written as a literal.
     */
    private static java.util.Optional<Code> exactPower(Expr base, Expr exponent) {
        if (!(exponent instanceof Expr.IntConst e) || e.value().bitLength() > 11) {
            return java.util.Optional.empty();
        }
        BigInteger odd;
        long twos;
        boolean negative;
        if (base instanceof Expr.IntConst b && b.value().signum() != 0) {
            negative = b.value().signum() < 0;
            odd = b.value().abs().shiftRight(b.value().abs().getLowestSetBit());
            twos = b.value().abs().getLowestSetBit();
        } else if (base instanceof Expr.FloatConst f && f.value() != 0 && Double.isFinite(f.value())) {
            negative = f.value() < 0;
            java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(f.value()));
            BigInteger unscaled = exact.unscaledValue();
            int scale = exact.scale();
            // |f| = unscaled / 10**scale, and a double is odd * 2**twos: divide out the fives of the denominator.
            BigInteger fives = BigInteger.valueOf(5).pow(Math.max(scale, 0));
            BigInteger[] divided = unscaled.divideAndRemainder(fives);
            if (divided[1].signum() != 0) {
                return java.util.Optional.empty();
            }
            BigInteger numerator = scale >= 0 ? divided[0] : unscaled.multiply(BigInteger.TEN.pow(-scale));
            twos = numerator.getLowestSetBit() - Math.max(scale, 0);
            odd = numerator.shiftRight(numerator.getLowestSetBit());
        } else {
            return java.util.Optional.empty();
        }
        int k = e.value().intValueExact();
        if (k < 0 && !odd.equals(BigInteger.ONE)) {
            return java.util.Optional.empty();
        }
        BigInteger oddPower = odd.pow(Math.abs(k));
        long exponentOfTwo = twos * k;
        if (oddPower.bitLength() > 53 || exponentOfTwo + oddPower.bitLength() > 1024 || exponentOfTwo < -1074) {
            return java.util.Optional.empty();
        }
        double value = Math.scalb(oddPower.doubleValue(), (int) exponentOfTwo);
        return java.util.Optional.of(floatLiteral(negative && k % 2 != 0 ? -value : value));
    }

    private static boolean isIntLike(Expr expression) {
        return expression.type() instanceof Type.Int || expression.type() instanceof Type.Bool;
    }

    /** int / int: plain number division when both are small constants, else the correctly rounded helper. */
    private Code intDivision(Expr left, Expr right) {
        if (left instanceof Expr.IntConst a && right instanceof Expr.IntConst b && a.value().abs().compareTo(EXACT_IN_NUMBER) <= 0
                && b.value().abs().compareTo(EXACT_IN_NUMBER) <= 0) {
            return arithmetic(number(left), "/", number(right), Code.MULTIPLICATIVE);
        }
        return Code.primary(context.use("trueDiv") + "(" + bigint(left) + ", " + bigint(right) + ")");
    }

    private Code repeatStr(Expr text, Expr count) {
        if (count instanceof Expr.IntConst constant && constant.value().signum() >= 0 && constant.value().bitLength() < 31) {
            return Code.primary(expr(text).atLeast(Code.PRIMARY) + ".repeat(" + constant.value() + ")");
        }
        return Code.primary(context.use("repeatStr") + "(" + expr(text) + ", " + bigint(count) + ")");
    }

    /** A left-associative operator: the right operand needs parentheses at the same level. */
    static Code arithmetic(Code left, String operator, Code right, int precedence) {
        return new Code(left.atLeast(precedence) + " " + operator + " " + right.atLeast(precedence + 1), precedence);
    }

    private Code negate(Expr.Negate negate) {
        Expr operand = negate.operand();
        if (negate.plus()) {
            return operand.type() instanceof Type.Bool ? bigint(operand) : expr(operand);
        }
        Code value = operand.type() instanceof Type.Float ? expr(operand) : bigint(operand);
        // "- -x" must not become the decrement "--x".
        String text = value.atLeast(Code.UNARY);
        return new Code("-" + (text.startsWith("-") || text.startsWith("+") ? "(" + text + ")" : text), Code.UNARY);
    }

    private Code logical(Expr.Logical logical, boolean typed) {
        Type type = logical.type();
        boolean jsAgrees = type instanceof Type.Bool || type instanceof Type.Int || type instanceof Type.Str;
        List<Expr> operands = constantsFolded(logical);
        if (operands.size() == 1) {
            return render(operands.getFirst(), typed);
        }
        if (jsAgrees) {
            // For bools, bigints and strings JavaScript's && and || pick the same operand as Python's and/or.
            String operator = logical.operator() == BoolOperator.AND ? " && " : " || ";
            int precedence = logical.operator() == BoolOperator.AND ? Code.AND : Code.OR;
            String joined = operands.stream().map(e -> render(e, typed).atLeast(precedence + 1)).collect(Collectors.joining(operator));
            return new Code(joined, precedence);
        }
        String helper = context.use(logical.operator() == BoolOperator.AND ? "pyAnd" : "pyOr");
        Code result = render(operands.getLast(), typed);
        for (int i = operands.size() - 2; i >= 0; i--) {
            result = Code.primary(helper + "(" + render(operands.get(i), typed) + ", () => " + result.atLeast(Code.CONDITIONAL) + ")");
        }
        return result;
    }

    /**
     * The operands with the constants before the last decided: {@code 0 or x} is {@code x}, {@code 3 or x} is
     * {@code 3}. TypeScript rejects a constant operand of || as always (or never) true.
     */
    private static List<Expr> constantsFolded(Expr.Logical logical) {
        boolean or = logical.operator() == BoolOperator.OR;
        List<Expr> kept = new ArrayList<>();
        List<Expr> operands = logical.operands();
        for (int i = 0; i < operands.size(); i++) {
            Expr operand = operands.get(i);
            java.util.Optional<Boolean> truth = constantTruth(operand);
            if (i == operands.size() - 1 || truth.isEmpty()) {
                kept.add(operand);
            } else if (truth.get() == or) {
                kept.add(operand);
                break;
            }
        }
        return kept;
    }

    private static java.util.Optional<Boolean> constantTruth(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> java.util.Optional.of(constant.value().signum() != 0);
            case Expr.FloatConst constant -> java.util.Optional.of(constant.value() != 0.0);
            case Expr.BoolConst constant -> java.util.Optional.of(constant.value());
            case Expr.StrConst constant -> java.util.Optional.of(!constant.value().isEmpty());
            case Expr.ListLiteral list -> java.util.Optional.of(!list.elements().isEmpty());
            default -> java.util.Optional.empty();
        };
    }

    private Code compare(Expr.Compare compare) {
        List<String> parts = new ArrayList<>();
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            boolean middle = i < compare.links().size() - 1;
            if (middle && !Effects.pure(link.right())) {
                throw refuse("a comparison chain whose middle operand has side effects", link.right().span());
            }
            parts.add(comparison(left, link.operator(), link.right()).atLeast(Code.AND + 1));
            left = link.right();
        }
        return parts.size() == 1 ? comparison(compare.first(), compare.links().getFirst().operator(), compare.links().getFirst().right())
                : new Code(String.join(" && ", parts), Code.AND);
    }

    /** One comparison {@code a op b} by the operands' types. */
    Code comparison(Expr a, CompareOperator operator, Expr b) {
        return switch (operator) {
            case IN -> membership(a, b);
            case NOT_IN -> new Code("!" + membership(a, b).atLeast(Code.UNARY), Code.UNARY);
            case IS, IS_NOT -> throw refuse("'" + operator.symbol() + "' comparisons", a.span());
            default -> ordered(a, operator, b);
        };
    }

    private Code ordered(Expr a, CompareOperator operator, Expr b) {
        Type left = a.type();
        Type right = b.type();
        boolean equality = operator == CompareOperator.EQUAL || operator == CompareOperator.NOT_EQUAL;
        int precedence = equality ? Code.EQUALITY : Code.RELATIONAL;
        String symbol = switch (operator) {
            case EQUAL -> "===";
            case NOT_EQUAL -> "!==";
            default -> operator.symbol();
        };
        if (left.isNumeric() && right.isNumeric()) {
            boolean leftFloat = left instanceof Type.Float;
            boolean rightFloat = right instanceof Type.Float;
            if (leftFloat == rightFloat) {
                if (equality && left instanceof Type.Bool && right instanceof Type.Bool) {
                    return arithmetic(expr(a), symbol, expr(b), precedence);
                }
                return leftFloat ? arithmetic(expr(a), symbol, expr(b), precedence) : arithmetic(bigint(a), symbol, bigint(b), precedence);
            }
            Code intSide = leftFloat ? bigint(b) : bigint(a);
            Code floatSide = leftFloat ? expr(a) : expr(b);
            if (equality) {
                String test = context.use("eqIntFloat") + "(" + intSide + ", " + floatSide + ")";
                return operator == CompareOperator.EQUAL ? Code.primary(test) : new Code("!" + test, Code.UNARY);
            }
            // JavaScript compares a bigint with a number exactly, as Python compares an int with a float.
            return arithmetic(leftFloat ? floatSide : intSide, symbol, leftFloat ? intSide : floatSide, precedence);
        }
        if (left instanceof Type.Str && right instanceof Type.Str) {
            // UTF-16 order is code point order for the BMP-only strings this backend renders.
            return arithmetic(expr(a), symbol, expr(b), precedence);
        }
        if ((left instanceof Type.ListOf || left instanceof Type.TupleOf) && left.getClass() == right.getClass()) {
            if (equality) {
                String test = context.use("equals") + "(" + expr(a) + ", " + expr(b) + ")";
                return operator == CompareOperator.EQUAL ? Code.primary(test) : new Code("!" + test, Code.UNARY);
            }
            return new Code(context.use("compare") + "(" + expr(a) + ", " + expr(b) + ") " + symbol + " 0", Code.RELATIONAL);
        }
        throw refuse("comparing a " + left.python() + " with a " + right.python(), a.span());
    }

    private Code membership(Expr member, Expr container) {
        return switch (container.type()) {
            case Type.Str ignored -> Code.primary(expr(container).atLeast(Code.PRIMARY) + ".includes(" + expr(member) + ")");
            case Type.Range ignored -> {
                Expr.RangeOf range = TsCalls.range(container);
                yield Code.primary(context.use("rangeContains") + "(" + bigint(member) + ", " + bigint(range.start()) + ", "
                        + bigint(range.stop()) + ", " + bigint(range.step()) + ")");
            }
            case Type.ListOf list when isPrimitive(list.element()) ->
                    Code.primary(expr(container).atLeast(Code.PRIMARY) + ".includes(" + expr(member) + ")");
            case Type.ListOf ignored -> Code.primary(context.use("contains") + "(" + expr(container) + ", " + expr(member) + ")");
            case Type.TupleOf ignored -> Code.primary(context.use("contains") + "(" + expr(container) + ", " + expr(member) + ")");
            case Type.Iter ignored -> Code.primary(context.use("contains") + "(" + expr(container) + ", " + expr(member) + ")");
            default -> throw refuse("'in' on a " + container.type().python(), container.span());
        };
    }

    /** Whether JavaScript's === (and so includes and indexOf) is Python's == for the type. */
    static boolean isPrimitive(Type type) {
        return type instanceof Type.Int || type instanceof Type.Float || type instanceof Type.Str || type instanceof Type.Bool;
    }

    private Code index(Expr.Index index) {
        Expr target = index.target();
        if (target.type() instanceof Type.TupleOf tuple) {
            BigInteger position = ((Expr.IntConst) index.index()).value();
            int resolved = position.signum() < 0 ? position.intValue() + tuple.elements().size() : position.intValue();
            return Code.primary(expr(target).atLeast(Code.PRIMARY) + "[" + resolved + "]");
        }
        return Code.primary(position(target, index.index()).map(p -> expr(target).atLeast(Code.PRIMARY) + "[" + p + "]")
                .orElseGet(() -> context.use("at") + "(" + expr(target) + ", " + bigint(index.index()) + ")"));
    }

    /** The JavaScript index for a Python index known to be non-negative, when it is. */
    java.util.Optional<String> position(Expr target, Expr index) {
        if (index instanceof Expr.IntConst constant && constant.value().signum() >= 0 && constant.value().bitLength() < 31) {
            return java.util.Optional.of(constant.value().toString());
        }
        if (TsLoops.nonNegative(index, context.nonNegative)) {
            return java.util.Optional.of("Number(" + expr(index) + ")");
        }
        return java.util.Optional.empty();
    }

    private Code slice(Expr.Slice slice) {
        Expr target = slice.target();
        boolean str = target.type() instanceof Type.Str;
        if (slice.step().isEmpty()) {
            // Without a step JavaScript's slice counts negative bounds from the end and clamps, as Python does.
            List<String> bounds = new ArrayList<>();
            bounds.add(slice.lower().map(this::sliceBound).orElse("0"));
            slice.upper().ifPresent(upper -> bounds.add(sliceBound(upper)));
            String arguments = bounds.equals(List.of("0")) ? "" : String.join(", ", bounds);
            return Code.primary(expr(target).atLeast(Code.PRIMARY) + ".slice(" + arguments + ")");
        }
        String helper = context.use(str ? "sliceStr" : "sliceList");
        return Code.primary(helper + "(" + expr(target) + ", " + slice.lower().map(e -> bigint(e).text()).orElse("null") + ", "
                + slice.upper().map(e -> bigint(e).text()).orElse("null") + ", " + slice.step().map(e -> bigint(e).text()).orElse("null") + ")");
    }

    private String sliceBound(Expr bound) {
        if (bound instanceof Expr.IntConst constant && constant.value().bitLength() < 31) {
            return constant.value().toString();
        }
        return "Number(" + bigint(bound) + ")";
    }

    /** A target of an assignment that is an element, as an lvalue, when its index is known to be non-negative. */
    java.util.Optional<String> elementLvalue(Target.Element element) {
        return position(element.list(), element.index()).map(p -> expr(element.list()).atLeast(Code.PRIMARY) + "[" + p + "]");
    }
}
