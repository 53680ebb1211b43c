package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link ProgramRunner} works.
 *
 * @param compileTimeout the limit for one compiler invocation (a batch gets the same; a batch that times out is
 *     retried program by program)
 * @param runTimeout the limit for one program's run
 * @param parallelism compiler and program processes at once
 * @param cacheDirectory where built programs are kept between runs
 * @param cacheBudgetBytes the cache's size past which least recently used builds are deleted (when the runner closes)
 * @param maxOutputBytes the most of each output stream kept
 * @param postgres the server PostgreSQL programs run on
 */
public record RunnerSettings(Duration compileTimeout, Duration runTimeout, int parallelism, Path cacheDirectory,
        long cacheBudgetBytes, int maxOutputBytes, PostgresConnection postgres) {
    /** Overrides the cache folder (default {@code ~/.cache/codelive-conformance}). */
    public static final String CACHE_VARIABLE = "CODELIVE_CONFORMANCE_CACHE";

    public RunnerSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        if (compileTimeout.isNegative() || compileTimeout.isZero() || runTimeout.isNegative() || runTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /**
     * Sized for the project's 2-core machines: one process per core (compilers are single-threaded; programs that
     * use threads get the cores to themselves most of the time), generous timeouts because a loaded machine is slow,
     * and a 2 GiB cache outside {@code target/} so it survives {@code mvn clean} and fresh clones.
     */
    public static RunnerSettings defaults() {
        String configured = System.getenv(CACHE_VARIABLE);
        Path cache = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "codelive-conformance") : Path.of(configured);
        int cores = Runtime.getRuntime().availableProcessors();
        return new RunnerSettings(Duration.ofSeconds(120), Duration.ofSeconds(20), Math.max(1, Math.min(cores, 4)),
                cache, 2L << 30, 1 << 20, PostgresConnection.local());
    }

    public RunnerSettings withCacheDirectory(Path directory) {
        return new RunnerSettings(compileTimeout, runTimeout, parallelism, directory, cacheBudgetBytes, maxOutputBytes,
                postgres);
    }

    public RunnerSettings withTimeouts(Duration compile, Duration run) {
        return new RunnerSettings(compile, run, parallelism, cacheDirectory, cacheBudgetBytes, maxOutputBytes,
                postgres);
    }

    public RunnerSettings withParallelism(int processes) {
        return new RunnerSettings(compileTimeout, runTimeout, processes, cacheDirectory, cacheBudgetBytes,
                maxOutputBytes, postgres);
    }

    public RunnerSettings withMaxOutputBytes(int bytes) {
        return new RunnerSettings(compileTimeout, runTimeout, parallelism, cacheDirectory, cacheBudgetBytes, bytes,
                postgres);
    }
}
