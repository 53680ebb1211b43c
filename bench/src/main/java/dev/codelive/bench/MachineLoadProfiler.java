package dev.codelive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports, per iteration, how much of the machine went to other processes and to hypervisor
 * steal, so that a figure skewed by a neighbour can be told from a real one, and how many bytes the benchmark
 * handed to write system calls per operation ({@code -prof dev.codelive.bench.MachineLoadProfiler}).
 */
public final class MachineLoadProfiler implements InternalProfiler {
    static final String OTHER_AVERAGE = "cpu.other.avg";
    static final String OTHER_MAX = "cpu.other.max";
    static final String STEAL_AVERAGE = "cpu.steal.avg";
    static final String STEAL_MAX = "cpu.steal.max";
    static final String WRITTEN_PER_OP = "io.written.norm";
    private static final Path OWN_IO = Path.of("/proc/self/io");

    private Optional<CpuMeter.Reading> start = Optional.empty();
    private OptionalLong writtenAtStart = OptionalLong.empty();

    @Override
    public String getDescription() {
        return "Shares of the machine taken by other processes (neither the benchmark nor PostgreSQL) and by hypervisor steal; bytes written per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = CpuMeter.read();
        writtenAtStart = written();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH declares the raw type; overriding must repeat it
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        Optional<CpuMeter.Reading> end = CpuMeter.read();
        OptionalLong writtenAtEnd = written();
        List<Result<?>> results = new ArrayList<>();
        if (start.isPresent() && end.isPresent()) {
            CpuMeter.Share share = CpuMeter.Share.between(start.get(), end.get());
            results.add(new ScalarResult(OTHER_AVERAGE, share.other(), "%", AggregationPolicy.AVG));
            results.add(new ScalarResult(OTHER_MAX, share.other(), "%", AggregationPolicy.MAX));
            results.add(new ScalarResult(STEAL_AVERAGE, share.steal(), "%", AggregationPolicy.AVG));
            results.add(new ScalarResult(STEAL_MAX, share.steal(), "%", AggregationPolicy.MAX));
        }
        long ops = result.getMetadata().getAllOps();
        if (writtenAtStart.isPresent() && writtenAtEnd.isPresent() && ops > 0) {
            double perOp = (double) (writtenAtEnd.getAsLong() - writtenAtStart.getAsLong()) / ops;
            results.add(new ScalarResult(WRITTEN_PER_OP, perOp, "B/op", AggregationPolicy.AVG));
        }
        return results;
    }

    /** Bytes this process has handed to write system calls ({@code wchar}): files, sockets and consoles alike. */
    private static OptionalLong written() {
        try {
            return Files.readAllLines(OWN_IO).stream().filter(line -> line.startsWith("wchar:"))
                    .mapToLong(line -> Long.parseLong(line.substring("wchar:".length()).trim())).findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
