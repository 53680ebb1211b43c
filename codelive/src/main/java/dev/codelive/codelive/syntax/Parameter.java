package dev.codelive.codelive.syntax;

import java.util.ArrayList;
import java.util.List;

/** A function parameter {@code name: annotation = defaultValue}; annotation and default are null when absent. */
public record Parameter(String name, Expr annotation, Expr defaultValue, Span span) implements Node {
    @Override
    public List<Node> children() {
        List<Node> children = new ArrayList<>(2);
        if (annotation != null) {
            children.add(annotation);
        }
        if (defaultValue != null) {
            children.add(defaultValue);
        }
        return children;
    }
}
