package dev.codelive.codelive.evaluator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables of the module, of one function call, or of one comprehension. Which names are local is decided
 * statically, as in Python: every name a function body binds anywhere is local to the whole body. Values are
 * {@link dev.codelive.codelive.runtime.PyObject}s or {@link Opaque}s; an absent entry is an unbound name.
 */
final class Scope {
    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> locals;
    private final Scope enclosing;
    private final Scope module;
    private final String qualifiedName;
    private Object returned;

    private Scope(Set<String> locals, Scope enclosing, String qualifiedName) {
        this.locals = locals;
        this.enclosing = enclosing;
        this.module = enclosing == null ? this : enclosing.module;
        this.qualifiedName = qualifiedName;
    }

    static Scope module() {
        return new Scope(null, null, null);
    }

    /** The scope of a call or comprehension, nested in the scope its code was written in. */
    static Scope nested(Set<String> locals, Scope enclosing, String qualifiedName) {
        return new Scope(locals, enclosing, qualifiedName);
    }

    boolean isModule() {
        return locals == null;
    }

    /** Whether the name is local here (for the module: never, every module-level name is global). */
    boolean owns(String name) {
        return locals != null && locals.contains(name);
    }

    /** The value bound here, or null. */
    Object get(String name) {
        return values.get(name);
    }

    void set(String name, Object value) {
        values.put(name, value);
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
