package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;

import dev.codelive.codelive.backend.support.Code;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders IR expressions as C# with Python's meaning. An int literal is written bare where C# converts it to the
 * program's int type anyway (a typed slot, or next to an int operand), and typed ({@code 5L}, {@code (BigInteger)5})
 * where C# would otherwise infer {@code int}.
 */
final class CsExpressions {
    private static final BigInteger EXACT_IN_DOUBLE = BigInteger.TWO.pow(53);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final CsContext context;
    final CsTypes types;
    private final CsCalls calls;
    private final CsText text;
    final CsParallel parallel;

    CsExpressions(CsContext context) {
        this.context = context;
        this.types = new CsTypes(context);
        this.calls = new CsCalls(context, this);
        this.text = new CsText(context, this);
        this.parallel = new CsParallel(context, this);
    }

    CsText text() {
        return text;
    }

    CsCalls calls() {
        return calls;
    }

    /** An expression where C# infers the type from the expression itself. */
    Code expr(Expr expression) {
        return render(expression, false);
    }

    /** An expression in a slot of its own type (a declaration, an argument, a return, a list element). */
    Code typed(Expr expression) {
        return render(expression, true);
    }

    private Code render(Expr expression, boolean typed) {
        return switch (expression) {
            case Expr.IntConst constant -> {
                if (!context.big && constant.value().bitLength() > 63) {
                    throw refuse("an int literal beyond 64 bits in a 64-bit program", constant.span());
                }
                yield intLiteral(constant.value(), typed);
            }
            case Expr.FloatConst constant -> constant.value() == 0.0 && 1 / constant.value() < 0
                    ? Code.primary(context.use("NegativeZero")) : floatLiteral(constant.value());
            case Expr.BoolConst constant -> Code.primary(constant.value() ? "true" : "false");
            case Expr.StrConst constant -> Code.primary(CsText.stringLiteral(constant.value(), constant.span()));
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
                String type = types.of(list.type(), list.span());
                yield list.elements().isEmpty() ? Code.primary("new " + type + "()")
                        : Code.primary("new " + type + " { " + list.elements().stream().map(e -> typed(e).atLeast(Code.CONDITIONAL))
                        .collect(Collectors.joining(", ")) + " }");
            }
            case Expr.TupleLiteral tuple -> tuple(tuple, typed);
            case Expr.RangeOf range -> calls.range(range);
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> Code.primary(context.names.of(call.function()) + "("
                    + call.arguments().stream().map(a -> typed(a).atLeast(Code.CONDITIONAL)).collect(Collectors.joining(", ")) + ")");
            case Expr.BuiltinCall call -> context.parallel(call) ? parallel.reduction(call) : calls.builtin(call, typed);
            case Expr.MethodCall call -> calls.method(call);
            case Expr.MathCall call -> calls.math(call, typed);
            case Expr.MathConst constant -> switch (constant.name()) {
                case "pi" -> Code.primary("Math.PI");
                case "e" -> Code.primary("Math.E");
                case "tau" -> new Code("2 * Math.PI", Code.MULTIPLICATIVE);
                case "inf" -> Code.primary("double.PositiveInfinity");
                default -> Code.primary("double.NaN");
            };
            case Expr.Comprehension comprehension -> context.parallel(comprehension) ? parallel.map(comprehension)
                    : new CsComprehensions(context, this).render(comprehension);
            case Expr.FString fstring -> text.fstring(fstring);
        };
    }

    private Code tuple(Expr.TupleLiteral tuple, boolean typed) {
        if (tuple.elements().size() < 2 || tuple.elements().size() > 7) {
            return Code.primary("ValueTuple.Create(" + tuple.elements().stream().map(e -> expr(e).text()).collect(Collectors.joining(", ")) + ")");
        }
        // mcs does not convert (int, int) to (BigInteger, BigInteger): big ints are written typed inside tuples.
        return Code.primary(tuple.elements().stream().map(e -> render(e, typed && !(context.big && e.type() instanceof Type.Int))
                .atLeast(Code.CONDITIONAL)).collect(Collectors.joining(", ", "(", ")")));
    }

    /** An int literal: bare in a typed slot, else typed so that C# does not take it for an int. */
    Code intLiteral(BigInteger value, boolean typed) {
        boolean fitsLong = value.abs().compareTo(LONG_MAX) <= 0;
        int precedence = value.signum() < 0 ? Code.UNARY : Code.PRIMARY;
        if (!fitsLong) {
            return Code.primary("BigInteger.Parse(\"" + value + "\")");
        }
        if (typed) {
            return new Code(value.toString(), precedence);
        }
        return context.big ? Code.primary("new BigInteger(" + value + (value.bitLength() > 31 ? "L" : "") + ")")
                : new Code(value + "L", precedence);
    }

    static Code floatLiteral(double value) {
        if (Double.isNaN(value)) {
            return Code.primary("double.NaN");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? Code.primary("double.PositiveInfinity") : Code.primary("double.NegativeInfinity");
        }
        String repr = new PyFloat(value).toString();
        return new Code(repr, repr.startsWith("-") ? Code.UNARY : Code.PRIMARY);
    }

    /** A numeric expression in the program's int type; {@code typed} when the slot fixes the type. */
    Code integer(Expr expression, boolean typed) {
        return switch (expression.type()) {
            case Type.Bool ignored -> expression instanceof Expr.BoolConst constant
                    ? intLiteral(constant.value() ? BigInteger.ONE : BigInteger.ZERO, typed)
                    : new Code(expr(expression).atLeast(Code.OR) + " ? " + intLiteral(BigInteger.ONE, typed) + " : "
                    + intLiteral(BigInteger.ZERO, typed), Code.CONDITIONAL);
            case Type.Int ignored -> render(expression, typed);
            default -> throw refuse("an int operand of type " + expression.type().python(), expression.span());
        };
    }

    /** An int expression as a C# long (an index or a count): a BigInteger is cast. */
    Code asLong(Expr expression) {
        Code value = integer(expression, true);
        return context.big && !(expression instanceof Expr.IntConst) ? new Code("(long)" + value.atLeast(Code.UNARY), Code.UNARY) : value;
    }

    /** A numeric expression as a double (ints converted correctly rounded, as Python's float(int)). */
    Code number(Expr expression) {
        return switch (expression.type()) {
            case Type.Float ignored -> expr(expression);
            case Type.Int ignored -> {
                if (expression instanceof Expr.IntConst constant && constant.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
                    yield floatLiteral(constant.value().doubleValue());
                }
                yield context.big ? Code.primary(context.use("ToDouble") + "(" + expr(expression) + ")")
                        : new Code("(double)" + expr(expression).atLeast(Code.UNARY), Code.UNARY);
            }
            case Type.Bool ignored -> new Code(expr(expression).atLeast(Code.OR) + " ? 1.0 : 0.0", Code.CONDITIONAL);
            default -> throw refuse("a float operand of type " + expression.type().python(), expression.span());
        };
    }

    /** Python's truth value of an expression, as a bool. */
    Code truth(Expr expression) {
        Code value = expr(expression);
        return switch (expression.type()) {
            case Type.Bool ignored -> value;
            case Type.Int ignored -> context.big ? new Code("!" + value.atLeast(Code.PRIMARY) + ".IsZero", Code.UNARY)
                    : new Code(value.atLeast(Code.RELATIONAL) + " != 0", Code.EQUALITY);
            case Type.Float ignored -> new Code(value.atLeast(Code.RELATIONAL) + " != 0", Code.EQUALITY);
            case Type.Str ignored -> new Code(value.atLeast(Code.PRIMARY) + ".Length > 0", Code.RELATIONAL);
            case Type.ListOf ignored -> new Code(value.atLeast(Code.PRIMARY) + ".Count > 0", Code.RELATIONAL);
            case Type.TupleOf tuple -> Code.primary(tuple.elements().isEmpty() ? "false" : "true");
            case Type.Range ignored -> {
                Code length = calls.length(expression, true);
                yield new Code(length.atLeast(Code.RELATIONAL) + " > 0", Code.RELATIONAL);
            }
            default -> throw refuse("the truth value of a " + expression.type().python(), expression.span());
        };
    }

    /**
     * Int arguments of a helper with long and BigInteger overloads: literals are bare, except that when all are
     * literals the first is typed, so that C# picks the overload of the program's int type.
     */
    Code[] intArguments(Expr... arguments) {
        boolean allLiterals = java.util.Arrays.stream(arguments).allMatch(a -> a instanceof Expr.IntConst || a instanceof Expr.BoolConst);
        Code[] codes = new Code[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            codes[i] = integer(arguments[i], !(allLiterals && i == 0));
        }
        return codes;
    }

    /** Both operands of an int operation: a literal is bare when the other operand already has the int type. */
    private Code[] intOperands(Expr left, Expr right) {
        boolean leftLiteral = left instanceof Expr.IntConst || left instanceof Expr.BoolConst;
        boolean rightLiteral = right instanceof Expr.IntConst || right instanceof Expr.BoolConst;
        return new Code[] {integer(left, !rightLiteral), integer(right, !leftLiteral || !rightLiteral)};
    }

    private Code binary(Expr.Binary binary) {
        Expr left = binary.left();
        Expr right = binary.right();
        BinaryOperator operator = binary.operator();
        return switch (binary.type()) {
            case Type.Int ignored -> {
                Code[] operands = intOperands(left, right);
                yield switch (operator) {
                    case ADD -> arithmetic(operands[0], "+", operands[1], Code.ADDITIVE);
                    case SUBTRACT -> arithmetic(operands[0], "-", operands[1], Code.ADDITIVE);
                    case MULTIPLY -> arithmetic(operands[0], "*", operands[1], Code.MULTIPLICATIVE);
                    case FLOOR_DIVIDE -> call(context.use("FloorDiv"), operands);
                    case MODULO -> call(context.use("Mod"), operands);
                    case POWER -> call(context.use("Pow"), operands);
                    case DIVIDE -> throw refuse("an int-typed true division", binary.span());
                };
            }
            case Type.Float ignored -> switch (operator) {
                case ADD -> arithmetic(number(left), "+", number(right), Code.ADDITIVE);
                case SUBTRACT -> arithmetic(number(left), "-", number(right), Code.ADDITIVE);
                case MULTIPLY -> arithmetic(number(left), "*", number(right), Code.MULTIPLICATIVE);
                case DIVIDE -> isIntLike(left) && isIntLike(right) ? intDivision(left, right)
                        : arithmetic(number(left), "/", number(right), Code.MULTIPLICATIVE);
                case FLOOR_DIVIDE -> call(context.use("FloorDivFloat"), number(left), number(right));
                case MODULO -> call(context.use("ModFloat"), number(left), number(right));
                // Math.Pow is the C library's pow, as CPython's float ** is.
                case POWER -> call("Math.Pow", number(left), number(right));
            };
            case Type.Str ignored -> switch (operator) {
                case ADD -> arithmetic(expr(left), "+", expr(right), Code.ADDITIVE);
                case MULTIPLY -> left.type() instanceof Type.Str ? call(context.use("Repeat"), expr(left), asLong(right))
                        : call(context.use("Repeat"), expr(right), asLong(left));
                default -> throw refuse("the operator " + operator.symbol() + " on strs", binary.span());
            };
            case Type.ListOf ignored -> switch (operator) {
                case ADD -> Code.primary(expr(left).atLeast(Code.PRIMARY) + ".Concat(" + expr(right) + ").ToList()");
                case MULTIPLY -> left.type() instanceof Type.ListOf ? call(context.use("Repeat"), expr(left), asLong(right))
                        : call(context.use("Repeat"), expr(right), asLong(left));
                default -> throw refuse("the operator " + operator.symbol() + " on lists", binary.span());
            };
            default -> throw refuse("the operator " + operator.symbol() + " giving a " + binary.type().python(), binary.span());
        };
    }

    static Code call(String function, Code... arguments) {
        return Code.primary(function + "(" + List.of(arguments).stream().map(Code::text).collect(Collectors.joining(", ")) + ")");
    }

    private static boolean isIntLike(Expr expression) {
        return expression.type() instanceof Type.Int || expression.type() instanceof Type.Bool;
    }

    private Code intDivision(Expr left, Expr right) {
        if (left instanceof Expr.IntConst a && right instanceof Expr.IntConst b && a.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0
                && b.value().abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
            return arithmetic(number(left), "/", number(right), Code.MULTIPLICATIVE);
        }
        return call(context.use("TrueDiv"), intOperands(left, right));
    }

    /** A left-associative operator: the right operand needs parentheses at the same level. */
    static Code arithmetic(Code left, String operator, Code right, int precedence) {
        return new Code(left.atLeast(precedence) + " " + operator + " " + right.atLeast(precedence + 1), precedence);
    }

    private Code negate(Expr.Negate negate) {
        Expr operand = negate.operand();
        if (negate.plus()) {
            return operand.type() instanceof Type.Bool ? integer(operand, false) : expr(operand);
        }
        Code value = operand.type() instanceof Type.Float ? expr(operand) : integer(operand, false);
        String text = value.atLeast(Code.UNARY);
        return new Code("-" + (text.startsWith("-") || text.startsWith("+") ? "(" + text + ")" : text), Code.UNARY);
    }

    private Code logical(Expr.Logical logical, boolean typed) {
        List<Expr> operands = constantsFolded(logical);
        if (operands.size() == 1) {
            return render(operands.getFirst(), typed);
        }
        if (logical.type() instanceof Type.Bool) {
            String operator = logical.operator() == BoolOperator.AND ? " && " : " || ";
            int precedence = logical.operator() == BoolOperator.AND ? Code.AND : Code.OR;
            return new Code(operands.stream().map(e -> expr(e).atLeast(precedence + 1)).collect(Collectors.joining(operator)), precedence);
        }
        // The type argument is spelled out: inferred from a bare literal it would be int.
        String helper = context.use(logical.operator() == BoolOperator.AND ? "And" : "Or") + "<" + types.of(logical.type(), logical.span()) + ">";
        Code result = typed(operands.getLast());
        for (int i = operands.size() - 2; i >= 0; i--) {
            result = Code.primary(helper + "(" + typed(operands.get(i)) + ", () => " + result.atLeast(Code.CONDITIONAL) + ")");
        }
        return result;
    }

    /** The operands with the constants before the last decided: {@code 0 or x} is {@code x}, {@code 3 or x} is {@code 3}. */
    private static List<Expr> constantsFolded(Expr.Logical logical) {
        boolean or = logical.operator() == BoolOperator.OR;
        List<Expr> kept = new ArrayList<>();
        List<Expr> operands = logical.operands();
        for (int i = 0; i < operands.size(); i++) {
            Expr operand = operands.get(i);
            Optional<Boolean> truth = switch (operand) {
                case Expr.IntConst constant -> Optional.of(constant.value().signum() != 0);
                case Expr.FloatConst constant -> Optional.of(constant.value() != 0.0);
                case Expr.BoolConst constant -> Optional.of(constant.value());
                case Expr.StrConst constant -> Optional.of(!constant.value().isEmpty());
                default -> Optional.empty();
            };
            if (i == operands.size() - 1 || truth.isEmpty()) {
                kept.add(operand);
            } else if (truth.get() == or) {
                kept.add(operand);
                break;
            }
        }
        return kept;
    }

    private Code compare(Expr.Compare compare) {
        if (compare.links().size() == 1) {
            return comparison(compare.first(), compare.links().getFirst().operator(), compare.links().getFirst().right());
        }
        List<String> parts = new ArrayList<>();
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            if (i < compare.links().size() - 1 && !Effects.pure(link.right())) {
                throw refuse("a comparison chain whose middle operand has side effects", link.right().span());
            }
            parts.add(comparison(left, link.operator(), link.right()).atLeast(Code.AND + 1));
            left = link.right();
        }
        return new Code(String.join(" && ", parts), Code.AND);
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
        String symbol = operator.symbol();
        if (left.isNumeric() && right.isNumeric()) {
            boolean leftFloat = left instanceof Type.Float;
            boolean rightFloat = right instanceof Type.Float;
            if (leftFloat && rightFloat) {
                return arithmetic(expr(a), symbol, expr(b), precedence);
            }
            if (!leftFloat && !rightFloat) {
                if (left instanceof Type.Bool && right instanceof Type.Bool && equality) {
                    return arithmetic(expr(a), symbol, expr(b), precedence);
                }
                Code[] operands = intOperands(a, b);
                return arithmetic(operands[0], symbol, operands[1], precedence);
            }
            // C# would round the int to a double first; Python compares exactly.
            Code intSide = integer(leftFloat ? b : a, false);
            Code floatSide = expr(leftFloat ? a : b);
            CompareOperator normalized = leftFloat ? mirrored(operator) : operator;
            String test = switch (normalized) {
                case EQUAL -> context.use("EqIntFloat") + "(" + intSide + ", " + floatSide + ")";
                case NOT_EQUAL -> "!" + context.use("EqIntFloat") + "(" + intSide + ", " + floatSide + ")";
                case LESS -> context.use("LessIntFloat") + "(" + intSide + ", " + floatSide + ")";
                case GREATER -> context.use("GreaterIntFloat") + "(" + intSide + ", " + floatSide + ")";
                case LESS_EQUAL -> "!" + context.use("GreaterIntFloat") + "(" + intSide + ", " + floatSide + ") && !double.IsNaN(" + floatSide + ")";
                default -> "!" + context.use("LessIntFloat") + "(" + intSide + ", " + floatSide + ") && !double.IsNaN(" + floatSide + ")";
            };
            return new Code(test, test.contains("&&") ? Code.AND : Code.UNARY);
        }
        if (left instanceof Type.Str && right instanceof Type.Str) {
            if (equality) {
                return arithmetic(expr(a), symbol, expr(b), precedence);
            }
            return new Code("string.CompareOrdinal(" + expr(a) + ", " + expr(b) + ") " + symbol + " 0", Code.RELATIONAL);
        }
        if ((left instanceof Type.ListOf || left instanceof Type.TupleOf) && left.getClass() == right.getClass()) {
            if (equality) {
                String test = context.use("Eq") + "(" + expr(a) + ", " + expr(b) + ")";
                return operator == CompareOperator.EQUAL ? Code.primary(test) : new Code("!" + test, Code.UNARY);
            }
            return new Code(context.use("Compare") + "(" + expr(a) + ", " + expr(b) + ") " + symbol + " 0", Code.RELATIONAL);
        }
        throw refuse("comparing a " + left.python() + " with a " + right.python(), a.span());
    }

    private static CompareOperator mirrored(CompareOperator operator) {
        return switch (operator) {
            case LESS -> CompareOperator.GREATER;
            case GREATER -> CompareOperator.LESS;
            case LESS_EQUAL -> CompareOperator.GREATER_EQUAL;
            case GREATER_EQUAL -> CompareOperator.LESS_EQUAL;
            default -> operator;
        };
    }

    private Code membership(Expr member, Expr container) {
        return switch (container.type()) {
            case Type.Str ignored -> Code.primary(expr(container).atLeast(Code.PRIMARY) + ".Contains(" + expr(member) + ")");
            case Type.Range ignored -> {
                Expr.RangeOf range = CsCalls.rangeOf(container);
                yield call(context.use("RangeContains"), intArguments(member, range.start(), range.stop(), range.step()));
            }
            case Type.ListOf list when primitive(list.element()) ->
                    Code.primary(expr(container).atLeast(Code.PRIMARY) + ".Contains(" + typed(member) + ")");
            default -> call(context.use("Contains"), calls.iterable(container), typed(member));
        };
    }

    /** Whether C#'s Equals is Python's == for the type (so List.Contains and IndexOf can be used). */
    static boolean primitive(Type type) {
        return type instanceof Type.Int || type instanceof Type.Str || type instanceof Type.Bool;
    }

    private Code index(Expr.Index index) {
        Expr target = index.target();
        if (target.type() instanceof Type.TupleOf tuple) {
            BigInteger position = ((Expr.IntConst) index.index()).value();
            int resolved = position.signum() < 0 ? position.intValue() + tuple.elements().size() : position.intValue();
            return Code.primary(expr(target).atLeast(Code.PRIMARY) + ".Item" + (resolved + 1));
        }
        Optional<String> position = position(index.index());
        boolean str = target.type() instanceof Type.Str;
        if (position.isPresent()) {
            return Code.primary(expr(target).atLeast(Code.PRIMARY) + "[" + position.get() + "]" + (str ? ".ToString()" : ""));
        }
        return call(context.use("At"), expr(target), asLong(index.index()));
    }

    /** The C# index for a Python index known to be non-negative, when it is. */
    Optional<String> position(Expr index) {
        if (index instanceof Expr.IntConst constant && constant.value().signum() >= 0 && constant.value().bitLength() < 31) {
            return Optional.of(constant.value().toString());
        }
        if (nonNegative(index, context.nonNegative)) {
            return Optional.of("(int)" + integer(index, true).atLeast(Code.UNARY));
        }
        return Optional.empty();
    }

    /** Whether an int expression is certainly at least zero, given loop variables known to be. */
    static boolean nonNegative(Expr expression, Set<Variable> nonNegativeVariables) {
        return switch (expression) {
            case Expr.IntConst constant -> constant.value().signum() >= 0;
            case Expr.Load load -> nonNegativeVariables.contains(load.variable());
            case Expr.BuiltinCall call -> call.builtin() == dev.codelive.codelive.ir.Builtin.LEN;
            case Expr.Binary binary -> (binary.operator() == BinaryOperator.ADD || binary.operator() == BinaryOperator.MULTIPLY
                    || binary.operator() == BinaryOperator.FLOOR_DIVIDE) && binary.type() instanceof Type.Int
                    && nonNegative(binary.left(), nonNegativeVariables) && nonNegative(binary.right(), nonNegativeVariables);
            default -> false;
        };
    }

    private Code slice(Expr.Slice slice) {
        String bound = "null";
        return call(context.use("Slice"), expr(slice.target()),
                slice.lower().map(this::asLong).orElse(Code.primary(bound)),
                slice.upper().map(this::asLong).orElse(Code.primary(bound)),
                slice.step().map(this::asLong).orElse(Code.primary(bound)));
    }

    /** A list element as an lvalue, when its index is known to be non-negative. */
    Optional<String> elementLvalue(Target.Element element) {
        return position(element.index()).map(p -> expr(element.list()).atLeast(Code.PRIMARY) + "[" + p + "]");
    }
}
