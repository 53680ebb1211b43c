package dev.codelive.bench;

import dev.codelive.bench.RenderCorpus.Track;
import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.syntax.SourceProblem;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A studio batch: one snippet rendered for {@value #TRACKS} tracks, the snippet changing from one batch to the next
 * (every corpus snippet all the tracks render, in turn). The tracks are one per backend, knobs off, when there are six
 * backends; with fewer, each backend is repeated with another knob setting (see {@link #tracks(List)}). {@code cold}:
 * the snippet is new to the renderer, so the first track prepares it and the other five find it cached; {@code warm}:
 * all six find it cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RenderBatchBenchmark {
    static final int TRACKS = 6;

    private Renderer renderer;
    private List<Track> tracks;
    private List<String> sources;
    private final AtomicLong coldBatches = new AtomicLong();
    private final RenderFailures failures = new RenderFailures();

    /**
     * {@value #TRACKS} tracks over {@code backends}: every backend with knobs off, then every backend with the next
     * knob setting (parallel, unsafe, each optimisation, all), until there are enough.
     */
    static List<Track> tracks(List<String> backends) {
        List<KnobSetting> settings = new ArrayList<>(KnobSetting.eachKnob(4));
        settings.add(KnobSetting.all(4));
        List<Track> tracks = new ArrayList<>();
        for (KnobSetting setting : settings) {
            for (String backend : backends) {
                if (tracks.size() < TRACKS) {
                    tracks.add(new Track(backend, setting.knobs()));
                }
            }
        }
        return List.copyOf(tracks);
    }

    static List<String> backends() {
        return CodeLive.backends().stream().map(Backend::name).toList();
    }

    @Setup(Level.Trial)
    public void prepare() {
        renderer = CodeLive.renderer();
        tracks = tracks(backends());
        sources = RenderCorpus.of(renderer, Snippets.load(Snippets.CORPUS), tracks).accepted().stream()
                .map(Snippet::source).toList();
    }

    @TearDown(Level.Trial)
    public void reportFailures() {
        failures.report();
    }

    @Benchmark
    public void cold(CorpusCursor cursor, Blackhole rendered) {
        render("cold", RenderBenchmark.cold(cursor.next(sources), coldBatches.incrementAndGet()), rendered);
    }

    @Benchmark
    public void warm(CorpusCursor cursor, Blackhole rendered) {
        render("warm", cursor.next(sources), rendered);
    }

    /** Renders every track, counting a refusal of a snippet that rendered at set-up (see {@link RenderFailures}). */
    private void render(String benchmark, String code, Blackhole rendered) {
        for (Track track : tracks) {
            try {
                rendered.consume(renderer.render(track.backend(), code, track.knobs()));
            } catch (SourceProblem | EvaluationBudgetException failure) {
                failures.record("RenderBatchBenchmark." + benchmark + " " + track.backend(), failure);
            }
        }
    }
}
