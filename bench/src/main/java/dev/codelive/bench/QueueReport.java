package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;
import static dev.codelive.bench.Figures.whole;

import dev.codelive.bench.QueueBench.Outcome;
import dev.codelive.bench.QueueBench.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/** The job queue bench's results as Markdown: a throughput table and a latency table, each with its reference. */
final class QueueReport {
    private QueueReport() {}

    static String render(List<Row> rows, int backlog) {
        MarkdownTable throughput = new MarkdownTable(2, "database", "workers", "jobs/s", "waiting (mean)", "reference INSERT+UPDATE/s",
                "jobs / reference", "other CPU %", "steal %");
        MarkdownTable latency = new MarkdownTable(2, "database", "workers", "jobs/s", "p50 (ms)", "p99 (ms)", "reference p50 (ms)",
                "reference p99 (ms)", "p50 job / reference", "other CPU %", "steal %");
        List<String> noisy = new ArrayList<>();
        for (Row row : rows) {
            Outcome saturated = row.saturated();
            Outcome closedLoop = row.closedLoop();
            Outcome reference = row.reference();
            Map.of("saturated", saturated, "closed loop", closedLoop, "reference", reference).forEach((run, outcome) -> outcome.cpu()
                    .filter(CpuMeter.Share::noisy)
                    .ifPresent(cpu -> noisy.add(row.engine().label() + " " + row.workers() + " worker(s) " + run)));
            throughput.row(row.engine().label(), row.workers(), whole(saturated.perSecond()), decimal(saturated.meanWaiting(), 1),
                    whole(reference.perSecond()), decimal(saturated.perSecond() / reference.perSecond(), 2),
                    worst(Stream.of(saturated, reference), CpuMeter.Share::other), worst(Stream.of(saturated, reference), CpuMeter.Share::steal));
            Latency job = closedLoop.latency().orElseThrow();
            Latency pair = reference.latency().orElseThrow();
            latency.row(row.engine().label(), row.workers(), whole(closedLoop.perSecond()), decimal(job.p50Millis(), 2),
                    decimal(job.p99Millis(), 2), decimal(pair.p50Millis(), 2), decimal(pair.p99Millis(), 2),
                    decimal(job.p50Millis() / pair.p50Millis(), 2),
                    worst(Stream.of(closedLoop, reference), CpuMeter.Share::other), worst(Stream.of(closedLoop, reference), CpuMeter.Share::steal));
        }
        return "Throughput (saturated: up to " + backlog + " jobs waiting; reference: one job row inserted and marked complete per round trip)\n\n"
                + throughput.render()
                + "\nLatency, enqueue to complete (closed loop: each of `workers` clients waits for its job before the next)\n\n"
                + latency.render()
                + "\nCPU columns: the larger of the two runs compared in the row, as a share of the whole machine; other = neither this JVM nor PostgreSQL.\n"
                + Figures.noiseNote(noisy);
    }

    /** Of the runs' CPU shares, the largest; "?" where /proc could not be read. */
    private static String worst(Stream<Outcome> outcomes, ToDoubleFunction<CpuMeter.Share> share) {
        List<Optional<CpuMeter.Share>> shares = outcomes.map(Outcome::cpu).toList();
        if (shares.stream().anyMatch(Optional::isEmpty)) {
            return "?";
        }
        return decimal(shares.stream().mapToDouble(cpu -> share.applyAsDouble(cpu.orElseThrow())).max().orElseThrow(), 1);
    }
}
