package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;

import dev.codelive.bench.ExecBench.CacheFigures;
import dev.codelive.bench.ExecBench.Overhead;
import dev.codelive.bench.ExecBench.PartNoise;
import dev.codelive.bench.ExecBench.Results;
import dev.codelive.bench.ExecBench.Throughput;
import dev.codelive.exec.language.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live-execution benchmark's results as Markdown: the sandbox's added cost per run over the bare interpreter,
 * the layers of its launch, runs per second through the Runner, and the build cache's hit against its miss.
 */
final class ExecReport {
    /** The breakdown's layers, in the order each adds to the one before. */
    static final String TRUE_DIRECT = "`/bin/true` started directly";
    static final String TRUE_BWRAP = "bubblewrap → `/bin/true`, as root (the sandbox's exact bwrap command line)";
    static final String TRUE_NO_CGROUPS = "setpriv (run's uid) → prlimit → bubblewrap → `/bin/true` (`Sandbox.withoutCgroups()`)";
    static final String TRUE_SANDBOX = "sh joining 2 new cgroups → setpriv → prlimit → bubblewrap → `/bin/true`, cgroups removed after (`Sandbox`)";
    /** The target for Python: what the sandbox may add to a run. */
    static final double PYTHON_TARGET_MILLIS = 15;
    private static final Map<String, String> WAYS = Map.of(
            "direct", "started directly (same argv, environment and file)",
            "sandbox", "`Sandbox.start` → `await` (same request as the Runner's)",
            "runner", "`Runner.run` (stage the file, sandbox, delete)");

    private final Results results;
    private final String host;
    private final int runs;
    private final int warmup;
    private final Duration window;
    private final int cacheRuns;

    ExecReport(Results results, String host, int runs, int warmup, Duration window, int cacheRuns) {
        this.results = results;
        this.host = host;
        this.runs = runs;
        this.warmup = warmup;
        this.window = window;
        this.cacheRuns = cacheRuns;
    }

    String render() {
        StringBuilder out = new StringBuilder(host);
        results.skipped().forEach(reason -> out.append("Skipped, no toolchain: ").append(reason).append(".\n"));
        out.append(noise()).append("\n");
        if (!results.overhead().isEmpty()) {
            out.append(overhead()).append("\n");
        }
        results.breakdown().ifPresent(breakdown -> out.append(breakdown(breakdown)).append("\n"));
        if (!results.throughput().isEmpty()) {
            out.append(throughput()).append("\n");
        }
        if (!results.cache().isEmpty()) {
            out.append(cache());
        }
        return out.toString();
    }

    private String overhead() {
        StringBuilder out = new StringBuilder("#### Added cost per run\n\n");
        out.append("An empty program (Python `pass`, JavaScript `0;`) run ").append(runs).append(" times each way, interleaved (every way once per round, "
                + "the first way turning from round to round), after ").append(warmup).append(" untimed rounds. Wall time from just before the "
                + "start until the exit and the end of the output, in ms; \"added\" is over the direct start, \"paired\" the median of the "
                + "round-by-round differences.\n\n");
        MarkdownTable table = new MarkdownTable(2, "language", "way", "p50", "p95", "added p50", "added p95", "paired added p50", "p50 ratio");
        for (Overhead overhead : results.overhead()) {
            long[] direct = overhead.times().get("direct");
            overhead.times().forEach((way, times) -> {
                AddedCost cost = AddedCost.of(direct, times);
                boolean base = way.equals("direct");
                table.row(overhead.language().wire(), WAYS.get(way), decimal(cost.measured().p50Millis(), 2), decimal(cost.measured().p95Millis(), 2),
                        base ? "—" : decimal(cost.p50Millis(), 2), base ? "—" : decimal(cost.p95Millis(), 2),
                        base ? "—" : decimal(cost.pairedMedianMillis(), 2), base ? "—" : decimal(cost.ratio(), 2));
            });
        }
        out.append(table.render());
        results.overhead().stream().filter(overhead -> overhead.language() == Language.PYTHON).findFirst().ifPresent(python -> {
            AddedCost cost = AddedCost.of(python.times().get("direct"), python.times().get("runner"));
            out.append("\n**Python, through the Runner: ").append(decimal(cost.p50Millis(), 1)).append(" ms added at p50, ")
                    .append(decimal(cost.p95Millis(), 1)).append(" ms at p95, against a target of under ").append(Figures.whole(PYTHON_TARGET_MILLIS))
                    .append(" ms: ").append(cost.p50Millis() < PYTHON_TARGET_MILLIS ? "met" : "not met").append(" at p50, ")
                    .append(cost.p95Millis() < PYTHON_TARGET_MILLIS ? "met" : "not met").append(" at p95.**\n");
        });
        return out.toString();
    }

