package dev.codelive.codelive.backend.shared;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import dev.codelive.codelive.testing.Python3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snippets every backend's conformance test renders: {@code syntax/valid} and, once it exists, {@code snippets},
 * each with what CPython prints for it (a lone expression prints its value, as the analysis makes it print).
 */
public final class Corpus {
    private static final Pattern LONG_INTEGER = Pattern.compile("\\d{19,}");
    /** Runs a snippet as the analysis reads it: a lone expression's value is printed. */
    private static final String RUNNER = """
            import ast, sys
            path = %s
            tree = ast.parse(open(path, encoding="utf-8").read())
            if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
                value = eval(compile(ast.Expression(tree.body[0].value), path, "eval"), {"__name__": "__main__"})
                if value is not None:
                    print(value)
            else:
                exec(compile(tree, path, "exec"), {"__name__": "__main__"})
            """;

    /** A snippet, its analysis (empty when the analysis refuses it, with the reason) and CPython's output. */
    public record Snippet(String name, Path file, Optional<Program> i64, Optional<Program> widest, String refusal, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {}

    /** Every snippet, analysed at 64 bits (when CPython printed no int beyond 18 digits) and at {@code widest}. */
    public static List<Snippet> load(Program.IntWidth widest) {
        List<Snippet> snippets = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getParent().getFileName() + "/" + file.getFileName().toString().replaceFirst("\\.py$", "");
            String expected = String.join("\n", Python3.run(RUNNER.formatted(pythonString(file.toString())), List.of()));
            try {
                String source = Files.readString(file);
                var module = new PythonParser().parse(source);
                Optional<Program> i64 = LONG_INTEGER.matcher(expected).find() ? Optional.empty()
                        : Optional.of(new Analyzer().analyze(module, Program.IntWidth.I64));
                Optional<Program> wide = Optional.of(new Analyzer().analyze(module, widest));
                snippets.add(new Snippet(name, file, i64, wide, null, expected));
            } catch (SourceProblem problem) {
                snippets.add(new Snippet(name, file, Optional.empty(), Optional.empty(), problem.getMessage(), expected));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String directory : List.of("/syntax/valid", "/snippets")) {
            URL url = Corpus.class.getResource(directory);
            if (url == null) {
                continue;
            }
            try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
                listing.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }
}
