package dev.codelive.codelive.backend.shared;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.conformance.ConformanceCorpus;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a backend's conformance test renders: the harness's snippet corpus, the parser's {@code syntax/valid} examples
 * and the backends' own edge cases under {@code backend/}, each with what CPython prints for it (for the latter a lone expression prints its value, as the analysis
 * makes it print), analysed at 64 bits (when no int the snippet computes needs more than 62 bits, and CPython printed
 * no int beyond 18 digits) and at the widest width.
 */
public final class Corpus {
    private static final Pattern LONG_INTEGER = Pattern.compile("\\d{19,}");
    /** Runs a file as the analysis reads it: a lone expression's value is printed. */
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

    /**
     * Runs a file with every int it computes or reads checked, and prints the most bits one needed: the reference
     * evaluator's proof of 64-bit ints (62 bits at most), until that evaluator is in main.
     */
    private static final String WIDEST_INT = """
            import ast, contextlib, io
            path = %s
            widest = 0
            def _seen(value):
                global widest
                if type(value) is int:
                    widest = max(widest, value.bit_length())
                return value
            class Checks(ast.NodeTransformer):
                def generic_visit(self, node):
                    super().generic_visit(node)
                    loaded = isinstance(node, (ast.Name, ast.Subscript)) and isinstance(node.ctx, ast.Load)
                    number = isinstance(node, ast.Constant) and type(node.value) is int
                    if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Call)) or loaded or number:
                        return ast.copy_location(ast.Call(ast.Name("_seen", ast.Load()), [node], []), node)
                    return node
            tree = ast.fix_missing_locations(Checks().visit(ast.parse(open(path, encoding="utf-8").read())))
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(tree, path, "exec"), {"__name__": "__main__", "_seen": _seen})
            print(widest)
            """;

    /**
     * A snippet: its analysis at each width (none when the analysis refuses it, with the reason) and CPython's output.
     *
     * @param exact whether {@code expected} is CPython's stdout byte for byte, or its lines (syntax examples)
     */
    public record Snippet(String name, List<Program> programs, String refusal, String expected, boolean exact) {}

    private Corpus() {}

    public static List<Snippet> load(Program.IntWidth widest) {
        List<Snippet> snippets = new ArrayList<>();
        for (ConformanceCorpus.Snippet snippet : ConformanceCorpus.snippets()) {
            snippets.add(analyse("snippets/" + snippet.name(), snippet.source(), ConformanceCorpus.expectedStdout(snippet), true, widest,
                    fitsI64(snippet.file())));
        }
        for (Path file : files("/syntax/valid", "/backend")) {
            String expected = String.join("\n", Python3.run(RUNNER.formatted(pythonString(file.toString())), List.of()));
            String name = file.getParent().getFileName() + "/" + file.getFileName().toString().replaceFirst("\\.py$", "");
            try {
                snippets.add(analyse(name, Files.readString(file), expected, false, widest, fitsI64(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }

    /** Whether every int the snippet computes fits in 62 bits, as the reference evaluator requires of 64-bit programs. */
    private static boolean fitsI64(Path file) {
        return Integer.parseInt(Python3.run(WIDEST_INT.formatted(pythonString(file.toString())), List.of()).getLast().strip()) <= 62;
    }

    private static Snippet analyse(String name, String source, String expected, boolean exact, Program.IntWidth widest, boolean fitsI64) {
        try {
            var module = new PythonParser().parse(source);
            List<Program> programs = new ArrayList<>();
            if (fitsI64 && !LONG_INTEGER.matcher(expected).find()) {
                programs.add(new Analyzer().analyze(module, Program.IntWidth.I64));
            }
            programs.add(new Analyzer().analyze(module, widest));
            return new Snippet(name, programs, null, expected, exact);
        } catch (SourceProblem problem) {
            return new Snippet(name, List.of(), problem.getMessage(), expected, exact);
        }
    }

    /** Whether a program's stdout is what the snippet expects. */
    public static boolean matches(Snippet snippet, String stdout) {
        return snippet.exact() ? stdout.equals(snippet.expected()) : String.join("\n", stdout.lines().toList()).equals(snippet.expected());
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The .py files of the resource directories, in name order. */
    private static List<Path> files(String... directories) {
        List<Path> files = new ArrayList<>();
        for (String directory : directories) {
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
