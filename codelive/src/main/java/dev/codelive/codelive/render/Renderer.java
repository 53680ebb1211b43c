package dev.codelive.codelive.render;

import com.github.benmanes.caffeine.cache.AsyncCache;
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
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.LimitExceeded;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Renders a snippet for one backend: parse, run the reference evaluator (the expected output, and the int width it
 * proves), type and lower to the IR, optimise as the knobs ask, generate. What does not depend on the backend and
 * knobs is cached by snippet, so a studio re-rendering one snippet for six tracks parses and evaluates it once, also
 * when the six render at once (the first prepares it, the others wait for it). A refusal that the same source always
 * meets is cached too; one that depends on time (a deadline, the evaluator's time budget) is not. Thread-safe.
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
    /** Futures, so that concurrent renders of a new snippet wait for one preparation. */
    private final AsyncCache<String, Preparation> prepared = Caffeine.newBuilder().maximumSize(CACHED_SNIPPETS).buildAsync();

    /** What preparing a snippet gave: the snippet made ready for any backend, or why it never will be. */
    private sealed interface Preparation {}

    /** A snippet made ready for any backend: its program, its expected output and what that took. */
    private record Prepared(Program program, String expectedOutput, double parseMs, double evaluateMs, double analyzeMs)
            implements Preparation {}

    /** A refusal every render of the snippet meets, thrown again to later renders. */
    private record Refused(RuntimeException refusal) implements Preparation {}

    /** A failure that another render may not meet (a time limit): given to the renders waiting for it, not kept. */
    private record Failed(RuntimeException failure) implements Preparation {}

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
        CompletableFuture<Preparation> mine = new CompletableFuture<>();
        CompletableFuture<Preparation> pending = prepared.asMap().putIfAbsent(code, mine);
        boolean cached = pending != null;
        if (!cached) {
            pending = mine;
            prepareInto(mine, code);
        }
        Prepared ready = switch (pending.join()) {
            case Prepared p -> p;
            case Refused refused -> throw refused.refusal();
            case Failed failed -> throw failed.failure();
        };
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

    /** Completes {@code future} with the preparation or a refusal to keep; anything else is taken out of the cache. */
    private void prepareInto(CompletableFuture<Preparation> future, String code) {
        try {
            future.complete(prepare(code));
        } catch (RuntimeException failure) {
            if (alwaysMeets(failure)) {
                future.complete(new Refused(failure));
            } else {
                prepared.asMap().remove(code, future);
                future.complete(new Failed(failure));
            }
        } catch (Error error) {
            prepared.asMap().remove(code, future);
            future.completeExceptionally(error);
            throw error;
        }
    }

    /** Whether every render of the snippet meets this refusal: what depends on time is tried again. */
    private static boolean alwaysMeets(RuntimeException failure) {
        return switch (failure) {
            case LimitExceeded limit -> limit.limit() != LimitExceeded.Limit.DEADLINE
                    && limit.limit() != LimitExceeded.Limit.ANALYSIS_DEADLINE;
            case SourceProblem problem -> true;
            case EvaluationBudgetException budget -> budget.deterministic();
            case NotSupportedException unsupported -> true;
            default -> false;
        };
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
