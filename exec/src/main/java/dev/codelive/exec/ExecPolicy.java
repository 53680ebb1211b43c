package dev.codelive.exec;

import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.RunLimits;
import dev.codelive.exec.run.SandboxShape;
import dev.codelive.platform.config.Validate;
import java.time.Duration;

/**
 * Live execution's section of {@code config/policy.yml} ({@code modules.exec}). The README ("Configuration")
 * describes each key.
 *
 * @param limits what a run may use by default and at most
 * @param sandbox the limits no caller chooses
 * @param compile the limits of a build
 * @param queue callers waiting for a free sandbox
 * @param sql SQL's row cap and statement deadline
 * @param maxCodeBytes largest program
 * @param maxStdinBytes largest standard input
 * @param maxArgs command-line arguments
 * @param buildCacheEntries builds kept
 * @param uidBase first host uid of runs (when the server runs as root): one uid per concurrent run
 * @param allowAnonymous whether callers who are not signed in may run code
 */
public record ExecPolicy(Limits limits, SandboxLimits sandbox, CompileLimits compile, Queue queue, Sql sql, int maxCodeBytes,
        int maxStdinBytes, int maxArgs, int buildCacheEntries, int uidBase, boolean allowAnonymous) {
    public static final String SECTION = "exec";

    public ExecPolicy {
        Validate.present("modules.exec.limits", limits);
        Validate.present("modules.exec.sandbox", sandbox);
        Validate.present("modules.exec.compile", compile);
        Validate.present("modules.exec.queue", queue);
        Validate.present("modules.exec.sql", sql);
        Validate.range("modules.exec.max_code_bytes", maxCodeBytes, 16, 4 << 20);
        Validate.range("modules.exec.max_stdin_bytes", maxStdinBytes, 0, 16 << 20);
        Validate.range("modules.exec.max_args", maxArgs, 0, 1024);
        Validate.range("modules.exec.build_cache_entries", buildCacheEntries, 1, 100_000);
        Validate.range("modules.exec.uid_base", uidBase, 1000, 2_000_000_000);
        if (limits.defaults.timeoutMs > limits.max.timeoutMs || limits.defaults.memoryMb > limits.max.memoryMb
                || limits.defaults.outputKb > limits.max.outputKb) {
            throw new dev.codelive.platform.config.ConfigException("policy modules.exec.limits.default", "must not be above limits.max");
        }
    }

    /** The limits no caller chooses, in the units the sandbox takes. */
    public SandboxShape shape() {
        return new SandboxShape(sandbox.processes, sandbox.openFiles, (long) sandbox.fileSizeMb << 20, (long) sandbox.tmpMb << 20,
                sandbox.cpuPerWallSecond, Duration.ofMillis(compile.timeoutMs), compile.memoryMb << 20, compile.processes,
                compile.diagnosticsKb << 10, compile.artefactMb << 20);
    }

    /** A run's limits when the caller names none. */
    public RunLimits defaultRunLimits() {
        return new RunLimits(limits.defaults.timeoutMs, limits.defaults.memoryMb, limits.defaults.outputKb);
    }

    /** SQL's options when the caller names none: the default row cap and deadline, no sample data. */
    public ExecutionOrder.SqlOptions defaultSqlOptions() {
        return new ExecutionOrder.SqlOptions(false, sql.rowCap, sql.statementTimeoutMs);
    }

    /** @param defaults a run's limits when the caller names none; {@code max} caps what a caller may ask */
    public record Limits(@com.fasterxml.jackson.annotation.JsonProperty("default") RunLimit defaults, RunLimit max) {
        public Limits {
            Validate.present("modules.exec.limits.default", defaults);
            Validate.present("modules.exec.limits.max", max);
        }
    }

    /**
     * @param timeoutMs wall-clock time of a run
     * @param memoryMb memory of a run's process tree
     * @param outputKb standard output (and error) kept
     */
    public record RunLimit(long timeoutMs, long memoryMb, long outputKb) {
        public RunLimit {
            Validate.range("modules.exec.limits.timeout_ms", timeoutMs, 100, 600_000);
            Validate.range("modules.exec.limits.memory_mb", memoryMb, 16, 64 * 1024);
            Validate.range("modules.exec.limits.output_kb", outputKb, 1, 64 * 1024);
        }
    }

    /**
     * @param processes processes and threads of a run
     * @param openFiles open files of each process
     * @param fileSizeMb largest file a run may write
     * @param tmpMb size of a run's private /tmp
     * @param cpuPerWallSecond CPU seconds per second of wall time (cores a run may keep busy)
     */
    public record SandboxLimits(int processes, int openFiles, int fileSizeMb, int tmpMb, int cpuPerWallSecond) {
        public SandboxLimits {
            Validate.range("modules.exec.sandbox.processes", processes, 8, 4096);
            Validate.range("modules.exec.sandbox.open_files", openFiles, 16, 65_536);
            Validate.range("modules.exec.sandbox.file_size_mb", fileSizeMb, 1, 4096);
            Validate.range("modules.exec.sandbox.tmp_mb", tmpMb, 1, 4096);
            Validate.range("modules.exec.sandbox.cpu_per_wall_second", cpuPerWallSecond, 1, 256);
        }
    }

    /**
     * @param timeoutMs wall-clock time of a build
     * @param memoryMb memory of a build
     * @param processes processes and threads of a build
     * @param diagnosticsKb compiler messages kept
     * @param artefactMb largest built program
     */
    public record CompileLimits(long timeoutMs, long memoryMb, int processes, long diagnosticsKb, long artefactMb) {
        public CompileLimits {
            Validate.range("modules.exec.compile.timeout_ms", timeoutMs, 1000, 600_000);
            Validate.range("modules.exec.compile.memory_mb", memoryMb, 64, 64 * 1024);
            Validate.range("modules.exec.compile.processes", processes, 8, 4096);
            Validate.range("modules.exec.compile.diagnostics_kb", diagnosticsKb, 1, 64 * 1024);
            Validate.range("modules.exec.compile.artefact_mb", artefactMb, 1, 4096);
        }
    }

    /**
     * @param maxWaiting callers that may wait for a free sandbox; more get 429
     * @param maxWaitMs longest wait; then 429
     */
    public record Queue(int maxWaiting, long maxWaitMs) {
        public Queue {
            Validate.range("modules.exec.queue.max_waiting", maxWaiting, 0, 100_000);
            Validate.range("modules.exec.queue.max_wait_ms", maxWaitMs, 0, 600_000);
        }
    }

    /**
     * @param rowCap rows kept per result set by default
     * @param maxRowCap most rows a caller may ask for
     * @param statementTimeoutMs deadline of each statement
     */
    public record Sql(int rowCap, int maxRowCap, long statementTimeoutMs) {
        public Sql {
            Validate.range("modules.exec.sql.row_cap", rowCap, 1, 1_000_000);
            Validate.range("modules.exec.sql.max_row_cap", maxRowCap, rowCap, 1_000_000);
            Validate.range("modules.exec.sql.statement_timeout_ms", statementTimeoutMs, 10, 600_000);
        }
    }
}
