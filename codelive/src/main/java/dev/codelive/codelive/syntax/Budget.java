package dev.codelive.codelive.syntax;

import dev.codelive.codelive.syntax.LimitExceeded.Limit;
import java.util.function.LongSupplier;

/**
 * The running costs of one parse against its {@link ParseLimits}: nesting depth, nodes made, and time, which is
 * read from the clock only every so many tokens and nodes to keep the check cheap.
 */
final class Budget {
    private static final int TOKENS_PER_CLOCK_READ = 256;
    private static final int NODES_PER_CLOCK_READ = 64;

    private final ParseLimits limits;
    private final LongSupplier nanoClock;
    private final long deadline;
    private int depth;
    private int nodes;
    private int tokens;

    Budget(ParseLimits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.deadline = nanoClock.getAsLong() + limits.deadline().toNanos();
    }

    ParseLimits limits() {
        return limits;
    }

    /** One level deeper: a bracket, a block, or a recursive expression form. */
    void enter(int line, int column) {
        if (++depth > limits.maxDepth()) {
            throw new LimitExceeded(Limit.NESTING_DEPTH, limits.maxDepth(), new Position(line, column));
        }
    }

    void leave() {
        depth--;
    }

    void node(int line, int column) {
        if (++nodes > limits.maxNodes()) {
            throw new LimitExceeded(Limit.NODE_COUNT, limits.maxNodes(), new Position(line, column));
        }
        if (nodes % NODES_PER_CLOCK_READ == 0) {
            checkDeadline(line, column);
        }
    }

    void token(int line, int column) {
        if (++tokens % TOKENS_PER_CLOCK_READ == 0) {
            checkDeadline(line, column);
        }
    }

    /** Reads the clock now: after a costly step that counts as one token, such as a 4300-digit literal. */
    void checkDeadline(int line, int column) {
        if (nanoClock.getAsLong() - deadline > 0) {
            throw new LimitExceeded(Limit.DEADLINE, limits.deadline().toMillis(), new Position(line, column));
        }
    }
}
