package dev.codelive.codelive.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.evaluator.Evaluation;
import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.evaluator.EvaluationListener;
import dev.codelive.codelive.evaluator.RaisedError;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.optimize.Optimizer;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a snippet for one backend: parse, run the reference evaluator (the expected output, and the int width it
 * proves), type and lower to the IR, optimise as the knobs ask, generate. What does not depend on the backend and
 * knobs is cached by snippet, so a studio re-rendering one snippet for six tracks parses and evaluates it once.
 * Thread-safe.
 */
public final class Renderer {
    /** Snippets remembered; each entry holds a parsed tree and a typed program, a few kilobytes for a typical snippet. */
    private static final int CACHED_SNIPPETS = 512;

    private final PythonParser parser;
    private final ReferenceEvaluator evaluator;
    private final EvaluationBudget budget;
    private final Analyzer analyzer = new Analyzer();
    private final Optimizer optimizer = new Optimizer();
    private final Map<String, Backend> backends;
    private final List<String> order;
    private final Cache<String, Prepared> prepared = Caffeine.newBuilder().maximumSize(CACHED_SNIPPETS).build();

    /** A snippet made ready for any backend: its program, its expected output and what that took. */
    private record Prepared(Program program, String expectedOutput, double parseMs, double evaluateMs, double analyzeMs) {}

    public Renderer(PythonParser parser, ReferenceEvaluator evaluator, EvaluationBudget budget, List<Backend> backends) {
        this.parser = parser;
        this.evaluator = evaluator;
        this.budget = budget;
        Map<String, Backend> byName = new LinkedHashMap<>();
        backends.forEach(backend -> byName.put(backend.name(), backend));
        this.backends = Map.copyOf(byName);
        this.order = List.copyOf(byName.keySet());
    }

    /** The backends' names, in the order they were given. */
    public List<String> backendNames() {
        return order;
    }

    public List<BackendInfo> backends() {
        return order.stream().map(name -> backends.get(name).info()).toList();
    }

    /**
     * @throws UnknownBackendException for a backend that does not exist
     * @throws SourceProblem a syntax error, an unsupported construct, a type conflict, a snippet that raises, or a
     *     construct this backend refuses
     * @throws dev.codelive.codelive.runtime.EvaluationBudgetException when the reference run exceeds its budget
     * @throws dev.codelive.codelive.runtime.NotSupportedException when the reference runtime refuses an operation
     */
    public Rendering render(String backendName, String code, Knobs knobs) {
        Backend backend = backends.get(backendName);
        if (backend == null) {
            throw new UnknownBackendException(backendName, order);
        }
        Prepared ready = prepared.getIfPresent(code);
        boolean cached = ready != null;
        if (!cached) {
            ready = prepare(code);
            prepared.put(code, ready);
        }
        long start = System.nanoTime();
        Program program = optimizer.optimize(ready.program(), knobs.optimizations());
        Knobs effective = knobs;
        Optional<Fallback> fallback = Optional.empty();
        if (knobs.parallel()) {
            ParallelPlan plan = ParallelPlan.of(program);
            if (!plan.any()) {
                // Nothing may run in parallel: every backend renders the sequential form, and says why.
                effective = knobs.withParallel(false);
                fallback = Optional.of(new Fallback("parallel", plan.fallbackReason(), plan.fallbackCode()));
            }
        }
        Generated generated = backend.generate(program, effective);
        double generateMs = (System.nanoTime() - start) / 1e6;
        Rendering.Timings timings = cached
                ? new Rendering.Timings(0, 0, 0, generateMs)
                : new Rendering.Timings(ready.parseMs(), ready.evaluateMs(), ready.analyzeMs(), generateMs);
        return new Rendering(backendName, generated.source(), ready.expectedOutput(), generated.warnings(),
                fallback.or(generated::fallback), timings);
    }

    private Prepared prepare(String code) {
        long start = System.nanoTime();
        Module module = parser.parse(code);
        long parsed = System.nanoTime();
        IntRanges ranges = new IntRanges();
        FloatExactness exactness = new FloatExactness();
        Evaluation evaluation = evaluator.evaluate(module, budget, EvaluationListener.both(ranges, exactness));
        if (evaluation.error().isPresent()) {
            RaisedError error = evaluation.error().get();
            throw new SnippetRaises(error.traceLine(), error.span().start());
        }
        long evaluated = System.nanoTime();
        // Parsing and typing share the parse deadline; the reference run has its own budget.
        Duration left = parser.limits().deadline().minusNanos(parsed - start);
        Program program = analyzer.analyze(module, ranges.width(), left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
        exactness.check(program);
        long analyzed = System.nanoTime();
        return new Prepared(program, evaluation.stdout(), (parsed - start) / 1e6, (evaluated - parsed) / 1e6, (analyzed - evaluated) / 1e6);
    }
}
