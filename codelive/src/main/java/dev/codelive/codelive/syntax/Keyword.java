package dev.codelive.codelive.syntax;

import java.util.List;

/** A keyword argument {@code name=value} of a call, such as {@code sep=""}. */
public record Keyword(String name, Expr value, Span span) implements Node {
    @Override
    public List<Node> children() {
        return List.of(value);
    }
}
