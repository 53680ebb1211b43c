package dev.codelive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command run to completion under GNU time: the bench's own clock for the wall time ({@link ProcessRun}), the
 * kernel's accounting for CPU time and peak memory ({@link GnuTime}).
 */
record TimedProcess(ProcessRun run, GnuTime usage) {

    /**
     * Runs {@code command} in {@code directory} under {@code /usr/bin/time -v}.
     *
     * @throws IllegalStateException when it fails or outlives {@code timeout}: a failed run has no figures
     */
    static TimedProcess run(List<String> command, Path directory, Duration timeout) {
        try {
            Path report = Files.createTempFile(directory, "time", ".txt");
            ProcessRun run = ProcessRun.run(GnuTime.wrap(command, report), directory, Map.of(), Optional.empty(), timeout);
            if (!run.succeeded()) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + run.describe());
            }
            GnuTime usage = GnuTime.parse(Files.readString(report));
            Files.delete(report);
            return new TimedProcess(run, usage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
