package dev.codelive.codelive.syntax;

import java.util.List;

/**
 * A node of the syntax tree of a snippet. Every node knows its exact source {@link Span}; the tree is immutable
 * (records and unmodifiable lists) and its height is bounded by {@link ParseLimits#maxTreeHeight()}, so recursive
 * walks over it cannot overflow the stack. Optional parts are null where a record's documentation says so.
 */
public sealed interface Node
        permits Module, Stmt, Expr, Parameter, Keyword, Comprehension, Alias, Branch, FStringPart {
    Span span();

    /** The direct children, in source order. */
    List<Node> children();
}
