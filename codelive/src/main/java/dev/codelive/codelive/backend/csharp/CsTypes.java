package dev.codelive.codelive.backend.csharp;

import static dev.codelive.codelive.backend.csharp.CsContext.refuse;

import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.Span;
import java.util.stream.Collectors;

/** C#'s spelling of the IR's types, and their zero values. */
final class CsTypes {
    private final CsContext context;

    CsTypes(CsContext context) {
        this.context = context;
    }

    /** The type in a position where a tuple may be written {@code (long, string)}: signatures and type arguments. */
    String of(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> context.intType();
            case Type.Float ignored -> "double";
            case Type.Bool ignored -> "bool";
            case Type.Str ignored -> "string";
            case Type.ListOf list -> "List<" + of(list.element(), where) + ">";
            case Type.TupleOf tuple -> tuple.elements().size() < 2 || tuple.elements().size() > 7
                    ? "ValueTuple<" + tuple.elements().stream().map(t -> of(t, where)).collect(Collectors.joining(", ")) + ">"
                    : tuple.elements().stream().map(t -> of(t, where)).collect(Collectors.joining(", ", "(", ")"));
            case Type.Iter iter -> "IEnumerable<" + of(iter.element(), where) + ">";
            case Type.None ignored -> throw refuse("a value of type None", where);
            case Type.Range ignored -> throw refuse("a range stored in a variable", where);
        };
    }

    /**
     * The type where a local declaration starts with it: mcs cannot parse a statement that begins with a tuple type,
     * so a tuple is spelled {@code ValueTuple<long, string>} there.
     */
    String local(Type type, Span where) {
        if (type instanceof Type.TupleOf tuple) {
            return "ValueTuple<" + tuple.elements().stream().map(t -> of(t, where)).collect(Collectors.joining(", ")) + ">";
        }
        return of(type, where);
    }

    /** The value a hoisted variable starts with. */
    String zero(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> "0";
            case Type.Float ignored -> "0.0";
            case Type.Bool ignored -> "false";
            case Type.Str ignored -> "\"\"";
            case Type.ListOf list -> "new " + of(list, where) + "()";
            case Type.TupleOf tuple -> "default(" + local(tuple, where) + ")";
            default -> throw refuse("a variable of type " + type.python(), where);
        };
    }
}
