package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mono's {@code mcs} held to C# 7 (the backend's promise), with {@code System.Numerics} referenced for
 * {@code BigInteger}; run with {@code mono}. mcs starts in a fraction of a second, so each program compiles alone.
 */
record CSharpToolchain(Path mcs, Path mono) implements CompiledToolchain {
    private static final List<String> FLAGS = List.of("-langversion:7", "-optimize+", "-r:System.Numerics.dll");

    @Override
    public Target target() {
        return Target.CSHARP;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(mcs.toString(), "--version"), List.of(mono.toString(), "--version"));
    }

    @Override
    public String sourceFile() {
        return "main.cs";
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
            List<String> command = new ArrayList<>(List.of(mcs.toString()));
            command.addAll(FLAGS);
            command.addAll(List.of("-out:main.exe", "main.cs"));
            return BuildOutcome.of(processes.run(command, unit, Map.of(), "", timeout));
        }).toList();
    }

    @Override
    public List<String> runCommand(Path unit) {
        return List.of(mono.toString(), unit.resolve("main.exe").toString());
    }
}
