package dev.codelive.bench;

import dev.codelive.bench.RenderCorpus.Track;
import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.render.Rendering;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.syntax.SourceProblem;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Server-side render latency of one backend over the corpus (every snippet it renders, in turn), without HTTP:
 * {@code cold} misses the renderer's snippet cache (each source is made unique by a trailing comment, so it is
 * parsed, run by the reference evaluator, typed, optimised and generated), {@code warm} hits it (optimisation and
 * generation only: a studio re-rendering one snippet for another track). The command sets the mode: sample time for
 * the percentiles, throughput for renders per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RenderBenchmark {
    /** The knobs of {@code cold} and {@code warm}: the API's defaults, all off. */
    static final Knobs OFF = Knobs.DEFAULTS;
    /** The knobs of {@code warmAllKnobs}: every optimisation pass runs, and every knob reaches the backend. */
    static final Knobs ALL = KnobSetting.all(4).knobs();

    /** A name from {@code CodeLive.backends()}, given by the command (or {@code -p backend=…}): the set grows. */
    @Param({})
    public String backend;

    private Renderer renderer;
    private List<String> sources;
    /** Numbers the cold renders, whose sources it makes unique. */
    private final AtomicLong coldRenders = new AtomicLong();
    private final RenderFailures failures = new RenderFailures();

    /** The tracks a snippet must render with to be measured: knobs off and all on. */
    static List<Track> tracks(String backend) {
        return List.of(new Track(backend, OFF), new Track(backend, ALL));
    }

    /** Finds the snippets this backend renders, which also fills the cache for {@code warm}. */
    @Setup(Level.Trial)
    public void prepare() {
        renderer = CodeLive.renderer();
        sources = RenderCorpus.of(renderer, Snippets.load(Snippets.CORPUS), tracks(backend)).accepted().stream()
                .map(Snippet::source).toList();
    }

    @TearDown(Level.Trial)
    public void reportFailures() {
        failures.report();
    }

    /** A snippet the renderer has not seen: parse, reference run, typing, optimisation, generation. */
    @Benchmark
    public Rendering cold(CorpusCursor cursor) {
        return render("cold", cold(cursor.next(sources), coldRenders.incrementAndGet()), OFF);
    }

    /** A snippet from the cache: optimisation and generation only. */
    @Benchmark
    public Rendering warm(CorpusCursor cursor) {
        return render("warm", cursor.next(sources), OFF);
    }

    /** As {@code warm}, with every knob on: what the optimisation passes and the knobs add. */
    @Benchmark
    public Rendering warmAllKnobs(CorpusCursor cursor) {
        return render("warmAllKnobs", cursor.next(sources), ALL);
    }

    /** Renders, counting a refusal of a snippet that rendered at set-up (a wall-clock limit hit on a loaded machine). */
    private Rendering render(String benchmark, String code, Knobs knobs) {
        try {
            return renderer.render(backend, code, knobs);
        } catch (SourceProblem | EvaluationBudgetException failure) {
            failures.record("RenderBenchmark." + benchmark + " " + backend, failure);
            return null;
        }
    }

    /** The snippet with a numbered comment appended: the same program, under a cache key never seen before. */
    static String cold(String source, long number) {
        return source + "\n# cold render " + number + "\n";
    }
}
