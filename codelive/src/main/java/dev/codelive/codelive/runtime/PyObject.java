package dev.codelive.codelive.runtime;

/**
 * A Python value of the supported subset. The hierarchy is closed so that every operation can dispatch exhaustively;
 * Python semantics (equality across int, float and bool, ordering, truthiness) live in {@link Operators} and
 * {@link Comparisons}, not in Java's {@code equals}, which compares representations.
 */
public sealed interface PyObject permits PyInt, PyBool, PyFloat, PyStr, PyNone, PyList, PyTuple, PyRange, PyIterator {

    /** The Python type name, as {@code type(x).__name__} gives it. */
    String typeName();
}
