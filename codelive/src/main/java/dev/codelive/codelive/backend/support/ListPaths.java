package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.Optional;

/**
 * Where a list value lives: a variable and how many indexings down ({@code grid[i]} is {@code grid} at depth 1).
 * Backends that copy lists (Rust) or whose appends do not alias (Go) use these paths to prove that Python's shared
 * list objects are never observed.
 */
public record ListPaths(Variable root, int depth) {
    /** The path of a place expression: {@code xs}, {@code xs[i]}, {@code grid[i][j]}; empty for anything else. */
    public static Optional<ListPaths> of(Expr expression) {
        return switch (expression) {
            case Expr.Load load -> Optional.of(new ListPaths(load.variable(), 0));
            case Expr.Index index when index.target().type() instanceof Type.ListOf ->
                    of(index.target()).map(path -> new ListPaths(path.root(), path.depth() + 1));
            default -> Optional.empty();
        };
    }

    public ListPaths deeper(int levels) {
        return new ListPaths(root, depth + levels);
    }
}
