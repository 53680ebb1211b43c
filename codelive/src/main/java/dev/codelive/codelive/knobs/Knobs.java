package dev.codelive.codelive.knobs;

import java.util.Objects;
import java.util.Set;

/**
 * How a track renders: the knobs of {@code POST /render}, already validated.
 *
 * @param parallel parallel reductions and comprehensions where they are safe
 * @param threads worker threads for {@code parallel} (1 to 64)
 * @param unsafe drop overflow and bounds checks for speed; each dropped check is listed in the warnings
 * @param optimizations the optimisation strategies switched on
 * @param dialect the SQL dialect; ignored by the other backends
 */
public record Knobs(boolean parallel, int threads, boolean unsafe, Set<Optimization> optimizations, SqlDialect dialect) {
    public static final int MAX_THREADS = 64;
    public static final Knobs DEFAULTS = new Knobs(false, 4, false, Set.of(), SqlDialect.SQLITE);

    public Knobs {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS);
        }
        optimizations = Set.copyOf(optimizations);
        Objects.requireNonNull(dialect, "dialect");
    }

    /** These knobs with {@code parallel} switched. */
    public Knobs withParallel(boolean on) {
        return new Knobs(on, threads, unsafe, optimizations, dialect);
    }

    public boolean optimizes(Optimization optimization) {
        return optimizations.contains(optimization);
    }
}
