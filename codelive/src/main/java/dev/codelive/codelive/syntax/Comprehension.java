package dev.codelive.codelive.syntax;

import java.util.ArrayList;
import java.util.List;

/** One {@code for target in iterable if condition...} clause of a comprehension; conditions may be empty. */
public record Comprehension(Expr target, Expr iterable, List<Expr> conditions, Span span) implements Node {
    public Comprehension {
        conditions = List.copyOf(conditions);
    }

    @Override
    public List<Node> children() {
        List<Node> children = new ArrayList<>(2 + conditions.size());
        children.add(target);
        children.add(iterable);
        children.addAll(conditions);
        return children;
    }
}
