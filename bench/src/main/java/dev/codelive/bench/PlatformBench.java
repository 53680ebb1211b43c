package dev.codelive.bench;

import dev.codelive.bench.BenchDatabase.Engine;
import dev.codelive.platform.db.OwnedRows;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * The platform benchmarks' command line: runs one benchmark and prints its results as Markdown on standard output
 * (progress and JMH's own output go to standard error). See {@link #USAGE}.
 */
public final class PlatformBench {
    private static final String USAGE = """
            usage: java -jar benchmarks.jar COMMAND [OPTIONS]
              queue         job queue throughput and latency against bare INSERT+UPDATE round trips
                              --engines h2,postgresql  --workers 1,2,8  --warmup SECONDS (5)  --duration SECONDS (10)
                              --backlog JOBS (%d: the most jobs kept waiting in the saturated run)
              durability    H2 writes with WRITE_DELAY=0 (shipped) against H2's default write delay (JMH)
              row-security  a user-scoped read on PostgreSQL against the same read unscoped (JMH)
                              both JMH commands: --threads 1,4  --rounds N (1)  and, to shorten a trial run only,
                              --warmup-iterations N  --iterations N  --time SECONDS  (defaults: the benchmark's annotations)
              jmh ARGS      JMH's own command line (e.g. jmh -l), for ad-hoc runs
            Environment: BENCH_POSTGRES_URL (default %s)
            """.formatted(QueueBench.DEFAULT_BACKLOG, BenchDatabase.DEFAULT_POSTGRES_URL);

    private PlatformBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
            System.out.print(USAGE);
            return;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (command) {
                case "queue" -> queue(Options.parse(rest, Set.of("engines", "workers", "warmup", "duration", "backlog")));
                case "durability" -> durability(Options.parse(rest, Options.JMH));
                case "row-security" -> rowSecurity(Options.parse(rest, Options.JMH));
                case "jmh" -> org.openjdk.jmh.Main.main(rest);
                default -> throw new IllegalArgumentException("unknown command: " + command);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    private static void queue(Options options) throws InterruptedException {
        List<Engine> engines = options.list("engines", "h2,postgresql").stream().map(Engine::parse).toList();
        QueueBench.Settings settings = new QueueBench.Settings(engines, options.integers("workers", "1,2,8"),
                Duration.ofSeconds(options.integer("warmup", 5)), Duration.ofSeconds(options.integer("duration", 10)),
                options.integer("backlog", QueueBench.DEFAULT_BACKLOG));
        PrintStream out = System.out;
        out.println(header(engines.contains(Engine.POSTGRESQL)));
        out.printf("Settings: %d s warm-up and %d s measured per run, each run on a fresh database; backlog cap %d.%n%n",
                settings.warmup().toSeconds(), settings.duration().toSeconds(), settings.backlog());
        out.print(QueueReport.render(new QueueBench(settings, System.err).run(), settings.backlog()));
    }

    private static void durability(Options options) throws RunnerException, IOException {
        System.out.println(header(false));
        System.out.print(jmh(DurabilityBenchmark.class, options).durability());
    }

    private static void rowSecurity(Options options) throws RunnerException, IOException {
        System.out.println(header(true));
        try (BenchDatabase database = BenchDatabase.create(Engine.POSTGRESQL, Map.of())) {
            OwnedRows ownedRows = new OwnedRows(database.database());
            List<String> users = TokenFixture.populate(database.database());
            TokenFixture.verify(database.database(), ownedRows, users.getFirst());
            System.out.printf("Plans (%d users, %d live tokens each plus a revoked and an expired one):%n%n```%n%s%n```%n%n",
                    TokenFixture.USERS, TokenFixture.LIVE_TOKENS_PER_USER, TokenFixture.plans(database.database(), ownedRows, users.getFirst()));
        }
        System.out.print(jmh(RowSecurityBenchmark.class, options).rowSecurity());
    }

    /**
     * Runs every benchmark of {@code benchmark} once per thread count, in as many rounds as asked (each round runs
     * every variant back to back, so that ratios are taken between neighbours in time); JMH's progress goes to
     * standard error.
     */
    private static JmhReport jmh(Class<?> benchmark, Options options) throws RunnerException, IOException {
        List<Collection<RunResult>> rounds = new ArrayList<>();
        List<RunResult> all = new ArrayList<>();
        int roundCount = options.integer("rounds", 1);
        for (int round = 1; round <= roundCount; round++) {
            List<RunResult> results = new ArrayList<>();
            for (int threads : options.integers("threads", "1,4")) {
                System.err.printf("[bench] %s, round %d of %d, %d thread(s)%n", benchmark.getSimpleName(), round, roundCount, threads);
                ChainedOptionsBuilder jmh = new OptionsBuilder()
                        .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                        .threads(threads)
                        .addProfiler(MachineLoadProfiler.class)
                        .shouldFailOnError(true);
                options.optionalInteger("warmup-iterations").ifPresent(jmh::warmupIterations);
                options.optionalInteger("iterations").ifPresent(jmh::measurementIterations);
                options.optionalInteger("time").map(TimeValue::seconds).ifPresent(time -> jmh.warmupTime(time).measurementTime(time));
                results.addAll(new Runner(jmh.build(), OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL)).run());
            }
            rounds.add(results);
            all.addAll(results);
        }
        // JMH's full results (every iteration, every secondary result) for whoever wants more than the table.
        Path raw = Files.createTempFile("jmh-" + benchmark.getSimpleName(), ".json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, raw.toString()).writeOut(all);
        System.err.println("[bench] JMH results in full: " + raw);
        return new JmhReport(rounds);
    }

    /** When, on what, and how loaded the machine was as the run began. */
    private static String header(boolean postgres) {
        StringBuilder header = new StringBuilder();
        header.append("Run at ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version")).append(".\n");
        loadAverage().ifPresent(load -> header.append("Load average at start: ").append(load).append(".\n"));
        if (postgres) {
            header.append(BenchDatabase.describePostgres()).append(".\n");
        }
        return header.toString();
    }

    private static Optional<String> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Optional.of(fields[0] + " " + fields[1] + " " + fields[2]);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code --name value} options, each allowed name at most once. */
    private record Options(Map<String, String> values) {
        static final Set<String> JMH = Set.of("threads", "rounds", "warmup-iterations", "iterations", "time");

        static Options parse(String[] args, Set<String> allowed) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i].startsWith("--") ? args[i].substring(2) : "";
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException("unknown option: " + args[i]);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                if (values.put(name, args[i + 1]) != null) {
                    throw new IllegalArgumentException(args[i] + " given twice");
                }
            }
            return new Options(values);
        }

        List<String> list(String name, String fallback) {
            return Arrays.stream(values.getOrDefault(name, fallback).split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
        }

        List<Integer> integers(String name, String fallback) {
            return list(name, fallback).stream().map(item -> positive(name, item)).toList();
        }

        int integer(String name, int fallback) {
            return optionalInteger(name).orElse(fallback);
        }

        Optional<Integer> optionalInteger(String name) {
            return Optional.ofNullable(values.get(name)).map(item -> positive(name, item));
        }

        private static int positive(String name, String item) {
            try {
                int value = Integer.parseInt(item);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--" + name + " takes whole numbers above 0, got '" + item + "'");
        }
    }
}
