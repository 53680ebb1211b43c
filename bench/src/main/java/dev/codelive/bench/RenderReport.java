package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;
import static dev.codelive.bench.Figures.whole;

import dev.codelive.bench.RenderCorpus.Track;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The render benchmarks' results as Markdown: the corpus, where cold time goes, latency, throughput, batches. */
final class RenderReport {
    /** The target for one track, server side. */
    static final double TARGET_P95_MS = 2;

    private final int corpusSize;
    private final Map<String, RenderCorpus> corpora;
    private final Map<String, ColdStages> stages;
    private final RenderCorpus batchCorpus;
    private final List<Track> batchTracks;
    private final Collection<RunResult> latency;
    private final Collection<RunResult> batch;
    private final Map<Integer, Collection<RunResult>> throughput;
    private final List<String> failures;

    RenderReport(int corpusSize, Map<String, RenderCorpus> corpora, Map<String, ColdStages> stages, RenderCorpus batchCorpus,
            List<Track> batchTracks, Collection<RunResult> latency, Collection<RunResult> batch, Map<Integer, Collection<RunResult>> throughput,
            List<String> failures) {
        this.corpusSize = corpusSize;
        this.corpora = Map.copyOf(corpora);
        this.stages = Map.copyOf(stages);
        this.batchCorpus = batchCorpus;
        this.batchTracks = List.copyOf(batchTracks);
        this.latency = List.copyOf(latency);
        this.batch = List.copyOf(batch);
        this.throughput = Map.copyOf(throughput);
        this.failures = List.copyOf(failures);
    }

    String render() {
        List<String> backends = List.copyOf(corpora.keySet()).stream().sorted(this::inRunOrder).toList();
        return "Corpus: " + corpusSize + " snippets; a backend is measured over the snippets it renders with knobs off and with every knob on.\n\n"
                + corpus(backends) + "\n"
                + "Where a cold render's time goes (each snippet's fastest of three cold renders, after two unrecorded passes over the"
                + " corpus, from the renderer's own timings; pass: their sum; slowest snippets as total (evaluation) ms):\n\n" + stages(backends) + "\n"
                + "Latency of one render (JMH sample time, 1 thread; ms). Cold: a source the renderer has not seen; warm: a cached one."
                + " Target: p95 under " + whole(TARGET_P95_MS) + " ms per track.\n\n" + latency(backends) + "\n"
                + "Throughput (JMH throughput, knobs off; renders/s: mean of the iterations, lowest–highest in parentheses):\n\n" + throughput(backends) + "\n"
                + "A batch of " + RenderBatchBenchmark.TRACKS + " tracks of one snippet (JMH sample time, 1 thread; ms); tracks: "
                + batchTracks.stream().map(RenderReport::describe).collect(Collectors.joining(", ")) + "; "
                + batchCorpus.accepted().size() + " snippets that every track renders.\n\n" + batch() + failures() + Figures.noiseNote(noisy());
    }

    /** Renders refused during a measurement though they rendered at set-up: the renderer's wall-clock limits at work. */
    private String failures() {
        if (failures.isEmpty()) {
            return "";
        }
        return "\n**Renders refused during the measurements, though the same snippets rendered at set-up** (counted, not timed as"
                + " renders; they are the renderer's wall-clock limits, hit on a loaded machine):\n\n"
                + failures.stream().map(line -> "- " + line.replace("|", "\\|") + "\n").collect(Collectors.joining());
    }

