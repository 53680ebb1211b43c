package dev.codelive.codelive.backend;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.conformance.ConformanceCorpus;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import dev.codelive.codelive.testing.Python3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every snippet a backend's conformance test renders: the parser's valid corpus ({@code syntax/valid}) and the
 * conformance corpus ({@code snippets}), with CPython's exact stdout for each (run once per JVM) and the int widths
 * to render it at.
 */
public final class BackendCorpus {
    private static final Pattern LONG_INTEGER = Pattern.compile("\\d{19,}");
    private static final Map<String, Optional<String>> VALID_STDOUT = new ConcurrentHashMap<>();

    /** One snippet: its origin and name ({@code valid/fizzbuzz}, {@code snippets/001_hello_world}), text and file. */
    public record Snippet(String name, String source, Path file) {
        @Override
        public String toString() {
            return name;
        }

        /**
         * CPython's stdout, or empty when CPython itself ends with an error (the snippet is then not rendered). A
         * snippet that is a lone expression prints its value unless it is None (the analysis makes it a print, as Code
         * Live shows it), where {@code python3 file.py} would print nothing: its expected output is CPython's
         * {@code print(value)}.
         */
        public Optional<String> expectedStdout() {
            if (isSingleExpression()) {
                Python3.require();
                return VALID_STDOUT.computeIfAbsent(name, ignored -> Optional.of(printedValue(file)));
            }
            if (name.startsWith("snippets/")) {
                return Optional.of(ConformanceCorpus.expectedStdout(ConformanceCorpus.snippet(name.substring("snippets/".length()))));
            }
            Python3.require();
            return VALID_STDOUT.computeIfAbsent(name, ignored -> {
                try {
                    return Optional.of(Python3.stdoutOf(file, List.of()));
                } catch (IllegalStateException e) {
                    return Optional.empty();
                }
            });
        }

        /**
         * The widths to render at: 64 bits when CPython printed no integer of more than 18 digits (the evaluator's
         * proof stands in for that here), and the widest the backend supports.
         */
        public List<Program.IntWidth> widths(String stdout, Program.IntWidth widest) {
            List<Program.IntWidth> widths = new ArrayList<>();
            if (!LONG_INTEGER.matcher(stdout).find()) {
                widths.add(Program.IntWidth.I64);
            }
            if (widest != Program.IntWidth.I64) {
                widths.add(widest);
            }
            return widths;
        }

        private static String printedValue(Path file) {
            try {
                Path wrapper = Files.createTempFile("lone-expression", ".py");
                try {
                    Files.writeString(wrapper, "value = eval(compile(open(" + pythonString(file.toString())
                            + ", encoding='utf-8').read(), 'snippet', 'eval'))\nif value is not None:\n    print(value)\n");
                    return Python3.stdoutOf(wrapper, List.of());
                } finally {
                    Files.deleteIfExists(wrapper);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean isSingleExpression() {
            try {
                return new PythonParser().parse(source).isSingleExpression();
            } catch (SourceProblem problem) {
                return false;
            }
        }

        private static String pythonString(String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        /** The typed IR at a width, or the analysis's refusal. */
        public Program analyze(Program.IntWidth width) throws SourceProblem {
            return new Analyzer().analyze(new PythonParser().parse(source), width);
        }
    }

    private BackendCorpus() {}

    public static List<Snippet> all() {
        List<Snippet> snippets = new ArrayList<>(load("syntax/valid", "valid/"));
        ConformanceCorpus.snippets().forEach(snippet -> snippets.add(new Snippet("snippets/" + snippet.name(), snippet.source(), snippet.file())));
        return snippets;
    }

    private static List<Snippet> load(String directory, String prefix) {
        try {
            Path path = Path.of(BackendCorpus.class.getResource("/" + directory).toURI());
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".py")).sorted().map(file -> {
                    try {
                        return new Snippet(prefix + file.getFileName().toString().replaceFirst("\\.py$", ""),
                                Files.readString(file, StandardCharsets.UTF_8), file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
