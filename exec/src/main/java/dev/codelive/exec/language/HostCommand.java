package dev.codelive.exec.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks a toolchain on the host about itself ({@code --version}): trusted binaries, trusted arguments, no user input. */
final class HostCommand {
    private static final long TIMEOUT_SECONDS = 20;

    private HostCommand() {}

    /** The first line of what the command printed, when it exited with 0 in time. */
    static Optional<String> firstLine(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(64 * 1024);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            return new String(output, StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
