package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of the module, of a function or of a comprehension, each in a slot of its {@link Scope}. Python
 * decides statically which names are local (see {@link LocalNames}), so where a name lives is known when the code is
 * compiled ({@link #resolve}), and evaluated code reads and writes an array instead of looking names up.
 */
final class Layout {
    static final String MODULE_NAME = "__name__";

    /** The layout of the code this code was written in; null for the module. */
    private final Layout enclosing;
    private final Map<String, Integer> slots = new HashMap<>();

    private Layout(Layout enclosing) {
        this.enclosing = enclosing;
    }

    /** The module's globals: {@code __name__}, then every name a module-level statement binds. */
    static Layout module(List<Stmt> body) {
        Layout layout = new Layout(null);
        layout.add(MODULE_NAME);
        LocalNames.ofBlock(body).stream().sorted().forEach(layout::add);
        return layout;
    }

    /** A function's locals: its parameters first, in order (slot {@code i} is parameter {@code i}), then the rest. */
    static Layout function(Stmt.FunctionDef function, Layout enclosing) {
        Layout layout = new Layout(enclosing);
        for (Parameter parameter : function.parameters()) {
            layout.add(parameter.name());
        }
        LocalNames.ofFunction(function).stream().sorted().forEach(layout::add);
        return layout;
    }

    /** A comprehension's own variables, the targets of its clauses. */
    static Layout comprehension(List<Comprehension> clauses, Layout enclosing) {
        Layout layout = new Layout(enclosing);
        LocalNames.ofComprehension(clauses).stream().sorted().forEach(layout::add);
        return layout;
    }

    private void add(String name) {
        slots.putIfAbsent(name, slots.size());
    }

    boolean isModule() {
        return enclosing == null;
    }

    /** How many slots a scope of this layout has. */
    int size() {
        return slots.size();
    }

    /** The slot of a name that code of this layout binds (a target, a {@code def}, an import). */
    int slotOf(String name) {
        Integer slot = slots.get(name);
        if (slot == null) {
            throw new IllegalStateException("'" + name + "' is not bound in this scope");
        }
        return slot;
    }

    /**
     * Where a name read by code of this layout lives, by Python's rules: a local of this function or comprehension,
     * else of an enclosing one (late-bound: read when the code runs), else a global of the module, else a builtin.
     */
    Place resolve(String name) {
        if (!isModule()) {
            Integer local = slots.get(name);
            if (local != null) {
                return new Place.Local(local);
            }
            int hops = 1;
            for (Layout outer = enclosing; !outer.isModule(); outer = outer.enclosing) {
                Integer slot = outer.slots.get(name);
                if (slot != null) {
                    return new Place.Enclosing(hops, slot);
                }
                hops++;
            }
        }
        Layout module = this;
        while (!module.isModule()) {
            module = module.enclosing;
        }
        Integer global = module.slots.get(name);
        return new Place.Global(global == null ? Place.Global.UNBOUND : global);
    }

    /** Where a name lives. */
    sealed interface Place {
        /** A slot of the scope the code runs in. */
        record Local(int slot) implements Place {}

        /** A slot of the scope {@code hops} levels out along the chain of enclosing scopes. */
        record Enclosing(int hops, int slot) implements Place {}

        /** A slot of the module's scope, or {@link #UNBOUND} for a name no module-level statement binds. */
        record Global(int slot) implements Place {
            static final int UNBOUND = -1;
        }
    }
}
