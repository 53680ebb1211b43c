package dev.codelive.exec.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What an execution did, as {@code POST /api/execute} answers it.
 *
 * @param status the outcome
 * @param exitCode the exit code of the run, or of the compiler after a compile error
 * @param signal the signal that ended it
 * @param stdout standard output (for SQL, the results as text)
 * @param stderr standard error (compiler diagnostics after a compile error)
 * @param stdoutTruncated whether standard output went over the cap
 * @param stderrTruncated whether standard error went over the cap
 * @param queueMs time waiting for a free sandbox
 * @param compileMs time building, when a build ran; empty for interpreted languages and cached builds
 * @param runMs time running
 * @param memoryKb the run's peak memory, where the host measures it
 * @param buildCached whether the build came from the cache
 * @param sql the structured results of SQL
 */
public record ExecutionReport(Status status, OptionalInt exitCode, OptionalInt signal, String stdout, String stderr,
        boolean stdoutTruncated, boolean stderrTruncated, long queueMs, OptionalLong compileMs, long runMs,
        OptionalLong memoryKb, boolean buildCached, Optional<SqlResults> sql) {

    public ExecutionReport withQueueMs(long queued) {
        return new ExecutionReport(status, exitCode, signal, stdout, stderr, stdoutTruncated, stderrTruncated, queued, compileMs, runMs,
                memoryKb, buildCached, sql);
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.wire());
        json.put("exit_code", exitCode.isPresent() ? exitCode.getAsInt() : null);
        json.put("signal", signal.isPresent() ? Signals.name(signal.getAsInt()) : null);
        json.put("stdout", stdout);
        json.put("stderr", stderr);
        Map<String, Object> truncated = new LinkedHashMap<>();
        truncated.put("stdout", stdoutTruncated);
        truncated.put("stderr", stderrTruncated);
        sql.ifPresent(results -> truncated.put("rows", results.truncated()));
        json.put("truncated", truncated);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("queue", queueMs);
        timings.put("compile", compileMs.isPresent() ? compileMs.getAsLong() : null);
        timings.put("run", runMs);
        json.put("timings_ms", timings);
        json.put("memory_kb", memoryKb.isPresent() ? memoryKb.getAsLong() : null);
        json.put("build_cached", buildCached);
        sql.ifPresent(results -> {
            json.put("result", results.last());
            json.put("results", results.all());
        });
        return json;
    }
}
