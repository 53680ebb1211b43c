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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The benchmarks' command line (platform, Code Live and SoundFoundry): runs one benchmark and prints its results as Markdown on standard output
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
              render        Code Live render latency per backend over the corpus, cold and warm, and a 6-track batch (JMH)
                              --backends NAMES (default: every backend of CodeLive.backends())  --threads 1,2
                              and the trial-run options above
              runtime       Code Live generated programs' run time per backend and knob setting, against CPython
                              --backends NAMES  --snippets NAMES (default: all of codelive-runtime)  --runs N (%d)
                              --parallel-threads N (default: the machine's cores)  --repository DIR (to find tools/)
              exec          the live-execution sandbox's added cost per run over the bare interpreter, the layers of its launch,
                            runs per second through the Runner, build cache miss against hit (as root, with bubblewrap)
                              --parts %s  --languages NAMES (default: all)  --runs N (%d)  --warmup N (%d)
                              --duration SECONDS (%d, per throughput window)  --concurrency %s  --cache-runs N (%d)
                              --uid-base UID (%d: caller c's runs take UID+100c to UID+100c+99 in turn)
                              --repository DIR (to find tools/typescript)
              foundry-render  our renderers (soundfont and built-in; fresh JVM and warm) against fluidsynth rendering the same
                            songs with the same soundfont: wall time, CPU time and peak RSS, ratios ours ÷ fluidsynth by round
                              --rounds N (%d)  --duration SECONDS (%d, per song)  --warmup N (%d: untimed warm renders per song)
                              --songs %s  --soundfont FILE (default: SOUNDFONT, else FluidR3)
                              --jvm-options "OPTIONS" (for the fresh JVMs; default none)
              foundry-jobs  SoundFoundry track jobs end to end (POST /api/tracks to the job COMPLETE), one at a time on the
                            server jar started here per renderer, with p50/p95 and each job's stages from its progress messages
                              --renderers %s  --durations %s (seconds)  --jobs N (%d per duration)  --warmup N (%d jobs)
                              --poll-ms N (%d: the pause between polls of GET /api/jobs/{id})  --soundfont FILE.sf2 (%s)
                              --repository DIR (default .: where the jar and policy are found, and whose commit is shown)
                              --server-jar JAR (default: app/target/codelive.jar)  --policy FILE (default: bench/foundry-bench-policy.yml)
              jmh ARGS      JMH's own command line (e.g. jmh -l), for ad-hoc runs
            Environment: BENCH_POSTGRES_URL (default %s); exec: the server's EXEC_* settings (EXEC_WORK_DIR defaults to
            java.io.tmpdir/codelive-exec-bench)
            """.formatted(QueueBench.DEFAULT_BACKLOG, RuntimeBench.DEFAULT_RUNS, String.join(",", ExecBench.PARTS), ExecBench.DEFAULT_RUNS,
            ExecBench.DEFAULT_WARMUP, ExecBench.DEFAULT_DURATION_S, ExecBench.DEFAULT_CONCURRENCY, ExecBench.DEFAULT_CACHE_RUNS,
            ExecBench.DEFAULT_UID_BASE, RendererComparison.DEFAULT_ROUNDS, RendererComparison.DEFAULT_DURATION_S,
            RendererComparison.DEFAULT_WARMUP, String.join(",", RenderWorkload.SONGS.stream().map(RenderWorkload.Song::name).toList()),
            FoundryJobsBench.DEFAULT_RENDERERS, FoundryJobsBench.DEFAULT_DURATIONS, FoundryJobsBench.DEFAULT_JOBS,
            FoundryJobsBench.DEFAULT_WARMUP, FoundryJobsBench.DEFAULT_POLL_MS, FoundryJobsBench.DEFAULT_SOUNDFONT,
            BenchDatabase.DEFAULT_POSTGRES_URL);

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
                case "queue" -> queue(CommandOptions.parse(rest, Set.of("engines", "workers", "warmup", "duration", "backlog")));
                case "durability" -> durability(CommandOptions.parse(rest, CommandOptions.JMH));
                case "row-security" -> rowSecurity(CommandOptions.parse(rest, CommandOptions.JMH));
                case "render" -> RenderBench.run(CommandOptions.parse(rest, RenderBench.OPTIONS));
                case "runtime" -> RuntimeBench.run(CommandOptions.parse(rest, RuntimeBench.OPTIONS));
                case "exec" -> ExecBench.run(CommandOptions.parse(rest, ExecBench.OPTIONS));
                case "foundry-render" -> RendererComparison.run(CommandOptions.parse(rest, RendererComparison.OPTIONS));
                case "foundry-jobs" -> FoundryJobsBench.run(CommandOptions.parse(rest, FoundryJobsBench.OPTIONS));
                case "jmh" -> org.openjdk.jmh.Main.main(rest);
                default -> throw new IllegalArgumentException("unknown command: " + command);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        } catch (MissingPrerequisite e) {
            System.err.println("skipped: " + e.getMessage());
            System.exit(3);
        }
    }

    private static void queue(CommandOptions options) throws InterruptedException {
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

    private static void durability(CommandOptions options) throws RunnerException, IOException {
        System.out.println(header(false));
        System.out.print(jmh(DurabilityBenchmark.class, options).durability());
    }

    private static void rowSecurity(CommandOptions options) throws RunnerException, IOException {
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
    private static JmhReport jmh(Class<?> benchmark, CommandOptions options) throws RunnerException, IOException {
        List<Collection<RunResult>> rounds = new ArrayList<>();
        List<RunResult> all = new ArrayList<>();
        int roundCount = options.integer("rounds", 1);
        for (int round = 1; round <= roundCount; round++) {
            List<RunResult> results = new ArrayList<>();
            for (int threads : options.integers("threads", "1,4")) {
                System.err.printf("[bench] %s, round %d of %d, %d thread(s)%n", benchmark.getSimpleName(), round, roundCount, threads);
                results.addAll(JmhLauncher.run(new JmhLauncher.Run("^" + Pattern.quote(benchmark.getName()) + "\\.", threads), options));
            }
            rounds.add(results);
            all.addAll(results);
        }
        JmhLauncher.writeRaw(benchmark.getSimpleName(), all);
        return new JmhReport(rounds);
    }

    /** When, on what, and how loaded the machine was as the run began. */
    static String header(boolean postgres) {
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
}
