package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;

/** A toolchain without a build step: the program is a script an interpreter reads. */
sealed interface ScriptToolchain extends Toolchain permits SqliteToolchain, PostgresToolchain {

    /** Runs {@code script} with {@code scratch} as the working folder. */
    Processes.Completed run(String script, Path scratch, Processes processes, Duration timeout);
}
