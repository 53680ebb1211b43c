package dev.codelive.codelive.evaluator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Python files the evaluator is checked on: its own corpus ({@code evaluator/}), the parser's valid snippets
 * ({@code syntax/valid/}) and, when it exists, the shared {@code snippets/} folder.
 */
final class Snippets {
    static final List<String> FOLDERS = List.of("evaluator", "syntax/valid", "snippets");

    /** One snippet file: its name relative to the test resources ({@code evaluator/big_ints.py}) and its path. */
    record Snippet(String name, Path path) {
        String source() {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Snippets() {}

    static List<Snippet> all() {
        List<Snippet> snippets = new ArrayList<>();
        for (String folder : FOLDERS) {
            snippets.addAll(in(folder));
        }
        return snippets;
    }

    /** The {@code .py} files of one folder, sorted; none when the folder does not exist. */
    static List<Snippet> in(String folder) {
        URL url = Snippets.class.getResource("/" + folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".py")).sorted()
                    .map(file -> new Snippet(folder + "/" + file.getFileName(), file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
