package dev.codelive.codelive.syntax;

import java.util.ArrayList;
import java.util.List;

/** One {@code if condition: body} or {@code elif condition: body} of an {@link Stmt.If}. */
public record Branch(Expr condition, List<Stmt> body, Span span) implements Node {
    public Branch {
        body = List.copyOf(body);
    }

    @Override
    public List<Node> children() {
        List<Node> children = new ArrayList<>(1 + body.size());
        children.add(condition);
        children.addAll(body);
        return children;
    }
}
