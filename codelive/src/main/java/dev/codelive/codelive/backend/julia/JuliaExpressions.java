package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders IR expressions as Julia expressions with Python's meaning: {@code fld}/{@code mod} for {@code //} and
 * {@code %}, 0-based and negative indexes moved to 1-based ones, typed comprehensions, and ints widened where only
 * literals (which Julia types {@code Int64}) meet in a program of wider ints. One instance per body.
 */
final class JuliaExpressions {
    private final JuliaTypes types;
    private final JuliaPrelude prelude;
    private final Effects effects;
    private final IntLowerBounds facts;
    private final JuliaStrings strings;
    /** The snippet's functions by name, for their parameters' types (Julia does not convert arguments). */
    private final java.util.Map<String, dev.codelive.codelive.ir.Function> functions;
    private final JuliaKnobs knobs;
    private final JuliaParallel parallel;
    /** Julia names standing in for snippet variables: a parallel loop's accumulators are its chunk's partials. */
    private final java.util.Map<Variable, String> aliases = new java.util.HashMap<>();
    /** How many loops (statements or comprehensions) enclose the code being written, for unsafe indexing. */
    private int loops;

    JuliaExpressions(JuliaTypes types, JuliaPrelude prelude, Effects effects, IntLowerBounds facts,
                     java.util.Map<String, dev.codelive.codelive.ir.Function> functions, JuliaKnobs knobs, String chunk) {
        this.types = types;
        this.prelude = prelude;
        this.effects = effects;
        this.facts = facts;
        this.functions = functions;
        this.knobs = knobs;
        this.strings = new JuliaStrings(this);
        this.parallel = new JuliaParallel(this, knobs, chunk);
    }

    JuliaKnobs knobs() {
        return knobs;
    }

    /** The Julia name of a variable: its alias while one is set, else its own. */
    String name(Variable variable) {
        return aliases.getOrDefault(variable, JuliaNames.of(variable.name()));
    }

    /** Writes {@code variable} as {@code alias} until {@link #unalias}. */
    void alias(Variable variable, String alias) {
        aliases.put(variable, alias);
    }

    void unalias(Variable variable) {
        aliases.remove(variable);
    }

    /** Brackets code that runs once per iteration of a loop. */
    void enterLoop() {
        loops++;
    }

    void exitLoop() {
        loops--;
    }

    JuliaTypes types() {
        return types;
    }

    JuliaPrelude prelude() {
        return prelude;
    }

    JuliaStrings strings() {
        return strings;
    }

    static BackendRefusal refuse(String construct, Span where) {
        return new BackendRefusal("julia", construct, where == null ? null : where.start());
    }

    boolean isPure(Expr expression) {
        return !effects.hasEffects(expression);
    }

    Expr requirePure(Expr expression, String what) {
        if (!isPure(expression)) {
            throw refuse(what + " with a call that prints or changes a list", expression.span());
        }
        return expression;
    }

    String text(Expr expression) {
        return write(expression).text();
    }

    Jl write(Expr expression) {
        return switch (expression) {
            case Expr.IntConst constant -> integer(constant.value());
            case Expr.FloatConst constant -> floating(constant.value());
            case Expr.BoolConst constant -> Jl.atom(constant.value() ? "true" : "false");
            case Expr.StrConst constant -> Jl.atom(JuliaStrings.literal(constant.value()));
            case Expr.NoneConst ignored -> Jl.atom("nothing");
            case Expr.Load load -> Jl.atom(load.variable().name().endsWith("#") ? "var\"" + load.variable().name() + "\""
                    : name(load.variable()));
            case Expr.MathConst constant -> floating(constant.value());
            case Expr.Binary binary -> binary(binary);
            case Expr.Negate negate -> negate(negate);
            case Expr.Not not -> new Jl("!" + truthy(not.operand()).at(Jl.UNARY), Jl.UNARY);
            case Expr.Logical logical -> logical(logical);
            case Expr.Compare compare -> compare(compare);
            case Expr.Conditional conditional -> new Jl(truthy(conditional.condition()).at(Jl.TERNARY + 1) + " ? "
                    + write(conditional.whenTrue()).at(Jl.TERNARY + 1) + " : " + write(conditional.whenFalse()).at(Jl.TERNARY), Jl.TERNARY);
            case Expr.ListLiteral list -> Jl.atom(types.julia(list.type(), list.span()).replaceFirst("^Vector\\{(.*)}$", "$1")
                    + "[" + list.elements().stream().map(this::text).collect(Collectors.joining(", ")) + "]");
            case Expr.TupleLiteral tuple -> Jl.atom("(" + tuple.elements().stream()
                    .map(element -> element.type() instanceof Type.Int ? widened(element).text() : text(element))
                    .collect(Collectors.joining(", ")) + (tuple.elements().size() == 1 ? ",)" : ")"));
            case Expr.RangeOf range -> range(range);
            case Expr.Index index -> index(index);
            case Expr.Slice slice -> slice(slice);
            case Expr.Call call -> call(call);
            case Expr.BuiltinCall call when knobs.parallel(call) -> parallel.reduction(call);
            case Expr.BuiltinCall call -> builtin(call);
            case Expr.MethodCall call -> call.receiver().type() instanceof Type.Str ? strings.method(call) : listMethod(call);
            case Expr.MathCall call -> math(call);
            case Expr.Comprehension comprehension when knobs.parallel(comprehension) -> parallel.map(comprehension);
            case Expr.Comprehension comprehension -> comprehension(comprehension);
            case Expr.FString fstring -> strings.fstring(fstring);
        };
    }

