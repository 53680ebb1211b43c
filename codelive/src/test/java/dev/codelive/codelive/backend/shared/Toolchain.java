package dev.codelive.codelive.backend.shared;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The interim way to build and run rendered programs until the shared ProgramRunner lands: find a tool, run a
 * command with a timeout. A missing tool skips the test loudly, or fails it under {@code CI=true}.
 */
public final class Toolchain {
    private Toolchain() {}

    /** The first of the candidates that is an executable file, looking names without a slash up on the PATH. */
    public static Optional<Path> find(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                Path path = Path.of(candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(path);
                }
                continue;
            }
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path path = Path.of(directory, candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** The tool, or a skipped test (a failure under CI=true). */
    public static Path require(String what, Optional<Path> tool) {
        if (tool.isEmpty()) {
            String message = what + " is not installed";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message + "; a missing toolchain is a failure in CI, never a skip");
            }
            System.err.println("\n!!! SKIPPED: " + message + " !!!\n");
            Assumptions.abort(message);
        }
        return tool.get();
    }

    /** What a finished command printed. */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }
    }

    /** Runs a command in a directory, killing it (and its children) after the timeout. */
    public static Result run(List<String> command, Path directory, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(-1, "", "timed out after " + timeoutSeconds + " s", true);
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
