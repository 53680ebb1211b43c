package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A toolchain with a build step. Each program is a unit: a folder holding {@link #sourceFile()}, into which the build
 * puts the artefact {@link #runCommand(Path)} runs. Units of one build are siblings in one work folder, so a toolchain
 * that is slow per invocation compiles many in one process ({@link #batchSize()}).
 */
sealed interface CompiledToolchain extends Toolchain
        permits RustToolchain, GoToolchain, TypeScriptToolchain, CSharpToolchain {

    /** The program's file name inside its unit. */
    String sourceFile();

    /** The compiler flags, as they affect the artefact: part of the cache key. */
    String buildFlags();

    /** How many units one build invocation takes; 1 when the compiler is cheap to start or cannot batch. */
    int batchSize();

    /**
     * Compiles {@code units} (children of {@code workDirectory}), returning one outcome per unit in order. A build
     * that outlives {@code timeout} returns timed-out outcomes for all its units.
     */
    List<BuildOutcome> build(Path workDirectory, List<Path> units, Processes processes, Duration timeout);

    /** Runs a built unit. */
    List<String> runCommand(Path unit);

    /** What a build said about one unit. */
    record BuildOutcome(boolean ok, String diagnostics, boolean timedOut, Duration duration) {
        static BuildOutcome of(Processes.Completed completed) {
            return new BuildOutcome(completed.succeeded(), completed.output(), completed.timedOut(),
                    completed.duration());
        }
    }
}
