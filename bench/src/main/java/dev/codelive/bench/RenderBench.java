package dev.codelive.bench;

import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.CodeLive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The {@code render} command: which corpus snippets each backend renders, where a cold render's time goes, and the
 * JMH render benchmarks ({@link RenderBenchmark}: sample time on one thread, throughput on each thread count;
 * {@link RenderBatchBenchmark}: sample time on one thread), printed as Markdown.
 */
final class RenderBench {
    static final Set<String> OPTIONS = Set.of("backends", "threads", "warmup-iterations", "iterations", "time");

    private RenderBench() {}

    static void run(CommandOptions options) throws RunnerException, IOException {
        List<String> available = RenderBatchBenchmark.backends();
        List<String> backends = options.list("backends", String.join(",", available));
        for (String backend : backends) {
            if (!available.contains(backend)) {
                throw new IllegalArgumentException("no backend " + backend + "; CodeLive.backends() has " + available);
            }
        }
        List<Integer> threads = options.integers("threads", "1,2");
        String header = PlatformBench.header(false);

        List<Snippet> corpus = Snippets.load(Snippets.CORPUS);
        Map<String, RenderCorpus> corpora = new LinkedHashMap<>();
        Map<String, ColdStages> stages = new LinkedHashMap<>();
        for (String backend : backends) {
            System.err.printf("[bench] %s: finding the snippets it renders, then timing cold stages%n", backend);
            corpora.put(backend, RenderCorpus.of(CodeLive.renderer(), corpus, RenderBenchmark.tracks(backend)));
            stages.put(backend, ColdStages.measure(CodeLive.renderer(), backend, corpora.get(backend).accepted()));
        }
        RenderCorpus batchCorpus = RenderCorpus.of(CodeLive.renderer(), corpus, RenderBatchBenchmark.tracks(available));

        Map<String, List<String>> params = Map.of("backend", backends);
        Path failures = Files.createTempFile("render-failures", ".txt");
        List<String> forks = List.of("-D" + RenderFailures.PROPERTY + "=" + failures);
        List<RunResult> all = new ArrayList<>();
        System.err.println("[bench] render latency (sample time, 1 thread)");
        Collection<RunResult> latency = JmhLauncher.run(new JmhLauncher.Run(benchmarks(RenderBenchmark.class, "cold|warm|warmAllKnobs"), 1,
                Optional.of(Mode.SampleTime), Optional.of(TimeUnit.MICROSECONDS), params, forks), options);
        all.addAll(latency);
        System.err.println("[bench] batch latency (sample time, 1 thread)");
        Collection<RunResult> batch = JmhLauncher.run(new JmhLauncher.Run(benchmarks(RenderBatchBenchmark.class, "cold|warm"), 1,
                Optional.of(Mode.SampleTime), Optional.of(TimeUnit.MICROSECONDS), Map.of(), forks), options);
        all.addAll(batch);
        Map<Integer, Collection<RunResult>> throughput = new LinkedHashMap<>();
        for (int count : threads) {
            System.err.printf("[bench] render throughput (%d thread(s))%n", count);
            throughput.put(count, JmhLauncher.run(new JmhLauncher.Run(benchmarks(RenderBenchmark.class, "cold|warm"), count,
                    Optional.of(Mode.Throughput), Optional.of(TimeUnit.SECONDS), params, forks), options));
            all.addAll(throughput.get(count));
        }
        JmhLauncher.writeRaw("render", all);

        System.out.println(header);
        System.out.print(new RenderReport(corpus.size(), corpora, stages, batchCorpus, RenderBatchBenchmark.tracks(available), latency, batch,
                throughput, RenderFailures.read(failures)).render());
        Files.delete(failures);
    }

    private static String benchmarks(Class<?> benchmark, String methods) {
        return "^" + Pattern.quote(benchmark.getName()) + "\\.(" + methods + ")$";
    }
}
