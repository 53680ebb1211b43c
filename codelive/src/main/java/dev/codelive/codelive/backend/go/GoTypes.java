package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.ir.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** Go spellings of IR types; Python's tuples become small struct types, declared once per program. */
final class GoTypes {
    private final boolean big;
    /** Struct name → its tuple type, in order of first use. */
    private final Map<String, Type.TupleOf> tuples = new LinkedHashMap<>();

    GoTypes(boolean big) {
        this.big = big;
    }

    boolean big() {
        return big;
    }

    String of(Type type) {
        return switch (type) {
            case Type.Int ignored -> big ? "*big.Int" : "int64";
            case Type.Float ignored -> "float64";
            case Type.Bool ignored -> "bool";
            case Type.Str ignored -> "string";
            case Type.None ignored -> "struct{}";
            case Type.ListOf list -> "[]" + of(list.element());
            case Type.TupleOf tuple -> {
                String name = "tuple" + tuple.elements().stream().map(GoTypes::part).reduce("", String::concat);
                if (!tuples.containsKey(name)) {
                    tuple.elements().forEach(this::of);
                    tuples.put(name, tuple);
                }
                yield name;
            }
            case Type.Range ignored -> throw new IllegalArgumentException("ranges are never stored");
            case Type.Iter iter -> "[]" + of(iter.element());
        };
    }

    private static String part(Type type) {
        return switch (type) {
            case Type.Int ignored -> "Int";
            case Type.Float ignored -> "Float";
            case Type.Bool ignored -> "Bool";
            case Type.Str ignored -> "Str";
            case Type.None ignored -> "None";
            case Type.ListOf list -> "List" + part(list.element());
            case Type.TupleOf tuple -> "Tuple" + tuple.elements().stream().map(GoTypes::part).reduce("", String::concat) + "End";
            default -> "X";
        };
    }

    Map<String, Type.TupleOf> tuples() {
        return tuples;
    }

    /** Whether Go's == compares values of this type as Python does (no slices or big ints inside). */
    boolean comparable(Type type) {
        return switch (type) {
            case Type.Int ignored -> !big;
            case Type.ListOf ignored -> false;
            case Type.TupleOf tuple -> tuple.elements().stream().allMatch(this::comparable);
            default -> true;
        };
    }

    /** Whether Go's < orders values of this type as Python does. */
    boolean ordered(Type type) {
        return type instanceof Type.Float || type instanceof Type.Str || type instanceof Type.Int && !big;
    }

    /** The zero value a hoisted variable starts with, as Go declares it ({@code var x T} needs none). */
    String zero(Type type) {
        return switch (type) {
            case Type.Int ignored -> big ? "new(big.Int)" : "0";
            case Type.Float ignored -> "0.0";
            case Type.Bool ignored -> "false";
            case Type.Str ignored -> "\"\"";
            default -> of(type) + "{}";
        };
    }
}
