package dev.codelive.codelive.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The snippets under {@code src/test/resources/syntax}: {@code valid} (Python in the subset), {@code invalid} (syntax
 * errors) and {@code unsupported} (Python outside the subset). The last two start with {@code # expect: MESSAGE}.
 */
final class Corpus {
    private static final String EXPECT = "# expect: ";

    /** One snippet: its file name without {@code .py}, its text, and the message it must fail with (or null). */
    record Snippet(String name, String source, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {}

    static List<Snippet> valid() {
        return load("valid");
    }

    static List<Snippet> invalid() {
        return load("invalid");
    }

    static List<Snippet> unsupported() {
        return load("unsupported");
    }

    static Path directory(String kind) {
        URL url = Corpus.class.getResource("/syntax/" + kind);
        if (url == null) {
            throw new IllegalStateException("no test resources under syntax/" + kind);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Snippet> load(String kind) {
        try (Stream<Path> files = Files.list(directory(kind))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".py")).sorted().map(Corpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Snippet read(Path file) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            String expected = source.startsWith(EXPECT) ? source.substring(EXPECT.length(), source.indexOf('\n'))
                    : null;
            return new Snippet(name, source, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
