package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt.FunctionDef;
import java.util.Arrays;

/**
 * A function a {@code def} statement made: the definition and its compiled body, the default values it evaluated, and
 * the scope it was defined in (which it reads free variables from, late-bound as in Python).
 */
final class UserFunction implements Opaque {
    private final FunctionDef definition;
    private final Compiler.FunctionCode code;
    private final String qualifiedName;
    private final Object[] defaults;
    private final Scope closure;

    /** {@code defaults} has one entry per parameter, null where the parameter has no default. */
    UserFunction(FunctionDef definition, Compiler.FunctionCode code, String qualifiedName, Object[] defaults,
            Scope closure) {
        this.definition = definition;
        this.code = code;
        this.qualifiedName = qualifiedName;
        this.defaults = Arrays.copyOf(defaults, defaults.length);
        this.closure = closure;
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

    /** Where a call's variables live: parameter {@code i} in slot {@code i}. */
    Layout layout() {
        return code.layout();
    }

    Step[] body() {
        return code.body();
    }

    @Override
    public String typeName() {
        return "function";
    }
}
