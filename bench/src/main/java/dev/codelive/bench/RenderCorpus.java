package dev.codelive.bench;

import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The corpus as one set of tracks sees it: the snippets every track renders, which the render benchmarks measure, and
 * why the others were refused (counted, not measured: a refusal is an answer, not a render).
 *
 * @param accepted the snippets every track renders
 * @param refused one entry per snippet some track refused, with the first refusal's kind and message
 */
record RenderCorpus(List<Snippet> accepted, List<Refusal> refused) {

    /** A refused snippet: {@code kind} is the problem's slug ({@code backend-refusal}, {@code type-conflict}…). */
    record Refusal(String snippet, String kind, String message) {}

    /** One rendering a snippet must pass: a backend with a knob setting. */
    record Track(String backend, Knobs knobs) {}

    RenderCorpus {
        accepted = List.copyOf(accepted);
        refused = List.copyOf(refused);
    }

    /** Renders every snippet for every track (warming {@code renderer}'s cache with the accepted ones). */
    static RenderCorpus of(Renderer renderer, List<Snippet> snippets, List<Track> tracks) {
        List<Snippet> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Snippet snippet : snippets) {
            Refusal refusal = null;
            for (Track track : tracks) {
                refusal = tryRender(renderer, snippet, track);
                if (refusal != null) {
                    break;
                }
            }
            if (refusal == null) {
                accepted.add(snippet);
            } else {
                refused.add(refusal);
            }
        }
        if (accepted.isEmpty()) {
            throw new IllegalStateException("the tracks " + tracks + " refuse every snippet: " + refused.getFirst().message());
        }
        return new RenderCorpus(accepted, refused);
    }

    private static Refusal tryRender(Renderer renderer, Snippet snippet, Track track) {
        try {
            renderer.render(track.backend(), snippet.source(), track.knobs());
            return null;
        } catch (SourceProblem problem) {
            return new Refusal(snippet.name(), problem.kind(), problem.getMessage());
        } catch (EvaluationBudgetException budget) {
            return new Refusal(snippet.name(), "evaluation-budget", budget.getMessage());
        } catch (NotSupportedException unsupported) {
            return new Refusal(snippet.name(), "not-supported", unsupported.getMessage());
        } catch (RuntimeException crash) {
            // Bad input must never crash the renderer: such a snippet is a bug, and the report names it as one.
            return new Refusal(snippet.name(), "CRASH " + crash.getClass().getSimpleName(), String.valueOf(crash.getMessage()));
        }
    }

    /** How many snippets were refused for each kind of problem, by kind. */
    Map<String, Long> refusalsByKind() {
        return refused.stream().collect(Collectors.groupingBy(Refusal::kind, TreeMap::new, Collectors.counting()));
    }
}
