package dev.codelive.codelive.runtime;

/** Python's {@code bool}: a subclass of int, so {@code True + 1 == 2} and {@code True == 1}. */
public enum PyBool implements PyObject {
    FALSE,
    TRUE;

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    /** The int this bool is equal to (0 or 1), for arithmetic. */
    public PyInt asInt() {
        return this == TRUE ? PyInt.ONE : PyInt.ZERO;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
