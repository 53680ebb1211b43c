package dev.codelive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One program of the run-time benchmark, through its life: written to its own folder, built once (timed apart),
 * checked against CPython's output, then timed run after run. Either CPython running the snippet, or a backend's
 * rendering, shared by every knob setting that rendered the same source.
 */
final class MeasuredProgram {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(1);

    private final String snippet;
    private final String runner;
    private final ProgramToolchain toolchain;
    private final Path folder;
    private final List<String> settings = new ArrayList<>();
    private final List<Double> runMillis = new ArrayList<>();
    private double buildMillis;
    private Optional<String> problem = Optional.empty();

    /** @param runner {@code python3} or the backend's name */
    MeasuredProgram(String snippet, String runner, String source, ProgramToolchain toolchain, Path folder) {
        this.snippet = snippet;
        this.runner = runner;
        this.toolchain = toolchain;
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(toolchain.sourceFile()), source, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file : toolchain.extraFiles().entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String snippet() {
        return snippet;
    }

    String runner() {
        return runner;
    }

    /** The knob settings whose rendering this is, in the order they were rendered. */
    List<String> settings() {
        return settings;
    }

    void renderedFor(String setting) {
        settings.add(setting);
    }

    double buildMillis() {
        return buildMillis;
    }

    /** Why this program was not timed: a failed build, a failed or wrong first run; empty when it was. */
    Optional<String> problem() {
        return problem;
    }

    List<Double> runMillis() {
        return runMillis;
    }

    /** Runs the build commands, timing them together. */
    void build() {
        for (List<String> command : toolchain.build()) {
            ProcessRun build = ProcessRun.run(ProgramToolchain.in(folder, command), folder, toolchain.environment(), Optional.empty(), BUILD_TIMEOUT);
            buildMillis += build.millis();
            if (!build.succeeded()) {
                problem = Optional.of("build failed: " + build.describe());
                return;
            }
        }
    }

    /**
     * Runs the program once, untimed (it also warms the page cache), and returns what it printed; a failed run is
     * recorded as this program's problem.
     */
    Optional<String> firstRun() {
        if (problem.isPresent()) {
            return Optional.empty();
        }
        ProcessRun run = run();
        if (!run.succeeded()) {
            problem = Optional.of("run failed: " + run.describe());
            return Optional.empty();
        }
        return Optional.of(run.stdout());
    }

    /** Records that the first run printed something other than CPython. */
    void printedWrong(String expected, String actual) {
        problem = Optional.of("wrong output: expected " + abbreviate(expected) + ", got " + abbreviate(actual));
    }

    /** One timed run; a run that fails after a good first run makes the program's figures void. */
    void timeOnce() {
        if (problem.isPresent()) {
            return;
        }
        ProcessRun run = run();
        if (!run.succeeded()) {
            problem = Optional.of("a timed run failed: " + run.describe());
            return;
        }
        runMillis.add(run.millis());
    }

    double medianMillis() {
        return Figures.median(runMillis);
    }

    private ProcessRun run() {
        Optional<Path> stdin = toolchain.stdin() ? Optional.of(folder.resolve(toolchain.sourceFile())) : Optional.empty();
        return ProcessRun.run(ProgramToolchain.in(folder, toolchain.run()), folder, toolchain.environment(), stdin, RUN_TIMEOUT);
    }

    private static String abbreviate(String text) {
        String line = text.strip().replace("\n", "⏎");
        return "\"" + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"";
    }
}
