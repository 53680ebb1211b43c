package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Stmt;
import java.util.List;

/** How control leaves a block: the questions every backend asks to render loops with {@code else} and function ends. */
public final class ControlFlow {
    private ControlFlow() {}

    /**
     * Whether a {@code break} in these statements leaves the loop they belong to. Breaks inside nested loops leave
     * those loops, but a break in a nested loop's {@code else} clause runs after that loop, so it leaves this one.
     */
    public static boolean breaks(List<Stmt> body) {
        for (Stmt statement : body) {
            boolean found = switch (statement) {
                case Stmt.Break ignored -> true;
                case Stmt.If conditional -> conditional.branches().stream().anyMatch(branch -> breaks(branch.body())) || breaks(conditional.orElse());
                case Stmt.While loop -> breaks(loop.orElse());
                case Stmt.For loop -> breaks(loop.orElse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statements never fall through to their end: they end in a {@code return}, an {@code if} whose every
     * branch does, or a {@code while True} loop without a break.
     */
    public static boolean terminates(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        return switch (body.getLast()) {
            case Stmt.Return ignored -> true;
            case Stmt.If conditional -> !conditional.orElse().isEmpty() && terminates(conditional.orElse())
                    && conditional.branches().stream().allMatch(branch -> terminates(branch.body()));
            case Stmt.While loop -> loop.condition() instanceof Expr.BoolConst constant && constant.value() && !breaks(loop.body());
            default -> false;
        };
    }
}
