package dev.codelive.codelive.backend.julia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.CodeLivePolicy;
import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.conformance.ConformanceCorpus;
import dev.codelive.codelive.conformance.JuliaSyntax;
import dev.codelive.codelive.evaluator.Evaluation;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.render.IntRanges;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No Julia runs on these machines, so the julia backend is checked by golden files: the rendering of every snippet of
 * the corpus and of the parser's valid ones (at the narrowest int width the reference run proves, and as BigInt) must
 * equal {@code golden/julia/<origin>/<name>[.big].jl}
 * byte for byte, and pass the structural {@link JuliaSyntax} check; a refusal must equal
 * {@code <name>[.big].refused.txt}. The golden files were reviewed by hand against CPython's output; a rendering
 * change shows up as a diff to review again.
 *
 * <p>To regenerate them after an intended change, run with {@code -Dgolden.update=true}:
 * {@code ./mvnw -o -q test -pl codelive -Dtest=JuliaGoldenTest -Dgolden.update=true}, then review {@code git diff}.
 */
class JuliaGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/julia");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final JuliaBackend BACKEND = new JuliaBackend();
    /** Knob settings pinned as {@code <name>.<key>.jl} where they change the rendering. */
    private static final java.util.Map<String, Knobs> KNOB_VARIANTS = new java.util.TreeMap<>(java.util.Map.of(
            "parallel", new Knobs(true, 4, false, java.util.Set.of(), dev.codelive.codelive.knobs.SqlDialect.SQLITE),
            "unsafe", new Knobs(false, 4, true, java.util.Set.of(), dev.codelive.codelive.knobs.SqlDialect.SQLITE)));

    @TestFactory
    Stream<DynamicTest> renderingsMatchTheGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, String> snippets = new LinkedHashMap<>();
        ConformanceCorpus.in("syntax/valid").forEach(snippet -> snippets.put("valid/" + snippet.name(), snippet.source()));
        ConformanceCorpus.snippets().forEach(snippet -> snippets.put("snippets/" + snippet.name(), snippet.source()));
        snippets.forEach((snippetName, source) -> {
            List<Program.IntWidth> widths = widths(source);
            for (Program.IntWidth width : widths) {
                String name = snippetName + (width == Program.IntWidth.BIG && widths.size() > 1 ? ".big" : "");
                Program program;
                try {
                    program = new Analyzer().analyze(new PythonParser().parse(source), width);
                } catch (SourceProblem problem) {
                    // refused by the analysis, for every backend: nothing of Julia's to pin
                    continue;
                }
                String rendered;
                Path golden;
                try {
                    rendered = BACKEND.generate(program, Knobs.DEFAULTS).source();
                    golden = GOLDEN.resolve(name + ".jl");
                } catch (BackendRefusal refusal) {
                    rendered = refusal.getMessage() + "\n";
                    golden = GOLDEN.resolve(name + ".refused.txt");
                }
                tests.add(golden(name, program, Knobs.DEFAULTS, rendered, golden));
                if (golden.toString().endsWith(".jl") && !name.endsWith(".big")) {
                    // the knobs' variants, kept only where they change the program
                    for (var variant : KNOB_VARIANTS.entrySet()) {
                        String changed = BACKEND.generate(program, variant.getValue()).source();
                        Path file = GOLDEN.resolve(name + "." + variant.getKey() + ".jl");
                        if (!changed.equals(rendered)) {
                            tests.add(golden(name + " (" + variant.getKey() + ")", program, variant.getValue(), changed, file));
                        } else {
                            tests.add(DynamicTest.dynamicTest(name + " (" + variant.getKey() + ", unchanged)", () -> {
                                if (UPDATE) {
                                    Files.deleteIfExists(file);
                                }
                                assertThat(file).as("%s renders as without the knob", name).doesNotExist();
                            }));
                        }
                    }
                }
            }
        });
        return tests.stream();
    }

    /**
     * The widths to render at: the narrowest that holds the snippet's ints, as the renderer picks it from the
     * reference run (BigInt when that run fails), and BigInt.
     */
    private static List<Program.IntWidth> widths(String source) {
        Program.IntWidth narrowest;
        try {
            IntRanges ranges = new IntRanges();
            Evaluation evaluation = new ReferenceEvaluator().evaluate(new PythonParser().parse(source), CodeLivePolicy.bundled().evaluationBudget(), ranges);
            narrowest = evaluation.error().isPresent() ? Program.IntWidth.BIG : ranges.width();
        } catch (RuntimeException e) {
            narrowest = Program.IntWidth.BIG;
        }
        return narrowest == Program.IntWidth.BIG ? List.of(narrowest) : List.of(narrowest, Program.IntWidth.BIG);
    }

    private static DynamicTest golden(String name, Program program, Knobs knobs, String text, Path file) {
        boolean julia = file.toString().endsWith(".jl");
        return DynamicTest.dynamicTest(name, () -> {
            if (julia) {
                JuliaSyntax.assertWellFormed(text);
                assertThat(BACKEND.generate(program, knobs).source()).as("rendering twice").isEqualTo(text);
            }
            if (UPDATE) {
                write(file, text);
            }
            assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("golden file %s", file).isEqualTo(text);
        });
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
