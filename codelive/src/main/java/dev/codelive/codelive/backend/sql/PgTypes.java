package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.syntax.Span;

/**
 * PostgreSQL types for the IR's: ints are {@code bigint} when the program is proven to fit 64 bits, else
 * {@code numeric} (exact, arbitrary precision); lists are arrays of scalars.
 */
final class PgTypes {
    private final Program.IntWidth width;

    PgTypes(Program.IntWidth width) {
        this.width = width;
    }

    boolean wideInts() {
        return width != Program.IntWidth.I64;
    }

    String intType() {
        return wideInts() ? "numeric" : "bigint";
    }

    /** The SQL type of a value of this type, or a refusal naming what has none. */
    String sql(Type type, Span where) {
        return switch (type) {
            case Type.Int ignored -> intType();
            case Type.Float ignored -> "double precision";
            case Type.Bool ignored -> "boolean";
            case Type.Str ignored -> "text";
            case Type.ListOf list when isScalar(list.element()) -> sql(list.element(), where) + "[]";
            case Type.ListOf ignored -> throw Refusals.refuse("lists of lists or tuples (" + type.python() + ")", where);
            default -> throw Refusals.refuse("values of type " + type.python() + " in variables", where);
        };
    }

    /** The SQL type of a scalar type, for element types that are known to be scalar. */
    String sql(Type scalar) {
        return sql(scalar, null);
    }

    static boolean isScalar(Type type) {
        return type instanceof Type.Int || type instanceof Type.Float || type instanceof Type.Bool || type instanceof Type.Str;
    }

    /** A helper resource with the program's int type filled in. */
    String instantiate(String template) {
        return template.replace("{int}", intType())
                .replace("{quotient}", wideInts() ? "div(a, b)" : "a / b")
                .replace("{half}", wideInts() ? "div(exponent, 2)" : "exponent / 2");
    }
}
