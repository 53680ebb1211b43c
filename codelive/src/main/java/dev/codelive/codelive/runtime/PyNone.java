package dev.codelive.codelive.runtime;

/** Python's {@code None}. */
public enum PyNone implements PyObject {
    NONE;

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public String toString() {
        return "None";
    }
}
