package dev.codelive.codelive.backend.julia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.BackendCorpus;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.ConformanceTally;
import dev.codelive.codelive.backend.ConformanceTally.Outcome;
import dev.codelive.codelive.conformance.JuliaSyntax;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.syntax.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No Julia runs on these machines, so the julia backend is checked by golden files: every corpus snippet's rendering
 * (at 64 bits when its output allows, and as BigInt) must equal {@code golden/julia/<origin>/<name>[.big].jl}
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
        ConformanceTally tally = new ConformanceTally("julia (golden files)");
        List<DynamicTest> tests = new ArrayList<>();
        List<BackendCorpus.Snippet> snippets = BackendCorpus.all();
        BackendCorpus.prefetch(snippets, Program.IntWidth.BIG);
        for (BackendCorpus.Snippet snippet : snippets) {
            Optional<String> expected = snippet.expectedStdout();
            if (expected.isEmpty()) {
                tally.record(snippet.name(), Outcome.NOT_ANALYSED, "CPython raises");
                continue;
            }
            for (Program.IntWidth width : snippet.widths(expected.get(), Program.IntWidth.BIG)) {
                String suffix = width == Program.IntWidth.BIG && snippet.widths(expected.get(), Program.IntWidth.BIG).size() > 1 ? ".big" : "";
                String name = snippet.name() + suffix;
                Program program;
                try {
                    program = snippet.analyze(width);
                } catch (SourceProblem problem) {
                    tally.record(name, Outcome.NOT_ANALYSED, problem.getMessage());
                    continue;
                }
                String rendered;
                Path golden;
                try {
                    rendered = BACKEND.generate(program, Knobs.DEFAULTS).source();
                    golden = GOLDEN.resolve(name + ".jl");
                    tally.record(name, Outcome.CORRECT, "");
                } catch (BackendRefusal refusal) {
                    rendered = refusal.getMessage() + "\n";
                    golden = GOLDEN.resolve(name + ".refused.txt");
                    tally.record(name, Outcome.REFUSED, refusal.getMessage());
                }
                tests.add(golden(name, program, Knobs.DEFAULTS, rendered, golden));
                if (golden.toString().endsWith(".jl") && suffix.isEmpty()) {
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
        }
        System.out.println(tally.summary());
        return tests.stream();
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
