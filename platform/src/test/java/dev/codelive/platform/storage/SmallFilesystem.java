package dev.codelive.platform.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, tiny filesystem (tmpfs) mounted for one test, so that "disk full" is the kernel's own ENOSPC rather than a
 * simulation. Mounting needs root with CAP_SYS_ADMIN: elsewhere the test is skipped loudly, and under {@code CI=true}
 * it fails, because CI must never pass by skipping.
 */
final class SmallFilesystem implements AutoCloseable {
    private final Path mountPoint;

    private SmallFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static SmallFilesystem mount(Path mountPoint, String size) throws IOException, InterruptedException {
        String problem = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        if (problem != null) {
            String message = "cannot mount a " + size + " tmpfs at " + mountPoint + " (" + problem + "); the full-disk test needs root";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message);
            }
            System.err.println("\n!!! SKIPPED: " + message + " !!!\n");
            Assumptions.abort(message);
        }
        return new SmallFilesystem(mountPoint);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String problem = run("umount", mountPoint.toString());
        if (problem != null) {
            throw new IllegalStateException("cannot unmount " + mountPoint + ": " + problem);
        }
    }

    /** Null when the command succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor() == 0 ? null : output.isEmpty() ? "exit code " + process.exitValue() : output;
    }
}