    /** A call of one of the snippet's functions, each argument converted to its parameter's type. */
    private Jl call(Expr.Call call) {
        dev.codelive.codelive.ir.Function function = functions.get(call.function());
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            Expr argument = call.arguments().get(i);
            Type parameter = function == null ? argument.type() : function.parameters().get(i).type();
            arguments.add(switch (parameter) {
                case Type.Float ignored -> asFloat(argument).text();
                case Type.Int ignored -> widened(argument).text();
                default -> text(argument);
            });
        }
        return Jl.atom(JuliaNames.of(call.function()) + "(" + String.join(", ", arguments) + ")");
    }

    static Jl integer(BigInteger value) {
        return value.signum() < 0 ? new Jl(value.toString(), Jl.UNARY) : Jl.atom(value.toString());
    }

    static Jl floating(double value) {
        if (Double.isNaN(value)) {
            return Jl.atom("NaN");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? Jl.atom("Inf") : new Jl("-Inf", Jl.UNARY);
        }
        String digits = Double.toString(value).replace("E", "e");
        return digits.startsWith("-") ? new Jl(digits, Jl.UNARY) : Jl.atom(digits);
    }

    /**
     * Whether Julia gives this int expression the type {@code Int64} whatever the program's width: literals, lengths
     * and positions, bools, and their negation.
     */
    boolean narrow(Expr expression) {
        return switch (expression) {
            case Expr.IntConst ignored -> true;
            case Expr.BoolConst ignored -> true;
            case Expr.BuiltinCall call -> call.builtin() == Builtin.LEN || call.builtin() == Builtin.ORD;
            case Expr.MethodCall call -> call.method().equals("index") || call.method().equals("count") || call.method().equals("find");
            // int arithmetic of narrow operands widens its left one (see binary), so its result is never narrow
            case Expr.Binary ignored -> false;
            case Expr.Negate negate -> narrow(negate.operand());
            default -> expression.type() instanceof Type.Bool;
        };
    }

    /** An int operand: bools become ints (Julia's Bool arithmetic would keep some results Bool). */
    Jl number(Expr expression) {
        Jl written = write(expression);
        return expression.type() instanceof Type.Bool ? Jl.call("Int", written) : written;
    }

    /** An int operand converted to the program's int type where it would otherwise stay {@code Int64}. */
    Jl widened(Expr expression) {
        if (!types.wide() || !narrow(expression)) {
            return number(expression);
        }
        if (expression instanceof Expr.IntConst constant) {
            return Jl.atom(types.wideLiteral(constant.value()));
        }
        return Jl.call(types.wide() && types.intType().equals("BigInt") ? "big" : types.intType(), number(expression));
    }

    /** Python's truth value of any expression, as a Julia Bool. */
    Jl truthy(Expr expression) {
        return switch (expression.type()) {
            case Type.Bool ignored -> write(expression);
            case Type.Int ignored -> Jl.binary(write(expression), "!=", Jl.atom("0"), Jl.COMPARE);
            case Type.Float ignored -> Jl.binary(write(expression), "!=", Jl.atom("0"), Jl.COMPARE);
            case Type.Str ignored -> new Jl("!isempty(" + text(expression) + ")", Jl.UNARY);
            case Type.ListOf ignored -> new Jl("!isempty(" + text(expression) + ")", Jl.UNARY);
            case Type.TupleOf ignored -> new Jl("!isempty(" + text(expression) + ")", Jl.UNARY);
            case Type.None ignored -> Jl.atom("false");
            default -> throw refuse("the truth value of a " + expression.type().python(), expression.span());
        };
    }

    private Jl binary(Expr.Binary binary) {
        Expr left = binary.left();
        Expr right = binary.right();
        BinaryOperator operator = binary.operator();
        Type type = binary.type();
        if (type instanceof Type.Str) {
            return switch (operator) {
                case ADD -> Jl.binary(write(left), "*", write(right), Jl.MULTIPLY);
                case MULTIPLY -> left.type() instanceof Type.Str
                        ? Jl.call("repeat", write(left), Jl.call("max", number(right), Jl.atom("0")))
                        : Jl.call("repeat", write(right), Jl.call("max", number(left), Jl.atom("0")));
                default -> throw refuse("the str operator " + operator.symbol(), binary.span());
            };
        }
        if (type instanceof Type.ListOf) {
            return switch (operator) {
                case ADD -> Jl.call("vcat", write(left), write(right));
                case MULTIPLY -> left.type() instanceof Type.ListOf
                        ? Jl.call("repeat", write(left), Jl.call("max", number(right), Jl.atom("0")))
                        : Jl.call("repeat", write(right), Jl.call("max", number(left), Jl.atom("0")));
                default -> throw refuse("the list operator " + operator.symbol(), binary.span());
            };
        }
        if (type instanceof Type.Float) {
            boolean ints = !(left.type() instanceof Type.Float) && !(right.type() instanceof Type.Float);
            return switch (operator) {
                case ADD -> Jl.binary(number(left), "+", number(right), Jl.ADD);
                case SUBTRACT -> Jl.binary(number(left), "-", number(right), Jl.ADD);
                case MULTIPLY -> Jl.binary(number(left), "*", number(right), Jl.MULTIPLY);
                case DIVIDE -> ints ? Jl.call(prelude.use(JuliaHelper.TRUEDIV, "pytruediv"), number(left), number(right))
                        : Jl.binary(number(left), "/", number(right), Jl.MULTIPLY);
                case FLOOR_DIVIDE -> Jl.call(prelude.use(JuliaHelper.FLOAT_DIVISION, "pyfloordiv"), asFloat(left), asFloat(right));
                case MODULO -> Jl.call(prelude.use(JuliaHelper.FLOAT_DIVISION, "pyfloatmod"), asFloat(left), asFloat(right));
                case POWER -> new Jl(asFloat(left).at(Jl.POWER + 1) + " ^ " + number(right).at(Jl.POWER), Jl.POWER);
            };
        }
        // ints: widen the left operand when nothing in the operation has the program's (wider) int type
        Jl a = narrow(left) && narrow(right) ? widened(left) : number(left);
        Jl b = number(right);
        return switch (operator) {
            case ADD -> Jl.binary(a, "+", b, Jl.ADD);
            case SUBTRACT -> Jl.binary(a, "-", b, Jl.ADD);
            case MULTIPLY -> Jl.binary(a, "*", b, Jl.MULTIPLY);
            case FLOOR_DIVIDE -> Jl.call("fld", a, b);
            case MODULO -> Jl.call("mod", a, b);
            case POWER -> new Jl(a.at(Jl.POWER + 1) + " ^ " + b.at(Jl.POWER), Jl.POWER);
            case DIVIDE -> throw new IllegalStateException("true division typed int at " + binary.span());
        };
    }

    /** A number as a Float64. */
    Jl asFloat(Expr expression) {
        if (expression.type() instanceof Type.Float) {
            return write(expression);
        }
        if (expression instanceof Expr.IntConst constant) {
            return floating(constant.value().doubleValue());
        }
        return Jl.call("Float64", number(expression));
    }

    private Jl negate(Expr.Negate negate) {
        Jl operand = number(negate.operand());
        if (negate.plus()) {
            return operand;
        }
        return new Jl("-" + (operand.precedence() <= Jl.UNARY ? "(" + operand.text() + ")" : operand.text()), Jl.UNARY);
    }

    private Jl logical(Expr.Logical logical) {
        boolean and = logical.operator() == BoolOperator.AND;
        List<Expr> operands = logical.operands();
        if (logical.type() instanceof Type.Bool) {
            int precedence = and ? Jl.AND : Jl.OR;
            return new Jl(operands.stream().map(operand -> write(operand).at(precedence + 1))
                    .collect(Collectors.joining(and ? " && " : " || ")), precedence);
        }
        // Python answers the deciding operand itself: each is evaluated once, in a let when it has effects
        Jl result = write(operands.getLast());
        for (int i = operands.size() - 2; i >= 0; i--) {
            Expr operand = operands.get(i);
            if (isPure(operand)) {
                Jl value = write(operand);
                String test = truthy(operand).at(Jl.TERNARY + 1);
                result = new Jl(test + " ? " + (and ? result.at(Jl.TERNARY + 1) + " : " + value.at(Jl.TERNARY)
                        : value.at(Jl.TERNARY + 1) + " : " + result.at(Jl.TERNARY)), Jl.TERNARY);
            } else {
                // var"held#" can be no Python name
                Expr held = new Expr.Load(new dev.codelive.codelive.ir.Variable("held#", operand.type(),
                        dev.codelive.codelive.ir.Variable.Scope.LOCAL), operand.span());
                String test = truthy(held).at(Jl.TERNARY + 1);
                result = Jl.atom("(let var\"held#\" = " + text(operand) + "; " + test + " ? "
                        + (and ? result.at(Jl.TERNARY + 1) + " : var\"held#\"" : "var\"held#\" : " + result.at(Jl.TERNARY)) + " end)");
            }
        }
        return result;
    }

    private Jl compare(Expr.Compare compare) {
        boolean chainable = compare.links().stream().allMatch(link -> switch (link.operator()) {
            case IN, NOT_IN, IS, IS_NOT -> false;
            default -> true;
        });
        if (chainable) {
            // Julia chains comparisons as Python does: each operand evaluated once, short-circuiting
            StringBuilder out = new StringBuilder(write(compare.first()).at(Jl.COMPARE + 1));
            for (Expr.Compare.Link link : compare.links()) {
                out.append(' ').append(symbol(link.operator())).append(' ').append(write(link.right()).at(Jl.COMPARE + 1));
            }
            return new Jl(out.toString(), Jl.COMPARE);
        }
        List<String> parts = new ArrayList<>();
        Expr left = compare.first();
        for (int i = 0; i < compare.links().size(); i++) {
            Expr.Compare.Link link = compare.links().get(i);
            if (i < compare.links().size() - 1) {
                requirePure(link.right(), "the middle of a comparison chain");
            }
            parts.add(compareOne(left, link.operator(), link.right(), compare.span()).at(Jl.AND + 1));
            left = link.right();
        }
        return parts.size() == 1 ? compareOne(compare.first(), compare.links().getFirst().operator(), compare.links().getFirst().right(), compare.span())
                : new Jl(String.join(" && ", parts), Jl.AND);
    }

    private static String symbol(CompareOperator operator) {
        return switch (operator) {
            case EQUAL -> "==";
            case NOT_EQUAL -> "!=";
            case LESS -> "<";
            case LESS_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_EQUAL -> ">=";
            default -> throw new IllegalArgumentException(operator.symbol());
        };
    }

    private Jl compareOne(Expr left, CompareOperator operator, Expr right, Span span) {
        return switch (operator) {
            case IN -> contains(right, left, span);
            case NOT_IN -> new Jl("!" + contains(right, left, span).at(Jl.ATOM), Jl.UNARY);
            case IS, IS_NOT -> throw refuse("'" + operator.symbol() + "' comparisons", span);
            default -> Jl.binary(write(left), symbol(operator), write(right), Jl.COMPARE);
        };
    }

    private Jl contains(Expr container, Expr member, Span span) {
        return switch (container.type()) {
            case Type.Str ignored -> Jl.call("occursin", write(member), write(container));
            case Type.ListOf ignored -> Jl.binary(write(member), "in", write(container), Jl.COMPARE);
            case Type.TupleOf ignored -> Jl.binary(write(member), "in", write(container), Jl.COMPARE);
            case Type.Range ignored -> Jl.binary(write(member), "in", write(container), Jl.COMPARE);
            default -> throw refuse("'in' over a " + container.type().python(), span);
        };
    }

    /** range(start, stop, step) as a Julia range, whose stop is inclusive. */
    Jl range(Expr.RangeOf range) {
        Jl start = widened(range.start());
        Optional<BigInteger> step = range.step() instanceof Expr.IntConst constant && constant.value().signum() != 0
                ? Optional.of(constant.value()) : Optional.empty();
        if (step.isPresent() && step.get().equals(BigInteger.ONE)) {
            return new Jl(start.at(Jl.RANGE + 1) + ":" + shifted(range.stop(), -1).at(Jl.RANGE + 1), Jl.RANGE);
        }
        String last = step.isPresent()
                ? shifted(range.stop(), step.get().signum() > 0 ? -1 : 1).at(Jl.RANGE + 1)
                : Jl.binary(number(range.stop()), "-", Jl.call("sign", number(range.step())), Jl.ADD).at(Jl.RANGE + 1);
        return new Jl(start.at(Jl.RANGE + 1) + ":" + number(range.step()).at(Jl.RANGE + 1) + ":" + last, Jl.RANGE);
    }

    /** {@code e + offset}, folding constants: {@code n + 1} shifted by -1 is {@code n}. */
    Jl shifted(Expr expression, int offset) {
        if (expression instanceof Expr.IntConst constant) {
            return integer(constant.value().add(BigInteger.valueOf(offset)));
        }
        if (expression instanceof Expr.Binary binary && binary.right() instanceof Expr.IntConst constant
                && (binary.operator() == BinaryOperator.ADD || binary.operator() == BinaryOperator.SUBTRACT)) {
            BigInteger term = binary.operator() == BinaryOperator.ADD ? constant.value() : constant.value().negate();
            BigInteger folded = term.add(BigInteger.valueOf(offset));
            Jl base = number(binary.left());
            return folded.signum() == 0 ? base : Jl.binary(base, folded.signum() > 0 ? "+" : "-", Jl.atom(folded.abs().toString()), Jl.ADD);
        }
        return Jl.binary(number(expression), offset > 0 ? "+" : "-", Jl.atom(String.valueOf(Math.abs(offset))), Jl.ADD);
    }

    private Jl index(Expr.Index index) {
        Expr target = index.target();
        return switch (target.type()) {
            case Type.ListOf ignored -> listIndex(index);
            case Type.Str ignored -> Jl.call(prelude.use(JuliaHelper.CHAR, "pychar"), write(target), number(index.index()));
            case Type.TupleOf tuple when index.index() instanceof Expr.IntConst constant -> {
                int at = constant.value().intValue();
                yield Jl.atom(write(target).at(Jl.ATOM) + "[" + ((at < 0 ? at + tuple.elements().size() : at) + 1) + "]");
            }
            default -> throw refuse("indexing a " + target.type().python() + " value", index.span());
        };
    }

    /**
     * {@code xs[i]}; under {@code unsafe}, inside a loop, without Julia's bounds check: the snippet has no input and
     * its reference run ended without an IndexError, so every index this code computes was in range.
     */
    private Jl listIndex(Expr.Index index) {
        Jl indexed = Jl.atom(write(index.target()).at(Jl.ATOM) + "[" + position(index.index(), index.target()) + "]");
        if (!knobs.unsafe() || loops == 0) {
            return indexed;
        }
        knobs.droppedCheck(index);
        return Jl.atom("@inbounds(" + indexed.text() + ")");
    }

    /** The 1-based Julia index of a Python index into {@code sequence} (used inside its brackets, where end works). */
    String position(Expr index, Expr sequence) {
        if (index instanceof Expr.IntConst constant) {
            BigInteger value = constant.value();
            if (value.signum() >= 0) {
                return value.add(BigInteger.ONE).toString();
            }
            BigInteger back = value.add(BigInteger.ONE).negate();
            return back.signum() == 0 ? "end" : "end - " + back;
        }
        if (facts.proves(index)) {
            return shifted(index, 1).text();
        }
        requirePure(sequence, "an index into a list");
        return prelude.use(JuliaHelper.INDEX, "pyindex") + "(length(" + text(sequence) + "), " + number(index).text() + ")";
    }

    private Jl slice(Expr.Slice slice) {
        Expr target = slice.target();
        boolean reverse = slice.lower().isEmpty() && slice.upper().isEmpty() && slice.step().isPresent()
                && slice.step().get() instanceof Expr.IntConst step && step.value().equals(BigInteger.ONE.negate());
        if (reverse) {
            return Jl.call("reverse", write(target));
        }
        boolean list = target.type() instanceof Type.ListOf;
        Optional<BigInteger> lower = slice.lower().isEmpty() ? Optional.of(BigInteger.ZERO) : constant(slice.lower().get());
        Optional<BigInteger> upper = slice.upper().isEmpty() ? Optional.empty() : constant(slice.upper().get());
        if (list && slice.step().isEmpty() && lower.isPresent() && (slice.upper().isEmpty() || upper.isPresent())) {
            String from = lower.get().add(BigInteger.ONE).toString();
            String to = slice.upper().isEmpty() ? "end" : "min(" + upper.get() + ", end)";
            return Jl.atom(write(target).at(Jl.ATOM) + "[" + from + ":" + to + "]");
        }
        return Jl.call(prelude.use(JuliaHelper.SLICE, "pyslice"), write(target), part(slice.lower()), part(slice.upper()), part(slice.step()));
    }

    private static Optional<BigInteger> constant(Expr expression) {
        return expression instanceof Expr.IntConst constant && constant.value().signum() >= 0 ? Optional.of(constant.value()) : Optional.empty();
    }

    private Jl part(Optional<Expr> bound) {
        return bound.map(this::number).orElse(Jl.atom("nothing"));
    }

    /** What {@code for ... in} iterates over for this Python iterable. */
    Jl iterable(Expr iterable) {
        return switch (iterable) {
            case Expr.RangeOf range -> range(range);
            case Expr.BuiltinCall call when call.builtin() == Builtin.ENUMERATE -> {
                Jl start = call.arguments().size() > 1 ? widened(call.arguments().get(1)) : Jl.atom(types.wide() ? types.wideLiteral(BigInteger.ZERO) : "0");
                yield Jl.call("zip", Jl.call("Iterators.countfrom", start), iterable(call.arguments().getFirst()));
            }
            case Expr.BuiltinCall call when call.builtin() == Builtin.ZIP ->
                    Jl.atom("zip(" + call.arguments().stream().map(argument -> iterable(argument).text()).collect(Collectors.joining(", ")) + ")");
            case Expr.BuiltinCall call when call.builtin() == Builtin.REVERSED -> Jl.call("reverse", iterable(call.arguments().getFirst()));
            default -> iterable.type() instanceof Type.Str ? Jl.call(prelude.use(JuliaHelper.CHARS, "pychars"), write(iterable)) : write(iterable);
        };
    }

    /** A loop or comprehension target: a name or a (nested) tuple of names. */
    static String target(Target target, Span where) {
        return switch (target) {
            case Target.Store store -> JuliaNames.of(store.variable().name());
            case Target.Unpack unpack -> "(" + unpack.targets().stream().map(inner -> target(inner, where)).collect(Collectors.joining(", "))
                    + (unpack.targets().size() == 1 ? ",)" : ")");
            case Target.Element ignored -> throw refuse("a list element as a loop target", where);
        };
    }

    private Jl comprehension(Expr.Comprehension comprehension) {
        String body = comprehensionBody(comprehension);
        if (comprehension.lazy()) {
            return Jl.atom("(" + body + ")");
        }
        String element = types.julia(((Type.ListOf) comprehension.type()).element(), comprehension.span());
        return Jl.atom(element + "[" + body + "]");
    }

    /** {@code element for x in xs for y in ys if condition}: every condition moved to the end (Julia's place for it). */
    String comprehensionBody(Expr.Comprehension comprehension) {
        enterLoop();
        try {
            return clauses(comprehension);
        } finally {
            exitLoop();
        }
    }

    private String clauses(Expr.Comprehension comprehension) {
        StringBuilder out = new StringBuilder(text(comprehension.element()));
        List<String> conditions = new ArrayList<>();
        for (Expr.Clause clause : comprehension.clauses()) {
            switch (clause) {
                case Expr.Clause.For loop -> {
                    // Julia filters only at the end: a condition moved past this clause must not have guarded it
                    if (!conditions.isEmpty() && mayFail(loop.iterable())) {
                        throw refuse("a comprehension condition before a later for clause that could fail without it", comprehension.span());
                    }
                    out.append(" for ").append(target(loop.target(), comprehension.span())).append(" in ").append(iterable(loop.iterable()).text());
                }
                case Expr.Clause.If condition -> conditions.add(truthy(requirePure(condition.condition(), "a comprehension condition")).at(Jl.AND + 1));
            }
        }
        if (!conditions.isEmpty()) {
            out.append(" if ").append(String.join(" && ", conditions));
        }
        return out.toString();
    }

    /** Whether evaluating the expression could fail or print: indexing, division, calls. */
    boolean mayFail(Expr expression) {
        boolean[] risky = {false};
        IrWalk.expressions(expression, inner -> risky[0] |= inner instanceof Expr.Call
                || inner instanceof Expr.Index || inner instanceof Expr.MethodCall || inner instanceof Expr.MathCall
                || inner instanceof Expr.Binary binary && (binary.operator() == BinaryOperator.DIVIDE
                        || binary.operator() == BinaryOperator.FLOOR_DIVIDE || binary.operator() == BinaryOperator.MODULO));
        return risky[0];
    }

    private Jl builtin(Expr.BuiltinCall call) {
        List<Expr> arguments = call.arguments();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        Span span = call.span();
        return switch (call.builtin()) {
            case ABS -> Jl.call("abs", number(first));
            case LEN -> Jl.call("length", write(first));
            case STR -> first == null ? Jl.atom("\"\"") : strings.str(first);
            case INT -> first == null ? Jl.atom("0") : switch (first.type()) {
                case Type.Float ignored -> Jl.call("trunc", Jl.atom(types.intType()), write(first));
                case Type.Str ignored -> Jl.call("parse", Jl.atom(types.intType()), Jl.call("strip", write(first)));
                case Type.Bool ignored -> Jl.call("Int", write(first));
                default -> write(first);
            };
            case FLOAT -> first == null ? Jl.atom("0.0") : first.type() instanceof Type.Str
                    ? Jl.call("parse", Jl.atom("Float64"), Jl.call("strip", write(first))) : asFloat(first);
            case BOOL -> first == null ? Jl.atom("false") : truthy(first);
            case ROUND -> {
                if (arguments.size() == 1) {
                    yield first.type() instanceof Type.Float ? Jl.call("round", Jl.atom(types.intType()), write(first)) : number(first);
                }
                if (!(first.type() instanceof Type.Float)) {
                    throw refuse("round() of an int with a number of digits", span);
                }
                yield Jl.call(prelude.use(JuliaHelper.ROUND, "pyround"), write(first), number(arguments.get(1)));
            }
            case CHR -> Jl.call("string", Jl.call("Char", number(first)));
            case ORD -> Jl.call("Int", Jl.call("first", write(first)));
            case POW -> write(new Expr.Binary(arguments.get(0), BinaryOperator.POWER, arguments.get(1), call.type(), span));
            case MIN, MAX -> arguments.size() > 1
                    ? Jl.atom(call.builtin().python() + "(" + arguments.stream().map(this::text).collect(Collectors.joining(", ")) + ")")
                    : Jl.call(call.builtin() == Builtin.MIN ? "minimum" : "maximum", collection(first));
            case SUM -> sum(call);
            case ANY, ALL -> Jl.call(call.builtin().python(), truths(first));
            case SORTED -> sorted(call);
            case REVERSED -> Jl.call("reverse", collection(first));
            case LIST -> first == null ? Jl.atom(types.julia(call.type(), span) + "()") : list(first);
            case ENUMERATE, ZIP -> Jl.call("collect", iterable(call));
            case DIVMOD -> {
                if (call.type() instanceof Type.TupleOf tuple && tuple.elements().getFirst() instanceof Type.Float) {
                    requirePure(arguments.get(0), "divmod()");
                    requirePure(arguments.get(1), "divmod()");
                    prelude.use(JuliaHelper.FLOAT_DIVISION, "");
                    yield Jl.atom("(pyfloordiv(" + asFloat(arguments.get(0)).text() + ", " + asFloat(arguments.get(1)).text() + "), pyfloatmod("
                            + asFloat(arguments.get(0)).text() + ", " + asFloat(arguments.get(1)).text() + "))");
                }
                yield Jl.call("fldmod", number(arguments.get(0)), number(arguments.get(1)));
            }
        };
    }

    /** An iterable as something Julia's reductions take: strs as their characters, the rest as they are. */
    Jl collection(Expr iterable) {
        if (iterable instanceof Expr.Comprehension comprehension) {
            return Jl.atom(comprehension.lazy() ? comprehensionBody(comprehension) : text(comprehension));
        }
        return iterable(iterable);
    }

    /** The truth values of an iterable's elements, for any() and all(). */
    private Jl truths(Expr iterable) {
        Type element = Type.elementOf(iterable.type());
        if (element instanceof Type.Bool) {
            return collection(iterable);
        }
        if (iterable instanceof Expr.Comprehension comprehension) {
            Expr.Comprehension tested = new Expr.Comprehension(new Expr.Not(new Expr.Not(comprehension.element(), comprehension.span()),
                    comprehension.span()), comprehension.clauses(), true, new Type.Iter(Type.BOOL), comprehension.span());
            return Jl.atom(comprehensionBody(tested));
        }
        Expr item = new Expr.Load(new dev.codelive.codelive.ir.Variable("item", element, dev.codelive.codelive.ir.Variable.Scope.LOCAL), iterable.span());
        return Jl.atom(truthy(item).text() + " for item in " + iterable(iterable).text());
    }

    private Jl sum(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        Type element = Type.elementOf(iterable.type());
        if (call.type() instanceof Type.Float) {
            // CPython adds floats one after another; Julia's sum adds pairwise, so fold left instead
            Jl start = call.arguments().size() > 1 ? asFloat(call.arguments().get(1)) : Jl.atom("0.0");
            return Jl.atom("foldl(+, " + collection(iterable).text() + "; init = " + start.text() + ")");
        }
        Jl zero = Jl.atom(types.wide() ? types.wideLiteral(BigInteger.ZERO) : "0");
        Jl sum = Jl.atom("sum(" + collection(iterable).text() + "; init = " + zero.text() + ")");
        if (element instanceof Type.Bool && types.wide()) {
            sum = Jl.atom("sum(" + collection(iterable).text() + "; init = " + zero.text() + ")");
        }
        return call.arguments().size() > 1 ? Jl.binary(number(call.arguments().get(1)), "+", sum, Jl.ADD) : sum;
    }

    private Jl sorted(Expr.BuiltinCall call) {
        Expr iterable = call.arguments().getFirst();
        // sort() answers a new vector already: a list needs no copy first
        Jl values = iterable.type() instanceof Type.ListOf && !(iterable instanceof Expr.Comprehension) ? write(iterable) : list(iterable);
        List<String> options = new ArrayList<>();
        if (Type.elementOf(iterable.type()) instanceof Type.Float) {
            // Python compares with <, under which -0.0 and 0.0 are equal and keep their order; isless would not
            options.add("lt = <");
        }
        if (call.arguments().size() > 1) {
            if (!(call.arguments().get(1) instanceof Expr.BoolConst reverse)) {
                throw refuse("sorted(reverse=...) that is not a constant", call.span());
            }
            if (reverse.value()) {
                options.add("rev = true");
            }
        }
        return Jl.atom("sort(" + values.text() + (options.isEmpty() ? "" : "; " + String.join(", ", options)) + ")");
    }

    /** {@code list(iterable)}: always a new Vector. */
    Jl list(Expr iterable) {
        return switch (iterable) {
            case Expr.Comprehension comprehension -> {
                Type element = Type.elementOf(comprehension.type());
                yield Jl.atom(types.julia(element, comprehension.span()) + "[" + comprehensionBody(comprehension) + "]");
            }
            default -> switch (iterable.type()) {
                case Type.ListOf ignored -> Jl.call("copy", write(iterable));
                case Type.Str ignored -> Jl.call(prelude.use(JuliaHelper.CHARS, "pychars"), write(iterable));
                default -> Jl.call("collect", iterable(iterable));
            };
        };
    }

    /** The list methods inside an expression (pop answers the element it removes, as in Python). */
    private Jl listMethod(Expr.MethodCall call) {
        Expr receiver = call.receiver();
        List<Expr> arguments = call.arguments();
        return switch (call.method()) {
            case "index" -> Jl.binary(Jl.atom("findfirst(==(" + text(arguments.getFirst()) + "), " + text(receiver) + ")"), "-", Jl.atom("1"), Jl.ADD);
            case "count" -> Jl.atom("count(==(" + text(arguments.getFirst()) + "), " + text(receiver) + ")");
            case "copy" -> Jl.call("copy", write(receiver));
            case "pop" -> arguments.isEmpty() ? Jl.call("pop!", write(receiver))
                    : Jl.atom("popat!(" + text(receiver) + ", " + position(arguments.getFirst(), receiver) .replace("end", "length(" + text(receiver) + ")") + ")");
            default -> throw refuse("list." + call.method() + "() inside an expression", call.span());
        };
    }

    private Jl math(Expr.MathCall call) {
        List<Expr> arguments = call.arguments();
        Expr first = arguments.isEmpty() ? null : arguments.getFirst();
        String name = call.function();
        return switch (name) {
            case "floor", "ceil", "trunc" -> first.type() instanceof Type.Float
                    ? Jl.call(name, Jl.atom(types.intType()), write(first)) : number(first);
            case "sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan", "log2", "log10" -> Jl.call(name, asFloat(first));
            case "log" -> arguments.size() == 1 ? Jl.call("log", asFloat(first))
                    : Jl.binary(Jl.call("log", asFloat(first)), "/", Jl.call("log", asFloat(arguments.get(1))), Jl.MULTIPLY);
            case "atan2" -> Jl.call("atan", asFloat(first), asFloat(arguments.get(1)));
            case "copysign" -> Jl.call("copysign", asFloat(first), asFloat(arguments.get(1)));
            case "pow" -> new Jl(asFloat(first).at(Jl.POWER + 1) + " ^ " + asFloat(arguments.get(1)).at(Jl.POWER), Jl.POWER);
            case "fabs" -> Jl.call("abs", asFloat(first));
            case "degrees" -> Jl.binary(asFloat(first), "*", Jl.atom("(180.0 / 3.141592653589793)"), Jl.MULTIPLY);
            case "radians" -> Jl.binary(asFloat(first), "*", Jl.atom("(3.141592653589793 / 180.0)"), Jl.MULTIPLY);
            case "gcd", "lcm" -> Jl.atom(name + "(" + arguments.stream().map(argument -> widened(argument).text()).collect(Collectors.joining(", ")) + ")");
            case "isqrt" -> Jl.call("isqrt", widened(first));
            case "factorial" -> Jl.call("factorial", widened(first));
            case "comb" -> Jl.call("binomial", widened(first), number(arguments.get(1)));
            case "isinf", "isnan", "isfinite" -> Jl.call(name, asFloat(first));
            default -> throw refuse("math." + name + "()", call.span());
        };
    }
}
