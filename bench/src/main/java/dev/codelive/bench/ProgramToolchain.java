package dev.codelive.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the run-time benchmark builds and runs one backend's programs, with the flags of the conformance harness
 * ({@code codelive/src/test/java/dev/codelive/codelive/conformance}), which are what each backend promises its users.
 * Commands run in the program's own folder; {@value #FOLDER} in them stands for that folder's absolute path.
 *
 * @param sourceFile the program's file name in its folder
 * @param extraFiles other files the build needs (a Go module file), by name
 * @param build the build commands, in order; none for an interpreted language
 * @param run the command that runs the built program
 * @param stdin whether {@code run} reads the program on standard input (sqlite3)
 * @param versions what {@code --version} and the like answered, one line per tool
 */
record ProgramToolchain(String sourceFile, Map<String, String> extraFiles, List<List<String>> build, List<String> run, boolean stdin,
        Map<String, String> environment, String versions) {
    static final String FOLDER = "{folder}";
    /** The pinned TypeScript compiler of the conformance harness, relative to the repository. */
    static final String PINNED_TSC = "tools/typescript/node_modules/.bin/tsc";
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

    /** A backend's toolchain on this machine, or why there is none. */
    sealed interface Availability {
        record Ready(ProgramToolchain toolchain) implements Availability {}

        record Missing(String reason) implements Availability {}
    }

    ProgramToolchain {
        extraFiles = Map.copyOf(extraFiles);
        build = build.stream().map(List::copyOf).toList();
        run = List.copyOf(run);
        environment = Map.copyOf(environment);
    }

    /** The command with {@value #FOLDER} replaced by {@code folder}. */
    static List<String> in(Path folder, List<String> command) {
        return command.stream().map(part -> part.replace(FOLDER, folder.toAbsolutePath().toString())).toList();
    }

    /** CPython, the reference every backend is compared with: {@code $PYTHON3}, else {@code python3} on the PATH. */
    static Availability python(Tools tools) {
        Optional<Path> python = Optional.ofNullable(System.getenv("PYTHON3")).map(Path::of).filter(Files::isExecutable)
                .or(() -> tools.find("python3"));
        if (python.isEmpty()) {
            return new Availability.Missing("python3 is not on the PATH (set PYTHON3)");
        }
        // The interpreter itself, not a launcher in front of it: pyenv's shim adds a shell script's start-up to every run.
        ProcessRun where = ProcessRun.run(List.of(python.get().toString(), "-I", "-c", "import sys; print(sys.executable)"),
                Path.of(System.getProperty("java.io.tmpdir")), Map.of(), Optional.empty(), VERSION_TIMEOUT);
        if (!where.succeeded() || where.stdout().isBlank()) {
            return new Availability.Missing(python.get() + " does not run: " + where.describe());
        }
        String interpreter = where.stdout().strip();
        return ready("main.py", Map.of(), List.of(), List.of(interpreter, "-I", FOLDER + "/main.py"), false, Map.of(),
                List.of(List.of(interpreter, "--version")));
    }

    /** The toolchain of a backend of {@code CodeLive.backends()}, or why it cannot run here. */
    static Availability forBackend(String backend, Tools tools) {
        try {
            return switch (backend) {
                case "rust" -> {
                    String rustc = tools.require("rustc");
                    yield ready("main.rs", Map.of(), List.of(List.of(rustc, "-O", "-C", "strip=debuginfo", "main.rs", "-o", "main")),
                            List.of(FOLDER + "/main"), false, Map.of(), List.of(List.of(rustc, "--version")));
                }
                case "ts" -> {
                    String tsc = tools.require("tsc");
                    String node = tools.require("node");
                    List<String> compile = new ArrayList<>(List.of(tsc, "--strict", "--target", "es2020", "--module", "commonjs",
                            "--moduleDetection", "force", "--lib", "es2020", "--types", "node", "--skipLibCheck", "--pretty", "false",
                            "--newLine", "lf", "--typeRoots", Path.of(tsc).getParent().getParent().resolve("@types").toString(), "main.ts"));
                    // tsc runs on node: the same node as the programs.
                    String path = Path.of(node).getParent() + File.pathSeparator + System.getenv().getOrDefault("PATH", "");
                    yield ready("main.ts", Map.of(), List.of(compile), List.of(node, FOLDER + "/main.js"), false, Map.of("PATH", path),
                            List.of(List.of(tsc, "--version"), List.of(node, "--version")));
                }
                case "go" -> {
                    String go = tools.require("go");
                    yield ready("main.go", Map.of("go.mod", "module bench\n\ngo 1.19\n"),
                            List.of(List.of(go, "build", "-ldflags=-s -w", "-o", "main", ".")), List.of(FOLDER + "/main"), false,
                            Map.of("GOPROXY", "off", "GOFLAGS", "", "GO111MODULE", "on", "GOWORK", "off", "GOTOOLCHAIN", "local",
                                    "GOTELEMETRY", "off", "CGO_ENABLED", "0"),
                            List.of(List.of(go, "version")));
                }
                case "csharp" -> {
                    String mcs = tools.require("mcs");
                    String mono = tools.require("mono");
                    yield ready("main.cs", Map.of(), List.of(List.of(mcs, "-langversion:7", "-optimize+", "-r:System.Numerics.dll",
                            "-out:main.exe", "main.cs")), List.of(mono, FOLDER + "/main.exe"), false, Map.of(),
                            List.of(List.of(mcs, "--version"), List.of(mono, "--version")));
                }
                case "sql" -> {
                    String sqlite3 = tools.require("sqlite3");
                    yield ready("main.sql", Map.of(), List.of(), List.of(sqlite3, "-batch", "-noheader"), true, Map.of(),
                            List.of(List.of(sqlite3, "--version")));
                }
                case "julia" -> {
                    String julia = tools.require("julia");
                    yield ready("main.jl", Map.of(), List.of(), List.of(julia, "--startup-file=no", FOLDER + "/main.jl"), false, Map.of(),
                            List.of(List.of(julia, "--version")));
                }
                default -> new Availability.Missing("the bench knows no toolchain for backend " + backend + " (add one to ProgramToolchain)");
            };
        } catch (Tools.MissingTool missing) {
            return new Availability.Missing(missing.getMessage());
        }
    }

    private static Availability ready(String sourceFile, Map<String, String> extraFiles, List<List<String>> build, List<String> run,
            boolean stdin, Map<String, String> environment, List<List<String>> versionCommands) {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> lines = new ArrayList<>();
        for (List<String> command : versionCommands) {
            ProcessRun answer = ProcessRun.run(command, scratch, environment, Optional.empty(), VERSION_TIMEOUT);
            String first = (answer.stdout() + answer.stderr()).lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
            if (!answer.succeeded()) {
                return new Availability.Missing(String.join(" ", command) + " failed: " + answer.describe());
            }
            lines.add(first);
        }
        return new Availability.Ready(new ProgramToolchain(sourceFile, extraFiles, build, run, stdin, environment,
                lines.stream().collect(Collectors.joining("; "))));
    }

    /**
     * Finds executables: the pinned TypeScript compiler in the repository before any other {@code tsc}, then the
     * {@code PATH}, then rustup's {@code ~/.cargo/bin}, which a non-login shell may lack.
     */
    record Tools(Optional<Path> repository) {
        /** A tool is nowhere to be found. */
        static final class MissingTool extends RuntimeException {
            MissingTool(String message) {
                super(message, null, false, false);
            }
        }

        Optional<Path> find(String name) {
            if (name.equals("tsc") && repository.isPresent() && Files.isExecutable(repository.get().resolve(PINNED_TSC))) {
                return Optional.of(repository.get().resolve(PINNED_TSC));
            }
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!directory.isBlank() && Files.isExecutable(Path.of(directory, name))) {
                    return Optional.of(Path.of(directory, name));
                }
            }
            Path cargo = Path.of(System.getProperty("user.home"), ".cargo", "bin", name);
            return Files.isExecutable(cargo) ? Optional.of(cargo) : Optional.empty();
        }

        String require(String name) {
            return find(name).map(Path::toString).orElseThrow(() -> new MissingTool(name + " is not on the PATH"
                    + (name.equals("tsc") ? repository.map(r -> " nor at " + r.resolve(PINNED_TSC) + " (npm ci in tools/typescript)").orElse("") : "")));
        }

        /** The repository around the working directory: the nearest folder above it with the pinned tools. */
        static Tools around(Path start) {
            for (Path directory = start.toAbsolutePath(); directory != null; directory = directory.getParent()) {
                if (Files.isRegularFile(directory.resolve("tools/typescript/package.json"))) {
                    return new Tools(Optional.of(directory));
                }
            }
            return new Tools(Optional.empty());
        }
    }
}
