package dev.codelive.codelive.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one external command with a deadline, capturing bounded stdout and stderr. On timeout the whole process tree
 * dies: commands start in their own session ({@code setsid}), so compilers' and programs' children (rustc's linker,
 * go's compile and link steps, threads' helper processes) are killed with their process group, and any descendant that
 * left the group is killed through {@link ProcessHandle#descendants()}.
 */
final class Processes {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    /** How long to wait for the pipes to close after a kill: a grandchild that escaped could hold them open. */
    private static final Duration DRAIN = Duration.ofSeconds(2);

    private final int maxOutputBytes;

    Processes(int maxOutputBytes) {
        this.maxOutputBytes = maxOutputBytes;
    }

    /** One finished (or killed) command. */
    record Completed(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated,
            Duration duration) {
        boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }

        /** Both streams, for diagnostics: compilers disagree on which one they write to. */
        String output() {
            return stdout.isEmpty() ? stderr : stderr.isEmpty() ? stdout : stdout + stderr;
        }
    }

    /**
     * Runs {@code command} in {@code directory} with extra environment variables, writing {@code stdin} (may be empty)
     * to it, and kills its process tree when it outlives {@code timeout}.
     */
    Completed run(List<String> command, Path directory, Map<String, String> environment, String stdin,
            Duration timeout) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Completed(127, "", "cannot start " + command.getFirst() + ": " + e.getMessage() + "\n", false,
                    false, Duration.ofNanos(System.nanoTime() - started));
        }
        CompletableFuture<Capture> out = capture(process.getInputStream());
        CompletableFuture<Capture> err = capture(process.getErrorStream());
        Thread.ofVirtual().start(() -> feed(process, stdin));
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
        if (timedOut) {
            killTree(process);
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        Capture stdout = drained(out);
        Capture stderr = drained(err);
        int exitCode = timedOut ? -1 : process.exitValue();
        return new Completed(exitCode, stdout.text(), stderr.text(), timedOut, stdout.truncated() || stderr.truncated(),
                duration);
    }

    /** Kills the process group, then any descendant outside it, then the process itself. */
    private static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill(1): the descendants below are still killed one by one.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void feed(Process process, String stdin) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command exited without reading all of its input: that is its own business.
        }
    }

    private record Capture(String text, boolean truncated) {}

    private CompletableFuture<Capture> capture(InputStream stream) {
        CompletableFuture<Capture> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(readBounded(stream));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Reads to the end, keeping the first {@code maxOutputBytes}: an endless printer must not exhaust the heap. */
    private Capture readBounded(InputStream stream) {
        byte[] kept = new byte[Math.min(maxOutputBytes, 64 * 1024)];
        int length = 0;
        boolean truncated = false;
        byte[] buffer = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(buffer)) != -1) {
                int room = maxOutputBytes - length;
                if (read > room) {
                    truncated = true;
                }
                int keep = Math.min(read, room);
                if (keep > 0) {
                    if (length + keep > kept.length) {
                        kept = Arrays.copyOf(kept, Math.min(maxOutputBytes, Math.max(kept.length * 2,
                                length + keep)));
                    }
                    System.arraycopy(buffer, 0, kept, length, keep);
                    length += keep;
                }
            }
        } catch (IOException e) {
            // The pipe broke because the process was killed: keep what arrived.
        }
        return new Capture(new String(kept, 0, length, StandardCharsets.UTF_8), truncated);
    }

    private static Capture drained(CompletableFuture<Capture> capture) {
        try {
            return capture.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Capture("", true);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException("reading a process's output failed", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Capture("", true);
        }
    }
}
