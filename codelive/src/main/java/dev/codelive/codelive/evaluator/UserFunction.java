package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt.FunctionDef;
import java.util.Arrays;
import java.util.Set;

/**
 * A function a {@code def} statement made: the definition, the default values it evaluated, the scope it was defined
 * in (which it reads free variables from, late-bound as in Python) and the names its body binds (its locals).
 */
final class UserFunction implements Opaque {
    private final FunctionDef definition;
    private final String qualifiedName;
    private final Object[] defaults;
    private final Scope closure;
    private final Set<String> locals;

    /** {@code defaults} has one entry per parameter, null where the parameter has no default. */
    UserFunction(FunctionDef definition, String qualifiedName, Object[] defaults, Scope closure, Set<String> locals) {
        this.definition = definition;
        this.qualifiedName = qualifiedName;
        this.defaults = Arrays.copyOf(defaults, defaults.length);
        this.closure = closure;
        this.locals = locals;
    }

    FunctionDef definition() {
        return definition;
    }

    /** {@code f}, or {@code outer.<locals>.f} for a nested function, as CPython's messages name it. */
    String qualifiedName() {
        return qualifiedName;
    }

    /** The default of parameter {@code index}, or null. */
    Object defaultValue(int index) {
        return defaults[index];
    }

    Parameter parameter(int index) {
        return definition.parameters().get(index);
    }

    int parameterCount() {
        return defaults.length;
    }

    Scope closure() {
        return closure;
    }

    Set<String> locals() {
        return locals;
    }

    @Override
    public String typeName() {
        return "function";
    }
}
