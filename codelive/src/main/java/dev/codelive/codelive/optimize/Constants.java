package dev.codelive.codelive.optimize;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.runtime.PyBool;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.syntax.Span;
import java.util.Optional;

/** Between IR constants and runtime values, so that render-time arithmetic has exactly Python's semantics. */
final class Constants {
    /** Folded strings longer than this stay computed: a literal of a megabyte helps no one. */
    static final int MAX_STRING = 200;

    private Constants() {}

    static Optional<PyObject> value(Expr expression) {
        return Optional.ofNullable(switch (expression) {
            case Expr.IntConst c -> PyInt.of(c.value());
            case Expr.FloatConst c -> PyFloat.of(c.value());
            case Expr.BoolConst c -> PyBool.of(c.value());
            case Expr.StrConst c -> PyStr.of(c.value());
            default -> null;
        });
    }

    /** The constant for a runtime value, if the program can hold it: an int must fit the program's width. */
    static Optional<Expr> constant(PyObject value, Program.IntWidth width, Span span) {
        return Optional.ofNullable(switch (value) {
            case PyBool b -> new Expr.BoolConst(b == PyBool.TRUE, span);
            case PyInt i when fits(i, width) -> new Expr.IntConst(i.bigValue(), span);
            case PyFloat f -> new Expr.FloatConst(f.value(), span);
            case PyStr s when s.value().length() <= MAX_STRING -> new Expr.StrConst(s.value(), span);
            default -> null;
        });
    }

    static boolean fits(PyInt value, Program.IntWidth width) {
        return switch (width) {
            case I64 -> value.bitLength() < 63;
            case I128 -> value.bitLength() < 127;
            case BIG -> value.bitLength() < 4096;
        };
    }
}
