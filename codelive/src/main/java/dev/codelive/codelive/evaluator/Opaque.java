package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.BuiltinFunction;
import dev.codelive.codelive.runtime.MathFunction;
import dev.codelive.codelive.runtime.NotSupportedException;

/**
 * A value Python code can name, pass and call but that the runtime has no {@code PyObject} for: functions, modules
 * and typing names. Variables and arguments hold them; the runtime's operations never see them (using one as data,
 * say printing a function, which shows a memory address in CPython, is refused).
 */
sealed interface Opaque
        permits UserFunction, Opaque.Builtin, Opaque.Print, Opaque.MathMember, Opaque.TypingName, Opaque.Module {

    /** The Python type name, for error messages ({@code 'module' object is not callable}). */
    String typeName();

    /** A builtin such as {@code len}. */
    record Builtin(BuiltinFunction function) implements Opaque {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** The builtin {@code print}, which writes to the evaluation's output rather than returning a value. */
    enum Print implements Opaque {
        PRINT;

        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** A function of the {@code math} module. */
    record MathMember(MathFunction function) implements Opaque {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** A name from {@code typing}, only good for annotations. */
    record TypingName(String name) implements Opaque {
        @Override
        public String typeName() {
            return "typing." + name;
        }
    }

    /** An imported module. */
    enum Module implements Opaque {
        MATH("math"),
        TYPING("typing");

        private final String pythonName;

        Module(String pythonName) {
            this.pythonName = pythonName;
        }

        String pythonName() {
            return pythonName;
        }

        @Override
        public String typeName() {
            return "module";
        }
    }

    /** The refusal for using an opaque value where the runtime needs data. */
    static NotSupportedException asData(Opaque value) {
        return new NotSupportedException("using a " + value.typeName() + " object as a value here");
    }
}
