package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code sqlite3 -batch -noheader} reading the script on standard input, on a fresh in-memory database. */
record SqliteToolchain(Path sqlite3) implements ScriptToolchain {

    @Override
    public Target target() {
        return Target.SQLITE;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(sqlite3.toString(), "--version"));
    }

    @Override
    public Processes.Completed run(String script, Path scratch, Processes processes, Duration timeout) {
        return processes.run(List.of(sqlite3.toString(), "-batch", "-noheader"), scratch, Map.of(), script, timeout);
    }
}
