package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rustc -O main.rs}, as the backend promises, in rustc's default edition (2015, since no {@code --edition} is
 * given). Debug info is stripped only to keep cached binaries small (4 MB to 0.4 MB); it changes no code.
 */
record RustToolchain(Path rustc) implements CompiledToolchain {
    private static final List<String> FLAGS = List.of("-O", "-C", "strip=debuginfo");

    @Override
    public Target target() {
        return Target.RUST;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(rustc.toString(), "--version"));
    }

    @Override
    public String sourceFile() {
        return "main.rs";
    }

    @Override
    public String buildFlags() {
        return String.join(" ", FLAGS);
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public List<BuildOutcome> build(Path workDirectory, List<Path> units, Processes processes, Duration timeout) {
        return units.stream().map(unit -> {
            List<String> command = new ArrayList<>(List.of(rustc.toString()));
            command.addAll(FLAGS);
            command.addAll(List.of("main.rs", "-o", "main"));
            return BuildOutcome.of(processes.run(command, unit, Map.of(), "", timeout));
        }).toList();
    }

    @Override
    public List<String> runCommand(Path unit) {
        return List.of(unit.resolve("main").toString());
    }
}
