package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;
import static dev.codelive.bench.Figures.whole;

import dev.codelive.bench.BenchDatabase.H2Commits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * The JMH benchmarks' results as Markdown. Each ratio is taken within one round (every variant measured back to
 * back), then summarised over the rounds, so a slow drift of the shared machine cannot pass for a difference.
 */
final class JmhReport {
    private static final String SCORES = """
            Scores: JMH throughput. One round: mean ± 99.9 %% confidence half-width over the measurement iterations. Several
            rounds: median (lowest–highest) over %d rounds, each ratio taken within a round. Added per operation: the difference
            of the reciprocal median throughputs (on one thread, the added latency; with both cores busy, the added machine time).
            """;

    private final List<Collection<RunResult>> rounds;

    /** @param rounds each round's results: every benchmark of one class, once per thread count */
    JmhReport(List<Collection<RunResult>> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no rounds");
        }
        this.rounds = List.copyOf(rounds);
    }

    String durability() {
        MarkdownTable table = new MarkdownTable(2, "workload", "threads", "WRITE_DELAY=0, shipped (ops/s)", "H2 default (ops/s)",
                "shipped / default", "added per write (µs)", "written per write, shipped (bytes)", "written per write, default (bytes)",
                "other CPU % avg (max)", "steal % avg (max)");
        for (String workload : List.of("signUp", "enqueue")) {
            for (int threads : threadCounts()) {
                Series shipped = series(workload, threads, "commits", H2Commits.SHIPPED.name());
                Series reference = series(workload, threads, "commits", H2Commits.H2_DEFAULT.name());
                table.row(workload, threads, shipped.score(), reference.score(), ratio(shipped, reference), addedMicros(shipped, reference),
                        shipped.written(), reference.written(), load(List.of(shipped, reference), false), load(List.of(shipped, reference), true));
            }
        }
        return table.render() + "\n" + SCORES.formatted(rounds.size()) + Figures.noiseNote(noisy());
    }

    String rowSecurity() {
        MarkdownTable table = new MarkdownTable(1, "threads", "unscoped (reads/s)", "in a transaction (reads/s)", "scoped (reads/s)",
                "transaction / unscoped", "scoped / unscoped", "added per read (µs)", "one-statement scope (reads/s)", "one-statement / scoped",
                "other CPU % avg (max)", "steal % avg (max)");
        for (int threads : threadCounts()) {
            Series unscoped = series("unscoped", threads, null, null);
            Series transaction = series("unscopedTransaction", threads, null, null);
            Series scoped = series("scoped", threads, null, null);
            Series oneStatement = series("scopedOneSetStatement", threads, null, null);
            List<Series> all = List.of(unscoped, transaction, scoped, oneStatement);
            table.row(threads, unscoped.score(), transaction.score(), scoped.score(), ratio(transaction, unscoped), ratio(scoped, unscoped),
                    addedMicros(scoped, unscoped), oneStatement.score(), ratio(oneStatement, scoped), load(all, false), load(all, true));
        }
        return table.render() + "\n" + SCORES.formatted(rounds.size()) + Figures.noiseNote(noisy());
    }

    /** One benchmark (method, parameters, thread count) as measured in each round, in round order. */
    private record Series(List<RunResult> runs) {

        List<Double> scores() {
            return runs.stream().map(run -> run.getPrimaryResult().getScore()).toList();
        }

        double median() {
            return Figures.median(scores());
        }

        String score() {
            if (runs.size() > 1) {
                return Figures.spread(scores(), 0);
            }
            double score = runs.getFirst().getPrimaryResult().getScore();
            double error = runs.getFirst().getPrimaryResult().getScoreError();
            return Double.isNaN(error) ? whole(score) : whole(score) + " ± " + whole(error);
        }

        List<Double> secondary(String label) {
            return runs.stream().flatMap(run -> Optional.ofNullable(run.getSecondaryResults().get(label)).stream())
                    .map(result -> result.getScore()).toList();
        }

        String written() {
            List<Double> bytes = secondary(MachineLoadProfiler.WRITTEN_PER_OP);
            return bytes.isEmpty() ? "?" : Figures.spread(bytes, 0);
        }
    }

    private Series series(String method, int threads, String param, String value) {
        List<RunResult> runs = new ArrayList<>();
        for (Collection<RunResult> round : rounds) {
            runs.add(round.stream()
                    .filter(run -> run.getParams().getBenchmark().endsWith("." + method) && run.getParams().getThreads() == threads)
                    .filter(run -> param == null || value.equals(run.getParams().getParam(param)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no result for " + method + " with " + threads + " thread(s)"
                            + (param == null ? "" : ", " + param + "=" + value))));
        }
        return new Series(runs);
    }

    private List<Integer> threadCounts() {
        return rounds.getFirst().stream().map(run -> run.getParams().getThreads()).distinct().sorted().toList();
    }

    /** Within each round, measured ÷ reference; then their spread over the rounds. */
    private static String ratio(Series measured, Series reference) {
        List<Double> ratios = IntStream.range(0, measured.runs().size())
                .mapToObj(round -> measured.scores().get(round) / reference.scores().get(round)).toList();
        return Figures.spread(ratios, 2);
    }

    private static String addedMicros(Series measured, Series reference) {
        return decimal(1e6 / measured.median() - 1e6 / reference.median(), 0);
    }

    /** Other processes' share (or steal's): the mean of the runs' averages, the largest single iteration in parentheses. */
    private static String load(List<Series> series, boolean steal) {
        String average = steal ? MachineLoadProfiler.STEAL_AVERAGE : MachineLoadProfiler.OTHER_AVERAGE;
        String max = steal ? MachineLoadProfiler.STEAL_MAX : MachineLoadProfiler.OTHER_MAX;
        List<Double> averages = series.stream().flatMap(one -> one.secondary(average).stream()).toList();
        List<Double> peaks = series.stream().flatMap(one -> one.secondary(max).stream()).toList();
        if (averages.isEmpty()) {
            return "?";
        }
        return decimal(averages.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), 1)
                + " (" + decimal(peaks.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1) + ")";
    }

    /** The runs during which another process or the hypervisor took more than the limits in some iteration. */
    private List<String> noisy() {
        List<String> noisy = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            for (RunResult run : rounds.get(round)) {
                double other = Optional.ofNullable(run.getSecondaryResults().get(MachineLoadProfiler.OTHER_MAX)).map(result -> result.getScore()).orElse(0.0);
                double steal = Optional.ofNullable(run.getSecondaryResults().get(MachineLoadProfiler.STEAL_MAX)).map(result -> result.getScore()).orElse(0.0);
                if (CpuMeter.Share.noisy(other, steal)) {
                    noisy.add(describe(run.getParams()) + (rounds.size() > 1 ? " in round " + (round + 1) : ""));
                }
            }
        }
        return noisy;
    }

    private static String describe(BenchmarkParams params) {
        return params.getBenchmark().replaceFirst(".*\\.", "")
                + params.getParamsKeys().stream().map(key -> " " + key + "=" + params.getParam(key)).collect(Collectors.joining())
                + ", " + params.getThreads() + " thread(s)";
    }
}
