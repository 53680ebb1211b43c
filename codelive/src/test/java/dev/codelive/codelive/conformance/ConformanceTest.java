package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.conformance.ConformanceCorpus.Snippet;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.Optimization;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.render.Rendering;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.SourceProblem;
import dev.codelive.codelive.testing.RequiresPython3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The proof: every corpus snippet, for every backend with a toolchain here and every knob setting, is rendered,
 * compiled and run with the real toolchain, and what it prints must be exactly what CPython prints. A compile
 * failure is a failure. A refusal (the snippet is outside what the backend renders) is counted, and the counts go to
 * {@code docs/codelive-conformance.md} when run with {@code -Dconformance.report=true} ({@code scripts/conformance.sh}).
 */
@RequiresPython3
class ConformanceTest {
    /** The knob settings each snippet is rendered with. */
    static final Map<String, Knobs> SETTINGS = settings();

    private static Renderer renderer;
    private static ProgramRunner runner;
    /** Knob settings often render the same program; each distinct program runs once. */
    private static final Map<Program, RunResult> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, Knobs> settings() {
        Map<String, Knobs> settings = new LinkedHashMap<>();
        settings.put("default", Knobs.DEFAULTS);
        settings.put("parallel", new Knobs(true, 4, false, Set.of(), SqlDialect.SQLITE));
        settings.put("unsafe", new Knobs(false, 4, true, Set.of(), SqlDialect.SQLITE));
        settings.put("optimized", new Knobs(false, 4, false, Set.of(Optimization.CONSTANT_FOLDING, Optimization.CLOSED_FORMS), SqlDialect.SQLITE));
        settings.put("all", new Knobs(true, 3, true, Set.of(Optimization.CONSTANT_FOLDING, Optimization.CLOSED_FORMS), SqlDialect.SQLITE));
        return settings;
    }

    @BeforeAll
    static void start() {
        renderer = CodeLive.renderer();
        runner = ProgramRunner.withDefaults();
    }

    @AfterAll
    static void finish() {
        runner.close();
        ConformanceReport.writeIfAsked();
    }

    /** One rendering of one snippet with one knob setting: the program, or why the backend refused. */
    record Case(Snippet snippet, String setting, Rendering rendering, String refusal) {}

    @TestFactory
    Stream<DynamicTest> rust() {
        return conform(Target.RUST);
    }

    @TestFactory
    Stream<DynamicTest> typescript() {
        return conform(Target.TYPESCRIPT);
    }

    @TestFactory
    Stream<DynamicTest> go() {
        return conform(Target.GO);
    }

    @TestFactory
    Stream<DynamicTest> csharp() {
        return conform(Target.CSHARP);
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return conform(Target.SQLITE);
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        return conform(Target.POSTGRES);
    }

    private Stream<DynamicTest> conform(Target target) {
        if (!renderer.backendNames().contains(target.backend())) {
            // A backend not built yet has nothing to prove; the report lists it as missing.
            ConformanceReport.missing(target.name().toLowerCase(java.util.Locale.ROOT));
            return Stream.empty();
        }
        Toolchains.require(target);
        List<Case> cases = render(target);
        List<Program> programs = cases.stream().filter(c -> c.rendering() != null).map(c -> new Program(target, c.rendering().source()))
                .distinct().toList();
        runner.prebuild(programs);
        String label = target.name().toLowerCase(java.util.Locale.ROOT);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.snippet().name() + " [" + c.setting() + "]", () -> check(label, target, c)));
    }

    private static List<Case> render(Target target) {
        List<Case> cases = new ArrayList<>();
        for (Snippet snippet : ConformanceCorpus.snippets()) {
            for (Map.Entry<String, Knobs> setting : SETTINGS.entrySet()) {
                Knobs base = setting.getValue();
                Knobs knobs = new Knobs(base.parallel(), base.threads(), base.unsafe(), base.optimizations(),
                        target == Target.POSTGRES ? SqlDialect.POSTGRES : SqlDialect.SQLITE);
                try {
                    cases.add(new Case(snippet, setting.getKey(), renderer.render(target.backend(), snippet.source(), knobs), null));
                } catch (SourceProblem | EvaluationBudgetException | NotSupportedException refused) {
                    cases.add(new Case(snippet, setting.getKey(), null, refused.getMessage()));
                }
            }
        }
        return cases;
    }

    private static void check(String label, Target target, Case c) {
        String expected = ConformanceCorpus.expectedStdout(c.snippet());
        if (c.rendering() == null) {
            ConformanceReport.refused(label, c.refusal());
            return;
        }
        assertThat(c.rendering().expectedOutput()).as("the reference evaluator's expected output").isEqualTo(expected);
        RunResult result = RUNS.computeIfAbsent(new Program(target, c.rendering().source()), p -> runner.run(p.target(), p.source()));
        boolean correct = result.succeeded() && result.stdout().equals(expected);
        ConformanceReport.ran(label, correct);
        assertThat(result.succeeded()).as(() -> result.describe() + "\n--- source ---\n" + c.rendering().source()).isTrue();
        assertThat(result.stdout()).as(() -> "--- source ---\n" + c.rendering().source()).isEqualTo(expected);
    }
}
