package dev.codelive.codelive.syntax;

import java.util.List;

/** An imported name {@code name as asName}; the name may be dotted, {@code asName} is null without {@code as}. */
public record Alias(String name, String asName, Span span) implements Node {
    /** The name the import binds: the alias, else the first component of the dotted name (as Python binds it). */
    public String boundName() {
        if (asName != null) {
            return asName;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
