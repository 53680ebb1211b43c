package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Type;
import java.util.stream.Collectors;

/** Rust spellings of IR types, for one program's int width. */
final class RustTypes {
    private final String intType;

    RustTypes(Program.IntWidth width) {
        this.intType = width == Program.IntWidth.I128 ? "i128" : "i64";
    }

    String intType() {
        return intType;
    }

    /** The owned type a variable of this type holds. */
    String of(Type type) {
        return switch (type) {
            case Type.Int ignored -> intType;
            case Type.Float ignored -> "f64";
            case Type.Bool ignored -> "bool";
            case Type.Str ignored -> "String";
            case Type.None ignored -> "()";
            case Type.ListOf list -> "Vec<" + of(list.element()) + ">";
            case Type.TupleOf tuple -> tuple.elements().size() == 1 ? "(" + of(tuple.elements().getFirst()) + ",)"
                    : tuple.elements().stream().map(this::of).collect(Collectors.joining(", ", "(", ")"));
            case Type.Range ignored -> throw new IllegalArgumentException("ranges are never stored");
            case Type.Iter ignored -> throw new IllegalArgumentException("iterators are never stored");
        };
    }

    /** The borrowed type a read-only parameter takes: {@code &str}, {@code &[T]}. */
    String borrowed(Type type) {
        return switch (type) {
            case Type.Str ignored -> "&str";
            case Type.ListOf list -> "&[" + of(list.element()) + "]";
            default -> of(type);
        };
    }

    static boolean isCopy(Type type) {
        return switch (type) {
            case Type.Int ignored -> true;
            case Type.Float ignored -> true;
            case Type.Bool ignored -> true;
            case Type.None ignored -> true;
            case Type.TupleOf tuple -> tuple.elements().stream().allMatch(RustTypes::isCopy);
            default -> false;
        };
    }

    /** Whether values of this type are totally ordered in Rust ({@code Ord}): no floats inside. */
    static boolean isOrd(Type type) {
        return switch (type) {
            case Type.Float ignored -> false;
            case Type.ListOf list -> isOrd(list.element());
            case Type.TupleOf tuple -> tuple.elements().stream().allMatch(RustTypes::isOrd);
            default -> true;
        };
    }

    /** The value a hoisted variable starts with. */
    String zero(Type type) {
        return switch (type) {
            case Type.Int ignored -> "0";
            case Type.Float ignored -> "0.0";
            case Type.Bool ignored -> "false";
            case Type.Str ignored -> "String::new()";
            case Type.None ignored -> "()";
            case Type.ListOf ignored -> "Vec::new()";
            case Type.TupleOf tuple -> tuple.elements().size() == 1 ? "(" + zero(tuple.elements().getFirst()) + ",)"
                    : tuple.elements().stream().map(this::zero).collect(Collectors.joining(", ", "(", ")"));
            default -> throw new IllegalArgumentException("no zero value for " + type.python());
        };
    }
}
