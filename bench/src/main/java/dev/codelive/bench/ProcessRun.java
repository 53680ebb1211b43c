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
import java.util.concurrent.TimeUnit;

/**
 * One finished (or killed) run of an external command, timed from just before the process starts to its exit. Its
 * output goes to files rather than pipes, so no reader thread competes with the program for the two cores. A command
 * that outlives its timeout dies with its whole process tree: it starts in its own session ({@code setsid}) and its
 * process group is killed.
 *
 * @param exitCode the exit status, or -1 when it timed out
 * @param nanos wall time, start to exit
 */
record ProcessRun(int exitCode, String stdout, String stderr, boolean timedOut, long nanos) {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    /** What a report shows of a failing command's output. */
    private static final int SHOWN_CHARS = 2000;

    boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    double millis() {
        return nanos / 1e6;
    }

    /** A failure in a few lines: the exit status and the start of what the command said. */
    String describe() {
        String said = (stderr.isBlank() ? stdout : stderr).strip();
        return (timedOut ? "timed out" : "exit status " + exitCode) + (said.isEmpty() ? ""
                : ": " + (said.length() > SHOWN_CHARS ? said.substring(0, SHOWN_CHARS) + " …" : said));
    }

    /**
     * Runs {@code command} in {@code directory} with extra environment variables, reading {@code stdin} (a file) or
     * nothing, and kills its process tree when it outlives {@code timeout}.
     */
    static ProcessRun run(List<String> command, Path directory, Map<String, String> environment, Optional<Path> stdin, Duration timeout) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Path out = Files.createTempFile(directory, "stdout", ".txt");
            Path err = Files.createTempFile(directory, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            stdin.ifPresent(file -> builder.redirectInput(file.toFile()));
            long start = System.nanoTime();
            Process process = builder.start();
            if (stdin.isEmpty()) {
                process.getOutputStream().close();
            }
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long nanos = System.nanoTime() - start;
            if (!finished) {
                killTree(process);
            }
            ProcessRun run = new ProcessRun(finished ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), !finished, nanos);
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Cannot run program")) {
                return new ProcessRun(127, "", e.getMessage(), false, 0);
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** Kills the process group, then any descendant that left it, then the process itself. */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill(1): the descendants are still killed one by one below.
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
