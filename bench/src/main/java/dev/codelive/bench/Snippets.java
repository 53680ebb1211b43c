package dev.codelive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Python snippets packaged in the benchmarks jar: the conformance corpus ({@link #CORPUS}, copied from
 * {@code codelive/src/test/resources/snippets} at build time) and the run-time benchmark's heavy snippets
 * ({@link #RUNTIME}). Read from the jar so that JMH's forked JVMs see exactly what the command that started them saw.
 */
final class Snippets {
    static final String CORPUS = "codelive-corpus";
    static final String RUNTIME = "codelive-runtime";

    /** One snippet: {@code name} is the file name without {@code .py}. */
    record Snippet(String name, String source) {}

    private Snippets() {}

    /** Every {@code .py} file of the folder, in file-name order. */
    static List<Snippet> load(String folder) {
        URL url = Snippets.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " folder on the class path: build the bench module with Maven");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readAll(jar.getPath("/" + folder));
                }
            }
            return readAll(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Snippet> readAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(file -> file.getFileName().toString().endsWith(".py"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
            if (sorted.isEmpty()) {
                throw new IllegalStateException("no snippets in " + folder);
            }
            return sorted.stream().map(Snippets::read).toList();
        }
    }

    private static Snippet read(Path file) {
        try {
            return new Snippet(file.getFileName().toString().replaceFirst("\\.py$", ""),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
