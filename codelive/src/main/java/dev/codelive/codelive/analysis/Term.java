package dev.codelive.codelive.analysis;

import dev.codelive.codelive.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type during inference: unknown, or a constructor applied to argument terms. Terms merge (union-find) as
 * constraints unify them; once every term is known, {@link #resolve()} gives the IR {@link Type}.
 */
final class Term {
    /** The type constructors; LIST and ITER take one argument, TUPLE any number. */
    enum Kind {
        INT, FLOAT, BOOL, STR, NONE, LIST, TUPLE, RANGE, ITER
    }

    private Term parent;
    private Kind kind;
    private List<Term> arguments = List.of();

    private Term() {}

    static Term unknown() {
        return new Term();
    }

    static Term of(Kind kind, Term... arguments) {
        Term term = new Term();
        term.kind = kind;
        term.arguments = List.of(arguments);
        return term;
    }

    static Term tuple(List<Term> elements) {
        Term term = new Term();
        term.kind = Kind.TUPLE;
        term.arguments = List.copyOf(elements);
        return term;
    }

    static Term from(Type type) {
        return switch (type) {
            case Type.Int ignored -> of(Kind.INT);
            case Type.Float ignored -> of(Kind.FLOAT);
            case Type.Bool ignored -> of(Kind.BOOL);
            case Type.Str ignored -> of(Kind.STR);
            case Type.None ignored -> of(Kind.NONE);
            case Type.Range ignored -> of(Kind.RANGE);
            case Type.ListOf list -> of(Kind.LIST, from(list.element()));
            case Type.Iter iter -> of(Kind.ITER, from(iter.element()));
            case Type.TupleOf tuple -> tuple(tuple.elements().stream().map(Term::from).toList());
        };
    }

    Term find() {
        Term root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        Term node = this;
        while (node.parent != null) {
            Term next = node.parent;
            node.parent = root;
            node = next;
        }
        return root;
    }

    /** The constructor, once known. */
    Optional<Kind> kind() {
        return Optional.ofNullable(find().kind);
    }

    boolean is(Kind kind) {
        return find().kind == kind;
    }

    boolean known() {
        return find().kind != null;
    }

    Term argument(int index) {
        return find().arguments.get(index);
    }

    List<Term> arguments() {
        return find().arguments;
    }

    /**
     * Makes the two terms one, or answers false when their constructors differ (the caller reports where). Partial
     * merges of a failed unification are harmless: the analysis stops at the first conflict.
     */
    static boolean unify(Term a, Term b) {
        Term x = a.find();
        Term y = b.find();
        if (x == y) {
            return true;
        }
        if (x.kind == null) {
            x.parent = y;
            return true;
        }
        if (y.kind == null) {
            y.parent = x;
            return true;
        }
        if (x.kind != y.kind || x.arguments.size() != y.arguments.size()) {
            return false;
        }
        y.parent = x;
        for (int i = 0; i < x.arguments.size(); i++) {
            if (!unify(x.arguments.get(i), y.arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the term and all its arguments are known. */
    boolean complete() {
        Term root = find();
        return root.kind != null && root.arguments.stream().allMatch(Term::complete);
    }

    /** The IR type; only for a {@link #complete()} term. */
    Type resolve() {
        Term root = find();
        return switch (root.kind) {
            case INT -> Type.INT;
            case FLOAT -> Type.FLOAT;
            case BOOL -> Type.BOOL;
            case STR -> Type.STR;
            case NONE -> Type.NONE;
            case RANGE -> Type.RANGE;
            case LIST -> new Type.ListOf(root.arguments.getFirst().resolve());
            case ITER -> new Type.Iter(root.arguments.getFirst().resolve());
            case TUPLE -> new Type.TupleOf(root.arguments.stream().map(Term::resolve).toList());
        };
    }

    /** How Python would write it so far, {@code ?} for what is unknown: for messages. */
    String describe() {
        Term root = find();
        if (root.kind == null) {
            return "?";
        }
        List<String> inner = new ArrayList<>();
        root.arguments.forEach(argument -> inner.add(argument.describe()));
        return switch (root.kind) {
            case LIST -> "list[" + inner.getFirst() + "]";
            case ITER -> "iterator[" + inner.getFirst() + "]";
            case TUPLE -> "tuple[" + String.join(", ", inner) + "]";
            default -> root.kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
