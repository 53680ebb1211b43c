package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.BuiltinFunction;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Name lookup with Python's rules: a function's locals (UnboundLocalError before assignment), then the enclosing
 * functions' locals (late-bound closures), then the module's globals, then the builtins. Names CPython provides but
 * the runtime does not model are refused, never reported as undefined.
 */
final class Names {
    /** Module attributes CPython sets that the evaluator does not model ({@code __name__} it does). */
    private static final Set<String> MODULE_ATTRIBUTES = Set.of("__file__", "__doc__", "__spec__", "__loader__",
            "__package__", "__builtins__", "__annotations__", "__cached__");
    private static final Map<String, Opaque> BUILTINS = builtins();

    Object load(Expr.Name name, Scope scope) {
        String id = name.id();
        if (!scope.isModule()) {
            if (scope.owns(id)) {
                Object value = scope.get(id);
                if (value == null) {
                    throw new PythonException("UnboundLocalError", "cannot access local variable '" + id
                            + "' where it is not associated with a value", name.span());
                }
                return value;
            }
            for (Scope outer = scope.enclosing(); !outer.isModule(); outer = outer.enclosing()) {
                if (outer.owns(id)) {
                    Object value = outer.get(id);
                    if (value == null) {
                        throw new PythonException("NameError", "cannot access free variable '" + id
                                + "' where it is not associated with a value in enclosing scope", name.span());
                    }
                    return value;
                }
            }
        }
        Object global = scope.globals().get(id);
        return global != null ? global : builtin(name);
    }

    /** Whether the name is one CPython defines without any assignment (a builtin or a module attribute). */
    static boolean isPredefined(String id) {
        return KnownNames.BUILTINS.contains(id) || MODULE_ATTRIBUTES.contains(id);
    }

    private static Object builtin(Expr.Name name) {
        Opaque builtin = BUILTINS.get(name.id());
        if (builtin != null) {
            return builtin;
        }
        if (isPredefined(name.id())) {
            throw new NotSupportedException("the builtin name '" + name.id() + "'");
        }
        throw new PythonException("NameError", "name '" + name.id() + "' is not defined", name.span());
    }

    private static Map<String, Opaque> builtins() {
        Map<String, Opaque> builtins = new HashMap<>();
        for (BuiltinFunction function : BuiltinFunction.values()) {
            builtins.put(function.pythonName(), new Opaque.Builtin(function));
        }
        builtins.put("print", Opaque.Print.PRINT);
        return Map.copyOf(builtins);
    }
}