    private String breakdown(ExecBench.Breakdown breakdown) {
        StringBuilder out = new StringBuilder("#### Where the sandbox's time goes\n\n");
        out.append("Each layer of the launch running `/bin/true`, ").append(runs).append(" interleaved rounds after ").append(warmup)
                .append(" untimed ones; ms. \"Outside the process\": the part of a sandbox run's time before the process started (creating "
                        + "its cgroups, building the command) and after it exited (reading and removing the cgroups, joining the output readers).\n\n");
        MarkdownTable table = new MarkdownTable(1, "layer", "p50", "p95", "p50 over the layer above", "paired, over the layer above",
                "p50 over direct", "outside the process, p50");
        long[] direct = breakdown.layers().get(TRUE_DIRECT);
        long[] previous = null;
        for (Map.Entry<String, long[]> layer : breakdown.layers().entrySet()) {
            RunTimes times = RunTimes.ofNanos(layer.getValue());
            long[] outside = breakdown.outsideNanos().get(layer.getKey());
            String outsideP50 = outside == null ? "—" : decimal(RunTimes.ofNanos(outside).p50Millis(), 2);
            if (previous == null) {
                table.row(layer.getKey(), decimal(times.p50Millis(), 2), decimal(times.p95Millis(), 2), "—", "—", "—", outsideP50);
            } else {
                AddedCost step = AddedCost.of(previous, layer.getValue());
                table.row(layer.getKey(), decimal(times.p50Millis(), 2), decimal(times.p95Millis(), 2), decimal(step.p50Millis(), 2),
                        decimal(step.pairedMedianMillis(), 2), decimal(AddedCost.of(direct, layer.getValue()).p50Millis(), 2), outsideP50);
            }
            previous = layer.getValue();
        }
        return out.append(table.render()).toString();
    }

    private String throughput() {
        StringBuilder out = new StringBuilder("#### Runs per second through the Runner\n\n");
        out.append("A program printing `ok` (checked on every run), run back to back by each of `concurrency` callers (uids of their own) for ")
                .append(window.toSeconds()).append(" s, after ").append(ExecBench.THROUGHPUT_WARMUP_RUNS).append(" untimed runs one at a time; compiled languages run a cached build (their first, "
                        + "untimed run built it). Latency is each run's wall time as the Runner's caller sees it, in ms.\n\n");
        MarkdownTable table = new MarkdownTable(2, "language", "build", "concurrency", "runs", "runs/s", "p50", "p95");
        for (Throughput row : results.throughput()) {
            table.row(row.language().wire(), row.language().compiled() ? "cached" : "—", row.concurrency(), row.runs(), decimal(row.perSecond(), 1),
                    decimal(row.latency().p50Millis(), 1), decimal(row.latency().p95Millis(), 1));
        }
        return out.append(table.render()).toString();
    }

    private String cache() {
        StringBuilder out = new StringBuilder("#### Build cache: miss against hit\n\n");
        out.append(cacheRuns).append(" rounds per language, each a run of a source never seen (a comment with a counter: the cache misses and the "
                + "compiler runs in a sandbox of its own) and a run of an already built one (it hits); wall time of the whole run, and the compile "
                + "time the miss reported, in ms (p50).\n\n");
        MarkdownTable table = new MarkdownTable(1, "language", "miss", "of which compile", "hit", "miss − hit", "miss / hit");
        for (CacheFigures figures : results.cache()) {
            RunTimes miss = RunTimes.ofNanos(figures.missNanos());
            RunTimes hit = RunTimes.ofNanos(figures.hitNanos());
            double compile = Percentiles.nearestRank(Percentiles.sorted(figures.compileMillis()), 50);
            table.row(figures.language().wire(), decimal(miss.p50Millis(), 0), decimal(compile, 0), decimal(hit.p50Millis(), 1),
                    decimal(miss.p50Millis() - hit.p50Millis(), 0), decimal(miss.p50Millis() / hit.p50Millis(), 1));
        }
        return out.append(table.render()).toString();
    }

    private String noise() {
        List<String> parts = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        for (PartNoise part : results.noise()) {
            if (part.share().isEmpty()) {
                parts.add(part.part() + " not measured");
                continue;
            }
            CpuMeter.Share share = part.share().get();
            parts.add(part.part() + " " + decimal(share.other(), 1) + " % (steal " + decimal(share.steal(), 1) + " %)");
            if (share.noisy()) {
                noisy.add(part.part());
            }
        }
        return "CPU taken by other processes during each part (the runs' own processes are not counted): " + String.join("; ", parts) + ".\n"
                + Figures.noiseNote(noisy);
    }
}
