package dev.codelive.codelive.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code go build}, many programs per invocation: the work folder becomes a module whose units are {@code main}
 * packages, built with {@code go build -o bin/ ./p1 ./p2 …}, which still writes the executables of the packages that
 * compile when others fail. The build cache ({@code GOCACHE}) is shared by every build, so the standard library
 * compiles once. No network: {@code GOPROXY=off}; no cgo, so no C compiler is needed.
 */
record GoToolchain(Path go, Path home) implements CompiledToolchain {
    private static final String MODULE = "conformance";
    private static final List<String> FLAGS = List.of("-ldflags=-s -w");

    @Override
    public Target target() {
        return Target.GO;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(go.toString(), "version"));
    }

    @Override
    public String sourceFile() {
        return "main.go";
    }

    @Override
    public String buildFlags() {
        return String.join(" ", FLAGS) + " CGO_ENABLED=0";
    }

    @Override
    public int batchSize() {
        return 40;
    }

    @Override
    public List<BuildOutcome> build(Path workDirectory, List<Path> units, Processes processes, Duration timeout) {
        try {
            Files.writeString(workDirectory.resolve("go.mod"), "module " + MODULE + "\n\ngo 1.19\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(go.toString(), "build"));
        command.addAll(FLAGS);
        command.addAll(List.of("-o", "bin/"));
        units.forEach(unit -> command.add("./" + unit.getFileName()));
        Processes.Completed completed = processes.run(command, workDirectory, environment(), "", timeout);
        Diagnostics diagnostics = Diagnostics.split(completed.output(), units,
                line -> line.startsWith("# " + MODULE + "/") ? line.substring(MODULE.length() + 3) : null);
        Duration share = completed.duration().dividedBy(units.size());
        List<BuildOutcome> outcomes = new ArrayList<>();
        for (Path unit : units) {
            String name = unit.getFileName().toString();
            if (completed.timedOut()) {
                outcomes.add(new BuildOutcome(false, "go build timed out", true, share));
                continue;
            }
            Path binary = workDirectory.resolve("bin").resolve(name);
            boolean built = Files.isExecutable(binary);
            String text = diagnostics.of(name);
            if (built) {
                move(binary, unit.resolve("main"));
            } else if (text.isBlank()) {
                text = "no executable was built: the program must be package main with a func main()\n";
            }
            outcomes.add(new BuildOutcome(built, text, false, share));
        }
        return outcomes;
    }

    private Map<String, String> environment() {
        return Map.of("GOCACHE", home.resolve("build-cache").toString(), "GOPATH", home.resolve("path").toString(),
                "GOPROXY", "off", "GOFLAGS", "", "GO111MODULE", "on", "GOWORK", "off", "GOTOOLCHAIN", "local",
                "GOTELEMETRY", "off", "CGO_ENABLED", "0");
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> runCommand(Path unit) {
        return List.of(unit.resolve("main").toString());
    }
}