    /** Backends in the order the command measured them (the order of CodeLive.backends()). */
    private int inRunOrder(String a, String b) {
        List<String> order = latency.stream().map(run -> run.getParams().getParam("backend")).distinct().toList();
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private String corpus(List<String> backends) {
        MarkdownTable table = new MarkdownTable(1, "backend", "measured", "refused", "refused, by kind").labels(3);
        for (String backend : backends) {
            RenderCorpus corpus = corpora.get(backend);
            table.row(backend, corpus.accepted().size(), corpus.refused().size(), byKind(corpus));
        }
        table.row("batch (" + batchTracks.size() + " tracks)", batchCorpus.accepted().size(), batchCorpus.refused().size(), byKind(batchCorpus));
        return table.render();
    }

    private static String byKind(RenderCorpus corpus) {
        return corpus.refusalsByKind().entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private String stages(List<String> backends) {
        MarkdownTable table = new MarkdownTable(1, "backend", "pass (ms)", "parse %", "evaluate %", "analyze %", "generate %",
                "p50 parse / evaluate / analyze / generate (ms)", "slowest generation (ms)", "slowest snippets").labels(7, 8);
        for (String backend : backends) {
            ColdStages cold = stages.get(backend);
            String medians = String.join(" / ", cold.median(ColdStages.Stages::parseMs), cold.median(ColdStages.Stages::evaluateMs),
                    cold.median(ColdStages.Stages::analyzeMs), cold.median(ColdStages.Stages::generateMs));
            table.row(backend, whole(cold.totalMs()), cold.share(ColdStages.Stages::parseMs), cold.share(ColdStages.Stages::evaluateMs),
                    cold.share(ColdStages.Stages::analyzeMs), cold.share(ColdStages.Stages::generateMs), medians,
                    cold.slowestGeneration(), cold.slowest());
        }
        return table.render();
    }

    private String latency(List<String> backends) {
        MarkdownTable table = new MarkdownTable(3, "backend", "cache", "knobs", "p50", "p95", "p99", "max", "samples",
                "p95 under " + whole(TARGET_P95_MS) + " ms", "p50 / cold p50", "other CPU % avg (max)");
        for (String backend : backends) {
            Optional<Statistics> cold = statistics(latency, "cold", backend);
            for (String method : List.of("cold", "warm", "warmAllKnobs")) {
                Optional<RunResult> run = find(latency, method, backend);
                if (run.isEmpty()) {
                    continue;
                }
                Statistics stats = run.get().getPrimaryResult().getStatistics();
                table.row(backend, method.equals("cold") ? "cold" : "warm", method.equals("warmAllKnobs") ? "all on" : "off",
                        ms(stats.getPercentile(50)), ms(stats.getPercentile(95)), ms(stats.getPercentile(99)), ms(stats.getMax()),
                        stats.getN(), stats.getPercentile(95) / 1000 < TARGET_P95_MS ? "yes" : "**no**",
                        method.equals("cold") ? "—" : cold.map(c -> decimal(stats.getPercentile(50) / c.getPercentile(50), 3)).orElse("?"),
                        load(run.get()));
            }
        }
        return table.render();
    }

    private String throughput(List<String> backends) {
        List<Integer> counts = throughput.keySet().stream().sorted().toList();
        List<String> headers = new ArrayList<>(List.of("backend", "cache"));
        counts.forEach(count -> headers.add(count + " thread" + (count == 1 ? "" : "s")));
        if (counts.size() > 1) {
            headers.add(counts.getLast() + " / " + counts.getFirst() + " thread" + (counts.getFirst() == 1 ? "" : "s"));
        }
        headers.add("other CPU % avg (max)");
        MarkdownTable table = new MarkdownTable(2, headers.toArray(String[]::new));
        for (String backend : backends) {
            for (String method : List.of("cold", "warm")) {
                List<Object> row = new ArrayList<>(List.of(backend, method));
                List<RunResult> runs = counts.stream().map(count -> find(throughput.get(count), method, backend).orElse(null)).toList();
                runs.forEach(run -> row.add(run == null ? "?" : iterations(run)));
                if (counts.size() > 1) {
                    row.add(runs.getFirst() == null || runs.getLast() == null ? "?"
                            : decimal(runs.getLast().getPrimaryResult().getScore() / runs.getFirst().getPrimaryResult().getScore(), 2));
                }
                row.add(runs.stream().filter(run -> run != null).map(RenderReport::load).collect(Collectors.joining("; ")));
                table.row(row.toArray());
            }
        }
        return table.render();
    }

    private String batch() {
        MarkdownTable table = new MarkdownTable(1, "batch", "p50", "p95", "p99", "max", "samples", "p50 per track", "p95 per track",
                "p50 / warm p50", "other CPU % avg (max)");
        Optional<Statistics> warm = statistics(batch, "warm", null);
        for (String method : List.of("cold", "warm")) {
            Optional<RunResult> run = find(batch, method, null);
            if (run.isEmpty()) {
                continue;
            }
            Statistics stats = run.get().getPrimaryResult().getStatistics();
            int tracks = batchTracks.size();
            table.row(method, ms(stats.getPercentile(50)), ms(stats.getPercentile(95)), ms(stats.getPercentile(99)), ms(stats.getMax()),
                    stats.getN(), ms(stats.getPercentile(50) / tracks), ms(stats.getPercentile(95) / tracks),
                    method.equals("warm") ? "—" : warm.map(w -> decimal(stats.getPercentile(50) / w.getPercentile(50), 2)).orElse("?"),
                    load(run.get()));
        }
        return table.render();
    }

    private static String describe(Track track) {
        List<String> on = new ArrayList<>();
        if (track.knobs().parallel()) {
            on.add("parallel");
        }
        if (track.knobs().unsafe()) {
            on.add("unsafe");
        }
        track.knobs().optimizations().stream().map(optimization -> optimization.knob()).sorted().forEach(on::add);
        return track.backend() + (on.isEmpty() ? "" : " (" + String.join(", ", on) + ")");
    }

    /** A sample-time figure, given in microseconds, in milliseconds. */
    private static String ms(double micros) {
        return decimal(micros / 1000, micros < 10_000 ? 3 : 1);
    }

    /** The mean score with the lowest and highest iteration: with three iterations, JMH's 99.9 % interval says little. */
    private static String iterations(RunResult run) {
        List<Double> scores = run.getBenchmarkResults().stream().flatMap(result -> result.getIterationResults().stream())
                .map(iteration -> iteration.getPrimaryResult().getScore()).toList();
        if (scores.isEmpty()) {
            return whole(run.getPrimaryResult().getScore());
        }
        double min = scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return whole(run.getPrimaryResult().getScore()) + " (" + whole(min) + "–" + whole(max) + ")";
    }

    private static Optional<RunResult> find(Collection<RunResult> runs, String method, String backend) {
        return runs.stream().filter(run -> run.getParams().getBenchmark().endsWith("." + method))
                .filter(run -> backend == null || backend.equals(run.getParams().getParam("backend"))).findFirst();
    }

    private static Optional<Statistics> statistics(Collection<RunResult> runs, String method, String backend) {
        return find(runs, method, backend).map(run -> run.getPrimaryResult().getStatistics());
    }

    private static String load(RunResult run) {
        Optional<Double> average = secondary(run, MachineLoadProfiler.OTHER_AVERAGE);
        Optional<Double> max = secondary(run, MachineLoadProfiler.OTHER_MAX);
        return average.isEmpty() ? "?" : decimal(average.get(), 1) + " (" + decimal(max.orElse(average.get()), 1) + ")";
    }

    private static Optional<Double> secondary(RunResult run, String label) {
        return Optional.ofNullable(run.getSecondaryResults().get(label)).map(result -> result.getScore());
    }

    /** The runs during which another process or the hypervisor took more than the limits in some iteration. */
    private List<String> noisy() {
        List<RunResult> all = new ArrayList<>(latency);
        all.addAll(batch);
        throughput.values().forEach(all::addAll);
        return all.stream().filter(run -> CpuMeter.Share.noisy(secondary(run, MachineLoadProfiler.OTHER_MAX).orElse(0.0),
                        secondary(run, MachineLoadProfiler.STEAL_MAX).orElse(0.0)))
                .map(run -> run.getParams().getBenchmark().replaceFirst(".*\\.(\\w+Benchmark\\.)", "$1")
                        + Optional.ofNullable(run.getParams().getParam("backend")).map(b -> " " + b).orElse("")
                        + ", " + run.getParams().getMode().shortLabel() + ", " + run.getParams().getThreads() + " thread(s)")
                .toList();
    }
}
