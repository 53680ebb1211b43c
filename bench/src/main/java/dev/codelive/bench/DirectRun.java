package dev.codelive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A program started straight from this JVM, outside any sandbox, and handled as the sandbox handles a run
 * ({@code SandboxedProcess}): its environment only the given one, its standard input fed by a virtual thread and
 * closed, its output drained through pipes by virtual threads, and its wall time taken until it exited and both pipes
 * were read to the end. The baseline the sandbox's cost is measured against.
 *
 * @param exitCode the exit status
 * @param stdout what it printed
 * @param stderr what it printed on standard error
 * @param nanos wall time, from just before the start to the end of its output
 */
record DirectRun(int exitCode, String stdout, String stderr, long nanos) {

    /** Runs {@code argv} with exactly {@code environment}; an empty standard input. */
    static DirectRun run(List<String> argv, Map<String, String> environment) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.environment().clear();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + argv.getFirst(), e);
        }
        byte[][] output = new byte[2][];
        Thread stdout = Thread.ofVirtual().start(() -> output[0] = drain(process.getInputStream()));
        Thread stderr = Thread.ofVirtual().start(() -> output[1] = drain(process.getErrorStream()));
        OutputStream stdin = process.getOutputStream();
        Thread.ofVirtual().start(() -> {
            try (stdin) {
                stdin.write(new byte[0]);
            } catch (IOException e) {
                // The program closed its input first: as in the sandbox, that is its business.
            }
        });
        int exitCode = process.waitFor();
        stdout.join();
        stderr.join();
        long nanos = System.nanoTime() - start;
        return new DirectRun(exitCode, new String(output[0], StandardCharsets.UTF_8), new String(output[1], StandardCharsets.UTF_8), nanos);
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    /** The failure in one line, for an exception. */
    String describe() {
        return "exit status " + exitCode + ": " + stderr.strip();
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
