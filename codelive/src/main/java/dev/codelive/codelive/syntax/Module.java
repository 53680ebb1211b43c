package dev.codelive.codelive.syntax;

import java.util.List;

/** A whole snippet: its statements in order (empty for a snippet of blank lines and comments). */
public record Module(List<Stmt> body, Span span) implements Node {
    public Module {
        body = List.copyOf(body);
    }

    /**
     * Whether the snippet is exactly one expression statement, such as {@code sum(i*i for i in range(10))}: the
     * renderer then prints its value, as if the snippet were {@code print(expression)}.
     */
    public boolean isSingleExpression() {
        return body.size() == 1 && body.getFirst() instanceof Stmt.ExprStmt;
    }

    @Override
    public List<Node> children() {
        return List.copyOf(body);
    }
}
