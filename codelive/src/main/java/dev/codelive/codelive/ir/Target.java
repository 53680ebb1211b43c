package dev.codelive.codelive.ir;

import java.util.List;

/** Where an assignment or a {@code for} loop stores: a variable, a list element, or a tuple of targets. */
public sealed interface Target {
    Type type();

    /** The variables this target stores into, in order: none for a list element (it stores into the list). */
    default List<Variable> variables() {
        return switch (this) {
            case Store store -> List.of(store.variable());
            case Unpack unpack -> unpack.targets().stream().flatMap(inner -> inner.variables().stream()).toList();
            case Element ignored -> List.of();
        };
    }

    /** @param declares true at the variable's first store, where a backend declares it */
    record Store(Variable variable, boolean declares) implements Target {
        @Override
        public Type type() {
            return variable.type();
        }
    }

    /** {@code xs[i] = value}. */
    record Element(Expr list, Expr index) implements Target {
        @Override
        public Type type() {
            return ((Type.ListOf) list.type()).element();
        }
    }

    /** {@code a, b = ...}. */
    record Unpack(List<Target> targets, Type type) implements Target {
        public Unpack {
            targets = List.copyOf(targets);
        }
    }
}
