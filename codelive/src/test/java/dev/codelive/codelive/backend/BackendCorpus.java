package dev.codelive.codelive.backend;

import dev.codelive.codelive.CodeLivePolicy;
import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.conformance.ConformanceCorpus;
import dev.codelive.codelive.evaluator.Evaluation;
import dev.codelive.codelive.evaluator.EvaluationListener;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyObject;
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
import java.util.stream.Stream;

/**
 * Every snippet a backend's conformance test renders: the parser's valid corpus ({@code syntax/valid}) and the
 * conformance corpus ({@code snippets}), with CPython's exact stdout for each (run once per JVM) and the int widths
 * to render it at.
 */
public final class BackendCorpus {
    private static final Map<String, Optional<String>> VALID_STDOUT = new ConcurrentHashMap<>();
    private static final Map<String, Program.IntWidth> WIDTHS = new ConcurrentHashMap<>();

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
         * The widths to render at: the narrowest that holds the snippet's ints, and the widest the backend supports
         * (none when the snippet needs more than the backend supports). The narrowest is what the renderer picks: the
         * reference evaluator's run, watched for the widest int any expression, variable or parameter held (62 and
         * 126 bits, see {@link Program.IntWidth}); BigInt when the evaluator cannot run the snippet.
         */
        public List<Program.IntWidth> widths(String stdout, Program.IntWidth widest) {
            Program.IntWidth narrowest = evaluatedWidth();
            List<Program.IntWidth> widths = new ArrayList<>();
            if (narrowest.compareTo(widest) <= 0) {
                widths.add(narrowest);
            }
            if (widest.compareTo(narrowest) > 0) {
                widths.add(widest);
            }
            return widths;
        }

        private Program.IntWidth evaluatedWidth() {
            return WIDTHS.computeIfAbsent(name, ignored -> {
                long[] bits = {0};
                EvaluationListener widest = new EvaluationListener() {
                    @Override
                    public void value(dev.codelive.codelive.syntax.Expr expression, PyObject value) {
                        note(value);
                    }

                    @Override
                    public void bound(dev.codelive.codelive.syntax.Expr.Name target, PyObject value) {
                        note(value);
                    }

                    @Override
                    public void parameterBound(dev.codelive.codelive.syntax.Stmt.FunctionDef function,
                                               dev.codelive.codelive.syntax.Parameter parameter, PyObject value) {
                        note(value);
                    }

                    private void note(PyObject value) {
                        if (value instanceof PyInt integer) {
                            bits[0] = Math.max(bits[0], integer.bitLength());
                        }
                    }
                };
                try {
                    Evaluation evaluation = new ReferenceEvaluator().evaluate(new PythonParser().parse(source), CodeLivePolicy.bundled().evaluationBudget(), widest);
                    if (evaluation.error().isPresent()) {
                        return Program.IntWidth.BIG;
                    }
                } catch (RuntimeException e) {
                    return Program.IntWidth.BIG;
                }
                return bits[0] <= 62 ? Program.IntWidth.I64 : bits[0] <= 126 ? Program.IntWidth.I128 : Program.IntWidth.BIG;
            });
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

    /**
     * Runs CPython for every snippet's expected output, and the evaluator for its width, ahead, two at a time (the machines have two
     * cores), so that a test's loop over the snippets finds them computed.
     */
    public static void prefetch(List<Snippet> snippets, Program.IntWidth widest) {
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Future<?>> futures = snippets.stream()
                    .map(snippet -> pool.submit(() -> snippet.expectedStdout().ifPresent(stdout -> snippet.widths(stdout, widest))))
                    .collect(java.util.stream.Collectors.toList());
            for (java.util.concurrent.Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("python3 failed while preparing the corpus", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

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
