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
 * The pinned {@code tsc} (tools/typescript) with strict checking, many programs per invocation, then {@code node}.
 * {@code --moduleDetection force} makes every file a module, so programs compiled together cannot see each other's
 * top-level names; {@code es2020} is the first target with {@code BigInt}, which big Python ints need; Node's typings
 * come from the pinned {@code @types/node} 18, the oldest Node the backend supports. A program with any error counts
 * as a compile failure even though tsc still emits JavaScript for it. The output is renamed {@code main.cjs} so Node
 * runs it as CommonJS wherever the cache lives.
 */
record TypeScriptToolchain(Path tsc, Path node) implements CompiledToolchain {

    /** The options, also listed in the README; typeRoots is added per machine. */
    static final List<String> FLAGS = List.of("--strict", "--target", "es2020", "--module", "commonjs",
            "--moduleDetection", "force", "--lib", "es2020", "--types", "node", "--skipLibCheck", "--pretty", "false",
            "--noErrorTruncation", "--newLine", "lf");

    @Override
    public Target target() {
        return Target.TYPESCRIPT;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(tsc.toString(), "--version"), List.of(node.toString(), "--version"),
                List.of(node.toString(), "-p", "'@types/node ' + require(process.argv[1]).version",
                        typeRoots().resolve("node/package.json").toString()));
    }

    /** The typings next to the compiler: {@code node_modules/.bin/tsc} → {@code node_modules/@types}. */
    private Path typeRoots() {
        Path bin = tsc.getParent();
        return bin.getParent().resolve("@types");
    }

    @Override
    public String sourceFile() {
        return "main.ts";
    }

    @Override
    public String buildFlags() {
        return String.join(" ", FLAGS);
    }

    @Override
    public int batchSize() {
        return 100;
    }

    @Override
    public List<BuildOutcome> build(Path workDirectory, List<Path> units, Processes processes, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(tsc.toString()));
        command.addAll(FLAGS);
        command.addAll(List.of("--typeRoots", typeRoots().toString()));
        units.forEach(unit -> command.add(unit.getFileName() + "/main.ts"));
        // tsc runs on node: put node's folder first so the compiler and the programs use the same one.
        String path = node.getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        Processes.Completed completed = processes.run(command, workDirectory, Map.of("PATH", path), "", timeout);
        Diagnostics diagnostics = Diagnostics.split(completed.output(), units, line -> null);
        Duration share = completed.duration().dividedBy(units.size());
        List<BuildOutcome> outcomes = new ArrayList<>();
        for (Path unit : units) {
            if (completed.timedOut()) {
                outcomes.add(new BuildOutcome(false, "tsc timed out", true, share));
                continue;
            }
            String text = diagnostics.of(unit.getFileName().toString());
            Path emitted = unit.resolve("main.js");
            boolean ok = text.isBlank() && Files.isRegularFile(emitted);
            if (Files.isRegularFile(emitted)) {
                move(emitted, unit.resolve("main.cjs"));
            }
            if (!ok && text.isBlank()) {
                text = "tsc emitted nothing (exit code " + completed.exitCode() + ")\n";
            }
            outcomes.add(new BuildOutcome(ok, text, false, share));
        }
        return outcomes;
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
        return List.of(node.toString(), unit.resolve("main.cjs").toString());
    }
}
