package dev.codelive.codelive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.CodeLivePolicy;
import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.codelive.syntax.PythonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The renderer's snippet cache: one preparation per snippet, also for concurrent tracks, and remembered refusals. */
class RendererTest {
    /** The parse deadline is a wall-clock limit: out of the way, for tests about what is cached. */
    private static final PythonParser PARSER = new PythonParser(ParseLimits.DEFAULTS.withDeadline(Duration.ofSeconds(30)));
    private static final int TRACKS = 6;

    private static Renderer renderer(EvaluationBudget budget) {
        return new Renderer(PARSER, new ReferenceEvaluator(), budget, CodeLive.backends());
    }

    @Test
    void tracksRenderingANewSnippetAtOnceShareOnePreparation() throws Exception {
        Renderer renderer = renderer(CodeLivePolicy.bundled().evaluationBudget().withMaxTime(Duration.ofSeconds(60)));
        // Long enough to evaluate that every track asks for the snippet while the first one is still preparing it.
        String code = "total = 0\nfor i in range(300000):\n    total += i % 7\nprint(total)\n";
        CyclicBarrier start = new CyclicBarrier(TRACKS);
        List<Rendering> renderings = new ArrayList<>();
        try (ExecutorService tracks = Executors.newFixedThreadPool(TRACKS)) {
            List<Future<Rendering>> futures = new ArrayList<>();
            for (int track = 0; track < TRACKS; track++) {
                futures.add(tracks.submit(() -> {
                    start.await();
                    return renderer.render("rust", code, Knobs.DEFAULTS);
                }));
            }
            for (Future<Rendering> future : futures) {
                renderings.add(future.get());
            }
        }
        assertThat(renderings).as("renderings that parsed and evaluated the snippet")
                .filteredOn(rendering -> rendering.timings().parseMs() > 0).hasSize(1);
        String expected = renderings.getFirst().expectedOutput();
        assertThat(renderings).allSatisfy(rendering -> assertThat(rendering.expectedOutput()).isSameAs(expected));
    }

    @Test
    void aRefusedSnippetIsRefusedAgainWithoutBeingPreparedAgain() {
        Renderer renderer = renderer(CodeLivePolicy.bundled().evaluationBudget().withMaxSteps(10_000).withMaxTime(Duration.ofSeconds(60)));
        for (String code : List.of("print(1 // 0)\n", "print(isinstance(1, int))\n", "while True:\n    pass\n",
                "print(1 +)\n", "x: int = 'a'\nx = 1\n")) {
            Throwable first = catchThrowable(() -> renderer.render("rust", code, Knobs.DEFAULTS));
            Throwable again = catchThrowable(() -> renderer.render("go", code, Knobs.DEFAULTS));
            assertThat(first).as(code).isInstanceOfAny(SnippetRaises.class, NotSupportedException.class,
                    EvaluationBudgetException.class, dev.codelive.codelive.syntax.SourceProblem.class);
            assertThat(again).as(code).isSameAs(first);
        }
    }

    @Test
    void aRefusalThatDependsOnTimeIsTriedAgain() {
        Renderer renderer = renderer(CodeLivePolicy.bundled().evaluationBudget().withMaxSteps(Long.MAX_VALUE)
                .withMaxTime(Duration.ofMillis(50)));
        String code = "n = 0\nwhile True:\n    n += 1\n";
        Throwable first = catchThrowable(() -> renderer.render("rust", code, Knobs.DEFAULTS));
        Throwable again = catchThrowable(() -> renderer.render("rust", code, Knobs.DEFAULTS));
        assertThat(first).isInstanceOf(EvaluationBudgetException.class).hasMessageContaining("time");
        assertThat(again).isInstanceOf(EvaluationBudgetException.class).isNotSameAs(first);
    }
}
