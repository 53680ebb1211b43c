package dev.codelive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Renders that failed during a measurement although the same snippet rendered when the benchmark was set up: the
 * renderer's wall-clock limits (the parser's deadline, the evaluation's time budget) can refuse a snippet on a loaded
 * machine. Such a render is counted rather than allowed to abort the run, and the forked JVM appends the counts to
 * the file named by the system property {@value #PROPERTY}, which the command reads into its report.
 */
final class RenderFailures {
    static final String PROPERTY = "codelive.bench.failures";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    void record(String where, RuntimeException failure) {
        String key = where + ": " + failure.getClass().getSimpleName();
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        examples.putIfAbsent(key, String.valueOf(failure.getMessage()));
    }

    /** Appends one line per kind of failure to the file the command named, or to standard error without one. */
    void report() {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        counts.forEach((key, count) -> lines.append(key).append(" × ").append(count.sum()).append(" (e.g. ").append(examples.get(key)).append(")\n"));
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            System.err.print(lines);
            return;
        }
        try {
            Files.writeString(Path.of(file), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the forked JVMs wrote to {@code file}. */
    static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
