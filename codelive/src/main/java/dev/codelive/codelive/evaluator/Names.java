package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.BuiltinFunction;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reading a name, compiled to where it lives (see {@link Layout#resolve}) with Python's rules: a function's local
 * (UnboundLocalError before assignment), an enclosing function's local (late-bound closures), the module's global,
 * then the builtin. Names CPython provides but the runtime does not model are refused, never reported as undefined.
 */
final class Names {
    /** Module attributes CPython sets that the evaluator does not model ({@code __name__} it does). */
    private static final Set<String> MODULE_ATTRIBUTES = Set.of("__file__", "__doc__", "__spec__", "__loader__",
            "__package__", "__builtins__", "__annotations__", "__cached__");
    private static final Map<String, Opaque> BUILTINS = builtins();

    private Names() {}

    static Node load(Expr.Name name, Layout layout, Interpreter interpreter) {
        return switch (layout.resolve(name.id())) {
            case Layout.Place.Local local -> new Local(name, local.slot(), interpreter);
            case Layout.Place.Enclosing outer -> new Enclosing(name, outer.hops(), outer.slot(), interpreter);
            case Layout.Place.Global global -> new Global(name, global.slot(), interpreter);
        };
    }

    /** Whether the name is one CPython defines without any assignment (a builtin or a module attribute). */
    static boolean isPredefined(String id) {
        return KnownNames.BUILTINS.contains(id) || MODULE_ATTRIBUTES.contains(id);
    }

    /** A local of the function or comprehension running. */
    static final class Local extends Node {
        private final int slot;

        Local(Expr.Name name, int slot, Interpreter interpreter) {
            super(name, interpreter);
            this.slot = slot;
        }

        @Override
        Object compute(Scope scope) {
            return load(scope);
        }

        Object load(Scope scope) {
            Object value = scope.get(slot);
            if (value == null) {
                String id = ((Expr.Name) expression).id();
                throw new PythonException("UnboundLocalError", "cannot access local variable '" + id
                        + "' where it is not associated with a value", expression.span());
            }
            return value;
        }
    }

    /** A local of an enclosing function or comprehension, read when the code runs. */
    private static final class Enclosing extends Node {
        private final int hops;
        private final int slot;

        Enclosing(Expr.Name name, int hops, int slot, Interpreter interpreter) {
            super(name, interpreter);
            this.hops = hops;
            this.slot = slot;
        }

        @Override
        Object compute(Scope scope) {
            Scope outer = scope;
            for (int i = 0; i < hops; i++) {
                outer = outer.enclosing();
            }
            Object value = outer.get(slot);
            if (value == null) {
                String id = ((Expr.Name) expression).id();
                throw new PythonException("NameError", "cannot access free variable '" + id
                        + "' where it is not associated with a value in enclosing scope", expression.span());
            }
            return value;
        }
    }

    /** A global of the module, else a builtin. */
    static final class Global extends Node {
        private final int slot;

        Global(Expr.Name name, int slot, Interpreter interpreter) {
            super(name, interpreter);
            this.slot = slot;
        }

        @Override
        Object compute(Scope scope) {
            return load(scope);
        }

        Object load(Scope scope) {
            Object global = slot == Layout.Place.Global.UNBOUND ? null : scope.globals().get(slot);
            return global != null ? global : builtin((Expr.Name) expression);
        }
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
