package dev.codelive.codelive.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real CPython the conformance tests compare against: {@code $PYTHON3} if set, else {@code python3} on the PATH.
 * It must be CPython 3.11, the version the runtime models (3.12 changed float {@code sum} and several messages).
 * Missing or another version, it skips the tests loudly on a laptop and fails them under {@code CI=true}, like the
 * platform's {@code RequiresService}.
 */
public final class Python3 {
    /** The CPython version whose semantics the runtime reproduces. */
    public static final String MODELLED_VERSION = "3.11";
    private static final long TIMEOUT_SECONDS = 300;
    private static final Executor PER_TASK_THREAD = task -> Thread.ofVirtual().start(task);

    /** The interpreter's version, asked once. */
    private static final class Version {
        static final String VALUE = executable().map(python -> run("import sys; print('%d.%d' % sys.version_info[:2])",
                List.of()).getFirst()).orElse(null);
    }

    private Python3() {}

    /** The interpreter, if there is one. */
    public static Optional<Path> executable() {
        String configured = System.getenv("PYTHON3");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, "python3");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Why python3 is unusable, or null when it is fine; throws under {@code CI=true}. */
    static String unavailableReason(String testName) {
        String message;
        if (executable().isEmpty()) {
            message = "python3 is not on the PATH (set PYTHON3 to a CPython " + MODELLED_VERSION + " interpreter)";
        } else if (!MODELLED_VERSION.equals(Version.VALUE)) {
            message = executable().get() + " is CPython " + Version.VALUE + ", but the runtime models CPython "
                    + MODELLED_VERSION + " (set PYTHON3 to a " + MODELLED_VERSION + " interpreter)";
        } else {
            return null;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + message + "; a missing python3 is a failure in CI, never a"
                    + " skip");
        }
        System.err.println("\n!!! SKIPPED " + testName + ": " + message + " !!!\n");
        return message;
    }

    /** Aborts (skips) the calling test when python3 is missing, or fails under CI. */
    public static void require() {
        String reason = unavailableReason("test needing python3");
        Assumptions.assumeTrue(reason == null, reason);
    }

    /**
     * Runs {@code python3 -I -c script} once, writing the input lines to its stdin, and returns its stdout lines.
     * Fails when the interpreter exits with an error.
     */
    public static List<String> run(String script, List<String> inputLines) {
        return execute(List.of("-c", script), inputLines).lines().toList();
    }

    /** Runs the script file with its arguments, as {@link #run(String, List)} runs inline code. */
    public static List<String> runFile(Path script, List<String> arguments) {
        return stdoutOf(script, arguments).lines().toList();
    }

    /**
     * Runs the script file like {@link #runFile(Path, List)}, returning its standard output exactly, line ends and
     * all: what a program rendered from it must print.
     */
    public static String stdoutOf(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        return execute(command, List.of());
    }

    /**
     * What running a script printed: stdout exactly as written, stderr, and the exit code (1 after an uncaught
     * exception, whose traceback ends stderr).
     */
    public record Outcome(String stdout, String stderr, int exitCode) {
        /** The last line of stderr: {@code ZeroDivisionError: division by zero} after an uncaught exception. */
        public String lastErrorLine() {
            List<String> lines = stderr.lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    /** Runs {@code python3 -I script arguments...}, failing or not, and returns what it printed. */
    public static Outcome runScript(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        return start(command, List.of());
    }

    /** Runs {@code python3 -I -c code arguments...}, failing or not, and returns what it printed. */
    public static Outcome runCode(String code, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("-c", code));
        command.addAll(arguments);
        return start(command, List.of());
    }

    /** Standard output exactly as written; fails when the interpreter exits with an error. */
    private static String execute(List<String> arguments, List<String> inputLines) {
        Outcome outcome = start(arguments, inputLines);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("python3 exited with " + outcome.exitCode() + ":\n" + outcome.stderr());
        }
        return outcome.stdout();
    }

    private static Outcome start(List<String> arguments, List<String> inputLines) {
        Path python = executable().orElseThrow(() -> new IllegalStateException("python3 is not available"));
        List<String> command = new ArrayList<>(List.of(python.toString(), "-I"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONHASHSEED", "0");
        try {
            Process process = builder.start();
            // One thread per stream, not the common pool: with one worker there (two cores), stderr would wait for
            // stdout's end, and a traceback larger than the pipe buffer would block python3 forever.
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()),
                    PER_TASK_THREAD);
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()),
                    PER_TASK_THREAD);
            try (OutputStream stdin = process.getOutputStream()) {
                for (String line : inputLines) {
                    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("python3 did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Outcome(stdout.join(), stderr.join(), process.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for python3", e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
