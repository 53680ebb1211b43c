package dev.codelive.codelive.analysis;

import dev.codelive.codelive.syntax.LimitExceeded;
import dev.codelive.codelive.syntax.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Type rules that wait for their operands' types: {@code a + b} is an int, a float, a str or a list depending on
 * what {@code a} and {@code b} turn out to be. Each rule runs once its inputs are known; solving repeats until no
 * rule makes progress.
 */
final class Constraints {
    /** A pending rule: true once applied; it may throw a {@link TypeProblem}. */
    private record Pending(BooleanSupplier rule, Position position, String what) {}

    private final List<Pending> pending = new ArrayList<>();
    private final long deadlineNanos;
    private final long allowedMillis;

    /** @param deadlineNanos when solving must give up ({@link System#nanoTime} time), a hostile snippet being quadratic */
    Constraints(long deadlineNanos, long allowedMillis) {
        this.deadlineNanos = deadlineNanos;
        this.allowedMillis = allowedMillis;
    }

    /** Applies the rule now if it can, else later. */
    void add(Position position, String what, BooleanSupplier rule) {
        if (!rule.getAsBoolean()) {
            pending.add(new Pending(rule, position, what));
        }
    }

    /** Applies what can be applied until nothing changes; answers whether every rule ran. */
    boolean solve() {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new LimitExceeded(LimitExceeded.Limit.ANALYSIS_DEADLINE, allowedMillis, null);
            }
            progress = pending.removeIf(p -> p.rule().getAsBoolean());
        }
        return pending.isEmpty();
    }

    /** The first rule that never ran: where to point the user. */
    TypeProblem unsolved() {
        Pending first = pending.getFirst();
        return new TypeProblem("cannot tell the type of " + first.what() + "; add a type annotation", first.position());
    }
}
