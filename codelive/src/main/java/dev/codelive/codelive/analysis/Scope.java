package dev.codelive.codelive.analysis;

import dev.codelive.codelive.ir.Variable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names one function (or the module, or a comprehension) binds, each with its term. A comprehension's scope
 * has its function's as parent: its variables do not leak, and it reads the enclosing ones.
 */
final class Scope {
    private final Scope parent;
    private final Variable.Scope kind;
    private final Map<String, Term> names = new LinkedHashMap<>();
    private final Map<String, Variable.Scope> kinds = new LinkedHashMap<>();

    Scope(Scope parent, Variable.Scope kind) {
        this.parent = parent;
        this.kind = kind;
    }

    Scope parent() {
        return parent;
    }

    Variable.Scope kind() {
        return kind;
    }

    void declare(String name, Variable.Scope scope) {
        names.putIfAbsent(name, Term.unknown());
        kinds.putIfAbsent(name, scope);
    }

    boolean declaresHere(String name) {
        return names.containsKey(name);
    }

    /** The term of {@code name} here or in an enclosing comprehension's function. */
    Optional<Term> lookup(String name) {
        Term term = names.get(name);
        if (term != null) {
            return Optional.of(term);
        }
        return parent == null ? Optional.empty() : parent.lookup(name);
    }

    Variable.Scope kindOf(String name) {
        Variable.Scope here = kinds.get(name);
        return here != null ? here : parent.kindOf(name);
    }

    Map<String, Term> names() {
        return names;
    }

    Map<String, Variable.Scope> kinds() {
        return kinds;
    }
}
