package dev.codelive.codelive.ir;

import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** A typed expression: every node knows its {@link Type} and where it came from in the snippet. */
public sealed interface Expr {
    Type type();

    Span span();

    record IntConst(BigInteger value, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.INT;
        }
    }

    record FloatConst(double value, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.FLOAT;
        }
    }

    record BoolConst(boolean value, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record StrConst(String value, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.STR;
        }
    }

    record NoneConst(Span span) implements Expr {
        @Override
        public Type type() {
            return Type.NONE;
        }
    }

    /** Reads a variable. */
    record Load(Variable variable, Span span) implements Expr {
        @Override
        public Type type() {
            return variable.type();
        }
    }

    /**
     * Arithmetic with Python's meaning: {@code /} is true division to float, {@code //} and {@code %} floor towards
     * negative infinity, {@code **} of ints is exact. Bool operands count as ints. Also {@code str + str},
     * {@code list + list}, {@code str * int} and {@code list * int}.
     */
    record Binary(Expr left, BinaryOperator operator, Expr right, Type type, Span span) implements Expr {}

    /** {@code -x} or {@code +x} (a bool operand becomes an int). */
    record Negate(Expr operand, boolean plus, Type type, Span span) implements Expr {}

    /** {@code not x}: the truthiness of any value, negated. */
    record Not(Expr operand, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /**
     * {@code a and b and c} / {@code a or b}: Python's short circuit, which answers one of the operands (all of one
     * type here), not necessarily a bool.
     */
    record Logical(BoolOperator operator, List<Expr> operands, Type type, Span span) implements Expr {
        public Logical {
            operands = List.copyOf(operands);
        }
    }

    /** {@code a < b <= c}: each operand evaluated once, short-circuiting like Python. */
    record Compare(Expr first, List<Link> links, Span span) implements Expr {
        public Compare {
            links = List.copyOf(links);
        }

        /** One {@code operator right} step of the chain. */
        public record Link(CompareOperator operator, Expr right) {}

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** {@code whenTrue if condition else whenFalse}. */
    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Type type, Span span) implements Expr {}

    record ListLiteral(List<Expr> elements, Type type, Span span) implements Expr {
        public ListLiteral {
            elements = List.copyOf(elements);
        }
    }

    record TupleLiteral(List<Expr> elements, Type type, Span span) implements Expr {
        public TupleLiteral {
            elements = List.copyOf(elements);
        }
    }

    /** {@code range(start, stop, step)}, every part present (defaults filled in) and int-typed. */
    record RangeOf(Expr start, Expr stop, Expr step, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.RANGE;
        }
    }

    /** {@code target[index]} of a list, str or tuple (a tuple's index is a constant); negative indexes count from the end. */
    record Index(Expr target, Expr index, Type type, Span span) implements Expr {}

    /** {@code target[lower:upper:step]} of a list or str; absent parts are empty. */
    record Slice(Expr target, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step, Type type, Span span) implements Expr {}

    /** A call of one of the snippet's functions. */
    record Call(String function, List<Expr> arguments, Type type, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A builtin function (or a builtin type used as a conversion: {@code int}, {@code str}…). */
    record BuiltinCall(Builtin builtin, List<Expr> arguments, Type type, Span span) implements Expr {
        public BuiltinCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** A method of a list or str: {@code xs.append(x)}, {@code s.upper()}. */
    record MethodCall(Expr receiver, String method, List<Expr> arguments, Type type, Span span) implements Expr {
        public MethodCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** A function of the {@code math} module, by its Python name. */
    record MathCall(String function, List<Expr> arguments, Type type, Span span) implements Expr {
        public MathCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** A constant of the {@code math} module: {@code pi}, {@code e}, {@code tau}, {@code inf}, {@code nan}. */
    record MathConst(String name, double value, Span span) implements Expr {
        @Override
        public Type type() {
            return Type.FLOAT;
        }
    }

    /**
     * A list comprehension ({@code lazy} false, type {@code list[T]}) or a generator expression ({@code lazy} true,
     * type {@code iterator[T]}): clauses in order, each binding fresh variables that do not leak.
     */
    record Comprehension(Expr element, List<Clause> clauses, boolean lazy, Type type, Span span) implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
        }
    }

    /** A clause of a comprehension. */
    sealed interface Clause {
        /** {@code for target in iterable}. */
        record For(Target target, Expr iterable) implements Clause {}

        /** {@code if condition}. */
        record If(Expr condition) implements Clause {}
    }

    /** An f-string: text and formatted values in order. */
    record FString(List<Part> parts, Span span) implements Expr {
        public FString {
            parts = List.copyOf(parts);
        }

        @Override
        public Type type() {
            return Type.STR;
        }

        /** Literal text, or a value converted and formatted with a spec ({@code ".2f"}, or empty). */
        public sealed interface Part {
            record Text(String text) implements Part {}

            record Value(Expr value, Conversion conversion, String spec) implements Part {}
        }
    }
}
