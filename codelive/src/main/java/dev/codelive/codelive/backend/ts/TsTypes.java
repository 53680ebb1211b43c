package dev.codelive.codelive.backend.ts;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.Span;
import java.util.stream.Collectors;

/** TypeScript's spelling of the IR's types, and their zero values. */
final class TsTypes {
    private TsTypes() {}

    static String of(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> "bigint";
            case Type.Float ignored -> "number";
            case Type.Bool ignored -> "boolean";
            case Type.Str ignored -> "string";
            case Type.ListOf list -> of(list.element(), where) + "[]";
            case Type.TupleOf tuple -> tuple.elements().stream().map(t -> of(t, where)).collect(Collectors.joining(", ", "[", "]"));
            case Type.Iter iter -> "Iterable<" + of(iter.element(), where) + ">";
            case Type.None ignored -> throw new BackendRefusal(TypeScriptBackend.NAME, "a value of type None", where.start());
            case Type.Range ignored -> throw new BackendRefusal(TypeScriptBackend.NAME, "a range stored in a variable", where.start());
        };
    }

    /** The value a hoisted variable starts with. */
    static String zero(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> "0n";
            case Type.Float ignored -> "0";
            case Type.Bool ignored -> "false";
            case Type.Str ignored -> "\"\"";
            case Type.ListOf ignored -> "[]";
            case Type.TupleOf tuple -> tuple.elements().stream().map(t -> zero(t, where)).collect(Collectors.joining(", ", "[", "]"));
            default -> throw new BackendRefusal(TypeScriptBackend.NAME, "a variable of type " + type.python(), where.start());
        };
    }
}
