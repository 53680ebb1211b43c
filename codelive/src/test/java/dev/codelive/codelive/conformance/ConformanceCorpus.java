package dev.codelive.codelive.conformance;

import dev.codelive.codelive.testing.Python3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance corpus: the Python snippets under {@code src/test/resources/snippets} ({@code NNN_name.py}), each
 * deterministic and printing something, with what CPython prints for it. Every backend's rendering of every snippet
 * must print exactly that. CPython runs each snippet once per test JVM, all of them on first use.
 *
 * <pre>{@code
 * static Stream<Arguments> cases() {
 *     return ConformanceCorpus.snippets().stream().flatMap(s -> Stream.of(Target.values()).map(t -> arguments(s, t)));
 * }
 * }</pre>
 */
public final class ConformanceCorpus {
    static final String DIRECTORY = "snippets";

    /** One snippet: {@code name} is the file name without {@code .py}, e.g. {@code 042_negative_floor_division}. */
    public record Snippet(String name, String source, Path file) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Loaded on first use. */
    private static final class Loaded {
        static final List<Snippet> SNIPPETS = load();
    }

    /** CPython's output for every snippet, computed on first use. */
    private static final class Expected {
        static final Map<String, String> STDOUT = runAll(Loaded.SNIPPETS);
    }

    private ConformanceCorpus() {}

    /** Every snippet, in file-name order. */
    public static List<Snippet> snippets() {
        return Loaded.SNIPPETS;
    }

    public static Snippet snippet(String name) {
        return snippets().stream().filter(snippet -> snippet.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no snippet " + name + " in the corpus"));
    }

    /**
     * Exactly what CPython 3.11 prints for the snippet. Skips the calling test without python3, or fails it under
     * {@code CI=true}.
     */
    public static String expectedStdout(Snippet snippet) {
        Python3.require();
        String stdout = Expected.STDOUT.get(snippet.name());
        if (stdout == null) {
            throw new IllegalArgumentException(snippet.name() + " is not in the corpus");
        }
        return stdout;
    }

    /**
     * The snippets of another folder of the test resources ({@code syntax/valid}), in file-name order, for a test that
     * renders more than the corpus; CPython's output for them is the test's business.
     */
    public static List<Snippet> in(String folder) {
        try (Stream<Path> files = Files.list(directory(folder))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".py")).sorted()
                    .map(ConformanceCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        return directory(DIRECTORY);
    }

    private static Path directory(String folder) {
        URL url = ConformanceCorpus.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no test resources under " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Snippet> load() {
        return in(DIRECTORY);
    }

    private static Snippet read(Path file) {
        try {
            return new Snippet(file.getFileName().toString().replaceFirst("\\.py$", ""),
                    Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two interpreters at a time: the machines have two cores. */
    private static Map<String, String> runAll(List<Snippet> snippets) {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Map<String, Future<String>> futures = snippets.stream().collect(Collectors.toMap(Snippet::name,
                    snippet -> pool.submit(() -> Python3.stdoutOf(snippet.file(), List.of()))));
            return futures.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    entry -> join(entry.getKey(), entry.getValue())));
        }
    }

    private static String join(String name, Future<String> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("python3 failed on snippet " + name + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
