package dev.codelive.codelive.runtime;

/**
 * Python's {@code float}: an IEEE 754 double. Record equality compares bits ({@code NaN} equals itself, {@code -0.0}
 * does not equal {@code 0.0}); Python's {@code ==} is {@link Comparisons#eq}.
 */
public record PyFloat(double value) implements PyObject {
    public static final PyFloat ZERO = new PyFloat(0.0);
    public static final PyFloat ONE = new PyFloat(1.0);

    public static PyFloat of(double value) {
        return new PyFloat(value);
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public String toString() {
        return FloatFormatter.repr(value);
    }
}
