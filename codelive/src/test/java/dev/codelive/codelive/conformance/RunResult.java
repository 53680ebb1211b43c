package dev.codelive.codelive.conformance;

import java.time.Duration;
import java.util.Optional;

/**
 * What became of one program: how it compiled and, if it did, how it ran.
 *
 * @param program the program
 * @param compilation the build (for SQL, which has none, an ok one taking no time)
 * @param execution the run, absent when the build failed or timed out
 */
public record RunResult(Program program, Compilation compilation, Optional<Execution> execution) {

    /** Compiled, ran to the end within the time limit, and exited 0. */
    public boolean succeeded() {
        return compilation.ok() && execution.map(run -> !run.timedOut() && run.exitCode() == 0).orElse(false);
    }

    /** What the program printed, or empty when it never ran. */
    public String stdout() {
        return execution.map(Execution::stdout).orElse("");
    }

    /** Everything a person needs to see why a comparison failed. */
    public String describe() {
        StringBuilder text = new StringBuilder(program.target() + ": ");
        if (compilation.timedOut()) {
            text.append("compilation timed out after ").append(compilation.duration().toMillis()).append(" ms");
        } else if (!compilation.ok()) {
            text.append("compilation failed:\n").append(compilation.diagnostics());
        } else {
            Execution run = execution.orElseThrow();
            text.append(run.timedOut() ? "timed out after " + run.duration().toMillis() + " ms"
                    : "exit code " + run.exitCode()).append("\n--- stdout ---\n").append(run.stdout())
                    .append("\n--- stderr ---\n").append(run.stderr());
        }
        return text.append("\n--- program ---\n").append(program.source()).toString();
    }

    /**
     * A build.
     *
     * @param ok the compiler accepted the program (warnings allowed)
     * @param diagnostics what it printed (for a cached build, what it printed then)
     * @param cached taken from the artefact cache: nothing was compiled in this run
     * @param timedOut killed at the compile timeout
     * @param duration time spent in this run; a batched build's time is shared evenly among its programs
     */
    public record Compilation(boolean ok, String diagnostics, boolean cached, boolean timedOut, Duration duration) {
        static final Compilation NONE = new Compilation(true, "", false, false, Duration.ZERO);
    }

    /**
     * A run.
     *
     * @param exitCode the exit code; -1 when killed at the timeout
     * @param stdout standard output, UTF-8, cut at the output limit
     * @param stderr standard error, likewise
     * @param timedOut killed (with its process tree) at the run timeout
     * @param truncated an output went past the limit and was cut
     * @param duration wall-clock time from start to exit
     */
    public record Execution(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated,
            Duration duration) {
        static Execution of(Processes.Completed completed) {
            return new Execution(completed.exitCode(), completed.stdout(), completed.stderr(), completed.timedOut(),
                    completed.truncated(), completed.duration());
        }
    }
}
