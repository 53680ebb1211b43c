package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;
import java.util.stream.Collectors;

/** Julia types for the IR's: ints are {@code Int64}, {@code Int128} or {@code BigInt} by the program's width. */
final class JuliaTypes {
    private final Program.IntWidth width;

    JuliaTypes(Program.IntWidth width) {
        this.width = width;
    }

    boolean wide() {
        return width != Program.IntWidth.I64;
    }

    String intType() {
        return switch (width) {
            case I64 -> "Int64";
            case I128 -> "Int128";
            case BIG -> "BigInt";
        };
    }

    /** The Julia type of a stored value of this type. */
    String julia(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> intType();
            case Type.Float ignored -> "Float64";
            case Type.Bool ignored -> "Bool";
            case Type.Str ignored -> "String";
            case Type.None ignored -> "Nothing";
            case Type.ListOf list -> "Vector{" + julia(list.element(), where) + "}";
            case Type.TupleOf tuple -> "Tuple{" + tuple.elements().stream().map(element -> julia(element, where))
                    .collect(Collectors.joining(", ")) + "}";
            default -> throw new BackendRefusal("julia", "values of type " + type.python() + " in variables",
                    where == null ? null : where.start());
        };
    }

    /** The value a hoisted variable starts with before its first assignment. */
    String zero(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> "0";
            case Type.Float ignored -> "0.0";
            case Type.Bool ignored -> "false";
            case Type.Str ignored -> "\"\"";
            case Type.None ignored -> "nothing";
            case Type.ListOf ignored -> julia(type, where) + "()";
            case Type.TupleOf tuple -> "(" + tuple.elements().stream().map(element -> zero(element, where))
                    .collect(Collectors.joining(", ")) + (tuple.elements().size() == 1 ? ",)" : ")");
            default -> julia(type, where);
        };
    }

    /** An int literal widened to the program's int type: {@code Int128(5)}, {@code big(5)}. */
    String wideLiteral(BigInteger value) {
        return switch (width) {
            case I64 -> value.toString();
            case I128 -> "Int128(" + value + ")";
            case BIG -> value.bitLength() < 63 ? "big(" + value + ")" : "big\"" + value + "\"";
        };
    }
}
