package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;

import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.render.Rendering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Where a cold render's time goes, stage by stage, from the renderer's own {@link Rendering.Timings}: passes over a
 * backend's corpus with unique sources, {@value #WARM_UP_PASSES} unrecorded ones to compile the hot code, then
 * {@value #RECORDED_PASSES} of which each snippet keeps its fastest render, so that a pause of the shared machine
 * does not pass for a slow stage. Not a JMH measurement: it tells which stage to optimise, while the JMH figures say
 * how fast the whole is.
 */
final class ColdStages {
    private static final int WARM_UP_PASSES = 2;
    private static final int RECORDED_PASSES = 3;
    private static final int SLOWEST = 5;

    /** One snippet's cold render: the four stages, and the wall time around {@code render}. */
    record Stages(String snippet, double parseMs, double evaluateMs, double analyzeMs, double generateMs, double wallMs) {}

    private final List<Stages> fastest;

    private ColdStages(List<Stages> fastest) {
        this.fastest = List.copyOf(fastest);
    }

    static ColdStages measure(Renderer renderer, String backend, List<Snippet> snippets) {
        long unique = 0;
        Map<String, Stages> fastest = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_PASSES + RECORDED_PASSES; round++) {
            for (Snippet snippet : snippets) {
                String code = RenderBenchmark.cold(snippet.source(), ++unique);
                long start = System.nanoTime();
                Rendering.Timings timings = renderer.render(backend, code, RenderBenchmark.OFF).timings();
                double wall = (System.nanoTime() - start) / 1e6;
                if (round >= WARM_UP_PASSES) {
                    Stages stages = new Stages(snippet.name(), timings.parseMs(), timings.evaluateMs(), timings.analyzeMs(),
                            timings.generateMs(), wall);
                    fastest.merge(snippet.name(), stages, (a, b) -> a.wallMs() <= b.wallMs() ? a : b);
                }
            }
        }
        return new ColdStages(new ArrayList<>(fastest.values()));
    }

    double totalMs() {
        return fastest.stream().mapToDouble(Stages::wallMs).sum();
    }

    /** A stage's share of the wall time of all the fastest renders, in percent. */
    String share(ToDoubleFunction<Stages> stage) {
        return decimal(100 * fastest.stream().mapToDouble(stage).sum() / totalMs(), 1);
    }

    /** The slowest snippets: {@code name total (evaluate)} in milliseconds. */
    String slowest() {
        return fastest.stream().sorted(Comparator.comparingDouble(Stages::wallMs).reversed()).limit(SLOWEST)
                .map(s -> s.snippet() + " " + decimal(s.wallMs(), 1) + " (" + decimal(s.evaluateMs(), 1) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The snippet whose generation took longest: {@code name generate-ms}. */
    String slowestGeneration() {
        Stages worst = fastest.stream().max(Comparator.comparingDouble(Stages::generateMs)).orElseThrow();
        return worst.snippet() + " " + decimal(worst.generateMs(), 2);
    }

    /** The median of one stage over the snippets, in milliseconds. */
    String median(ToDoubleFunction<Stages> stage) {
        return decimal(Figures.median(fastest.stream().map(s -> stage.applyAsDouble(s)).toList()), 3);
    }
}
