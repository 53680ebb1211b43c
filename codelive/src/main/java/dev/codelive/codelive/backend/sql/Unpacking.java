package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A (nested) unpacking assignment paired off: each name or element it stores to with its value. SQL has no tuples, so
 * the value must be a tuple or list literal of the unpacking's shape.
 *
 * @param targets the stores, in order (no unpacking among them)
 * @param values the value of each
 */
record Unpacking(List<Target> targets, List<Expr> values) {
    /** @param refuse how the dialect refuses, at {@code span} */
    static Unpacking of(Target.Unpack unpack, Expr value, Span span, BiFunction<String, Span, BackendRefusal> refuse) {
        Unpacking unpacking = new Unpacking(new ArrayList<>(), new ArrayList<>());
        unpacking.flatten(unpack, value, span, refuse);
        return unpacking;
    }

    private void flatten(Target target, Expr value, Span span, BiFunction<String, Span, BackendRefusal> refuse) {
        if (!(target instanceof Target.Unpack unpack)) {
            targets.add(target);
            values.add(value);
            return;
        }
        List<Expr> parts = switch (value) {
            case Expr.TupleLiteral tuple -> tuple.elements();
            case Expr.ListLiteral list -> list.elements();
            default -> throw refuse.apply("unpacking a " + value.type().python() + " that is not written out", span);
        };
        if (parts.size() != unpack.targets().size()) {
            throw refuse.apply("unpacking a different number of values", span);
        }
        for (int i = 0; i < parts.size(); i++) {
            flatten(unpack.targets().get(i), parts.get(i), span, refuse);
        }
    }
}
