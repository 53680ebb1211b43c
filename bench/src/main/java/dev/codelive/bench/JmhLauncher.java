package dev.codelive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH from a bench command: each benchmark in its own forked JVM, with {@link MachineLoadProfiler}, JMH's
 * progress on standard error, and the trial-run overrides of the command line ({@code --warmup-iterations},
 * {@code --iterations}, {@code --time}) applied over the benchmarks' annotations.
 */
final class JmhLauncher {
    private JmhLauncher() {}

    /**
     * One JMH invocation.
     *
     * @param include the benchmarks, as JMH's regular expression over {@code class.method}
     * @param mode the mode, or empty for the benchmarks' annotation
     * @param timeUnit the output unit, or empty for the benchmarks' annotation
     * @param params values for {@code @Param} fields, by field name
     * @param jvmArgs added to the forked JVMs' command line
     */
    record Run(String include, int threads, Optional<Mode> mode, Optional<TimeUnit> timeUnit, Map<String, List<String>> params,
            List<String> jvmArgs) {
        Run {
            params = Map.copyOf(params);
            jvmArgs = List.copyOf(jvmArgs);
        }

        Run(String include, int threads) {
            this(include, threads, Optional.empty(), Optional.empty(), Map.of(), List.of());
        }
    }

    static Collection<RunResult> run(Run run, CommandOptions options) throws RunnerException {
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(run.include())
                .threads(run.threads())
                .addProfiler(MachineLoadProfiler.class)
                .shouldFailOnError(true);
        run.mode().ifPresent(jmh::mode);
        run.timeUnit().ifPresent(jmh::timeUnit);
        run.params().forEach((name, values) -> jmh.param(name, values.toArray(String[]::new)));
        if (!run.jvmArgs().isEmpty()) {
            jmh.jvmArgsAppend(run.jvmArgs().toArray(String[]::new));
        }
        options.optionalInteger("warmup-iterations").ifPresent(jmh::warmupIterations);
        options.optionalInteger("iterations").ifPresent(jmh::measurementIterations);
        options.optionalInteger("time").map(TimeValue::seconds).ifPresent(time -> jmh.warmupTime(time).measurementTime(time));
        return new Runner(jmh.build(), OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL)).run();
    }

    /** Writes JMH's full results (every iteration, every secondary result) to a temporary file, and says where. */
    static void writeRaw(String name, Collection<RunResult> results) throws IOException {
        Path raw = Files.createTempFile("jmh-" + name, ".json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, raw.toString()).writeOut(results);
        System.err.println("[bench] JMH results in full: " + raw);
    }
}
