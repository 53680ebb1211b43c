package dev.codelive.exec.language.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the driver with the host's python3 in a scratch directory laid out as the sandbox's /sandbox. */
record DriverProcess(Path directory) {

    /** What one run printed and how it exited. */
    record Run(int exitCode, String stdout, String stderr) {
        SqlOutcome outcome() {
            return SqlOutcomeJson.parse(stdout);
        }
    }

    Run run(String script, SqlOptions options) {
        SqliteDriver driver = new SqliteDriver(RequiresPython3.Condition.location(), directory.toString());
        try {
            for (DriverFile file : driver.files(options)) {
                Files.write(Path.of(file.path()), file.content());
            }
            Files.writeString(Path.of(driver.scriptPath()), script);
            return exec(driver.argv(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run exec(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).directory(directory.toFile()).start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            // A backstop only: the driver's own deadline is what the tests check, far below this.
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the driver ran for more than 60 s");
            }
            return new Run(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
