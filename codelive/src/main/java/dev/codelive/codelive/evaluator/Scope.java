package dev.codelive.codelive.evaluator;

/**
 * The variables of the module, of one function call, or of one comprehension, in the slots their {@link Layout}
 * gives them. Values are {@link dev.codelive.codelive.runtime.PyObject}s or {@link Opaque}s; an empty slot is an
 * unbound name.
 */
final class Scope {
    private final Object[] values;
    private final Scope enclosing;
    private final Scope module;
    private final String qualifiedName;
    private Object returned;

    private Scope(int size, Scope enclosing, String qualifiedName) {
        this.values = new Object[size];
        this.enclosing = enclosing;
        this.module = enclosing == null ? this : enclosing.module;
        this.qualifiedName = qualifiedName;
    }

    static Scope module(Layout layout) {
        return new Scope(layout.size(), null, null);
    }

    /** The scope of a call or comprehension, nested in the scope its code was written in. */
    static Scope nested(Layout layout, Scope enclosing, String qualifiedName) {
        return new Scope(layout.size(), enclosing, qualifiedName);
    }

    boolean isModule() {
        return enclosing == null;
    }

    /** The value in a slot, or null when the name is unbound. */
    Object get(int slot) {
        return values[slot];
    }

    void set(int slot, Object value) {
        values[slot] = value;
    }

    /** The scope the code was written in; null for the module. */
    Scope enclosing() {
        return enclosing;
    }

    Scope globals() {
        return module;
    }

    /** The qualified name of the function whose call this is; null for the module. */
    String qualifiedName() {
        return qualifiedName;
    }

    /** The value of the {@code return} that ended the call. */
    Object returned() {
        return returned;
    }

    void setReturned(Object value) {
        returned = value;
    }
}
