package dev.codelive.bench;

import dev.codelive.exec.language.Language;
import dev.codelive.exec.run.ExecutionReport;
import dev.codelive.exec.run.Status;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxRequest;
import dev.codelive.exec.sandbox.SandboxResult;
import dev.codelive.exec.sandbox.SandboxedProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The {@code exec} command: what the live-execution sandbox adds to a run, in one run of the JVM. Four parts:
 * a trivial Python and JavaScript program started directly against the same file run through the sandbox and through
 * the Runner, interleaved; the layers of the sandbox's launch, each running {@code /bin/true}; runs per second through
 * the Runner at each concurrency for a trivial program per language; and a compiled language's run with a cold build
 * cache against one with a cached build.
 */
final class ExecBench {
    static final Set<String> OPTIONS = Set.of("parts", "languages", "runs", "warmup", "duration", "concurrency", "cache-runs", "uid-base",
            "repository");
    static final List<String> PARTS = List.of("overhead", "breakdown", "throughput", "cache");
    static final int DEFAULT_RUNS = 200;
    static final int DEFAULT_WARMUP = 20;
    static final int DEFAULT_DURATION_S = 10;
    static final String DEFAULT_CONCURRENCY = "1,10";
    static final int DEFAULT_CACHE_RUNS = 5;
    /**
     * Above the server's default uid range (61000) and the tests' (62000), so that a run here never shares a uid; caller c
     * takes the {@link RunUids#PER_CALLER} uids from base + c × that.
     */
    static final int DEFAULT_UID_BASE = 64000;
    /** Sequential runs before a timed throughput window: the build cache filled, the JIT and page cache warm. */
    static final int THROUGHPUT_WARMUP_RUNS = 5;

    /** The programs of the overhead part: nothing to do but start and exit. */
    static final Map<Language, String> EMPTY = Map.of(Language.PYTHON, "pass", Language.JAVASCRIPT, "0;");
    /** The programs of the throughput and cache parts: print "ok", checked on every run. */
    static final Map<Language, String> TRIVIAL = trivialPrograms();

    private static Map<Language, String> trivialPrograms() {
        Map<Language, String> programs = new LinkedHashMap<>();
        programs.put(Language.PYTHON, "print(\"ok\")\n");
        programs.put(Language.JAVASCRIPT, "console.log(\"ok\");\n");
        programs.put(Language.TYPESCRIPT, "const word: string = \"ok\";\nconsole.log(word);\n");
        programs.put(Language.SQL, "SELECT 'ok' AS word;\n");
        programs.put(Language.RUST, "fn main() {\n    println!(\"ok\");\n}\n");
        programs.put(Language.GO, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"ok\")\n}\n");
        programs.put(Language.CSHARP, "class Program {\n    static void Main() {\n        System.Console.WriteLine(\"ok\");\n    }\n}\n");
        return programs;
    }

    /** The overhead part's figures for one language: wall times by way of starting the program (direct, sandbox, runner), by round. */
    record Overhead(Language language, Map<String, long[]> times) {}

    /**
     * The throughput of one language at one concurrency.
     *
     * @param runs runs that finished
     * @param seconds from the first start to the last end
     * @param latency the runs' wall times, as the Runner's caller sees them
     */
    record Throughput(Language language, int concurrency, int runs, double seconds, RunTimes latency) {
        double perSecond() {
            return runs / seconds;
        }
    }

    /**
     * A compiled language's runs with and without a cached build, interleaved.
     *
     * @param missNanos wall times of runs whose source was new (a comment with a counter)
     * @param compileMillis the compile times those runs reported
     * @param hitNanos wall times of runs of an already built source
     */
    record CacheFigures(Language language, long[] missNanos, long[] compileMillis, long[] hitNanos) {}

    /** How much of the machine other processes and the hypervisor took during one part. */
    record PartNoise(String part, Optional<CpuMeter.Share> share) {}

    /**
     * The launch's layers.
     *
     * @param layers wall times by layer, by round
     * @param outsideNanos for the sandbox layers, by round: the part of the wall time outside the sandboxed process's
     *     life (before: creating its cgroups and starting it; after: reading and removing them, joining the output readers)
     */
    record Breakdown(Map<String, long[]> layers, Map<String, long[]> outsideNanos) {}

    /** Everything one run measured. */
    record Results(List<Overhead> overhead, Optional<Breakdown> breakdown, List<Throughput> throughput, List<CacheFigures> cache,
            List<String> skipped, List<PartNoise> noise) {}

    private final ExecHost host;
    private final int uidBase;
    /** The uids of every run made one at a time (all parts but the throughput windows): caller 0's. */
    private final RunUids sequential;
    private final PrintStream progress;

    private ExecBench(ExecHost host, int uidBase, PrintStream progress) {
        this.host = host;
        this.uidBase = uidBase;
        this.sequential = new RunUids(uidBase, 0);
        this.progress = progress;
    }

    static void run(CommandOptions options) throws Exception {
        List<String> parts = options.list("parts", String.join(",", PARTS));
        parts.stream().filter(part -> !PARTS.contains(part)).findFirst().ifPresent(part -> {
            throw new IllegalArgumentException("no part " + part + "; there are " + PARTS);
        });
        List<Language> languages = options.list("languages", String.join(",", TRIVIAL.keySet().stream().map(Language::wire).toList())).stream()
                .map(name -> Language.of(name).orElseThrow(() -> new IllegalArgumentException("no language " + name)))
                .toList();
        int runs = options.integer("runs", DEFAULT_RUNS);
        int warmup = options.integer("warmup", DEFAULT_WARMUP);
        Duration duration = Duration.ofSeconds(options.integer("duration", DEFAULT_DURATION_S));
        List<Integer> concurrencies = options.integers("concurrency", DEFAULT_CONCURRENCY);
        int cacheRuns = options.integer("cache-runs", DEFAULT_CACHE_RUNS);
        int uidBase = options.integer("uid-base", DEFAULT_UID_BASE);
        if (!ProcessHandle.current().info().user().map("root"::equals).orElse(false)) {
            throw new IllegalArgumentException("run as root: the sandbox gives each run a uid of its own only then, as the server does");
        }
        String header = PlatformBench.header(false);
        // The probe takes the uid just below the runs' ranges, as the server's takes one beside its runs'.
        try (ExecHost host = ExecHost.open(Path.of(options.text("repository").orElse(".")), uidBase - 1)) {
            ExecBench bench = new ExecBench(host, uidBase, System.err);
            List<String> skipped = new ArrayList<>();
            for (Language language : languages) {
                host.toolchain(language).missing().ifPresent(reason -> skipped.add(language.wire() + ": " + reason));
            }
            List<Language> available = languages.stream().filter(language -> host.toolchain(language).available()).toList();
            List<PartNoise> noise = new ArrayList<>();
            List<Overhead> overhead = parts.contains("overhead")
                    ? bench.noted("overhead", noise, () -> bench.overhead(available, warmup, runs)) : List.of();
            Optional<Breakdown> breakdown = parts.contains("breakdown")
                    ? Optional.of(bench.noted("breakdown", noise, () -> bench.breakdown(warmup, runs))) : Optional.empty();
            List<Throughput> throughput = parts.contains("throughput")
                    ? bench.noted("throughput", noise, () -> bench.throughput(available, concurrencies, duration)) : List.of();
            List<CacheFigures> cache = parts.contains("cache")
                    ? bench.noted("cache", noise, () -> bench.cache(available, cacheRuns)) : List.of();
            Results results = new Results(overhead, breakdown, throughput, cache, skipped, noise);
            System.out.println(header);
            System.out.print(new ExecReport(results, bench.describeHost(available), runs, warmup, duration, cacheRuns).render());
        }
    }

    @FunctionalInterface
    private interface Part<T> {
        T run() throws Exception;
    }

    /** Runs one part, noting how much of the machine others took meanwhile. */
    private <T> T noted(String name, List<PartNoise> noise, Part<T> part) throws Exception {
        Optional<CpuMeter.Reading> start = CpuMeter.read();
        T result = part.run();
        Optional<CpuMeter.Reading> end = CpuMeter.read();
        noise.add(new PartNoise(name, start.isPresent() && end.isPresent() ? Optional.of(CpuMeter.Share.between(start.get(), end.get()))
                : Optional.empty()));
        return result;
    }

    /** Part 1: the empty program started directly, in the sandbox, and through the Runner, for Python and JavaScript. */
    private List<Overhead> overhead(List<Language> languages, int warmup, int rounds) throws Exception {
        List<Overhead> results = new ArrayList<>();
        for (Language language : List.of(Language.PYTHON, Language.JAVASCRIPT)) {
            if (!languages.contains(language)) {
                continue;
            }
            String code = EMPTY.get(language);
            ExecHost.Staged staged = host.stage(language, code);
            List<Interleaved.Way> ways = List.of(
                    new Interleaved.Way("direct", () -> direct(staged.directArgv(), staged.environment())),
                    new Interleaved.Way("sandbox", () -> sandboxed(host.sandbox(), staged.request(), new LongSamples())),
                    new Interleaved.Way("runner", () -> throughRunner(language, code, sequential.next()).nanos()));
            results.add(new Overhead(language, Interleaved.measure(ways, warmup, rounds, "overhead " + language.wire(), progress)));
        }
        return results;
    }

    /**
     * Part 4: the launch's layers, each running {@code /bin/true}: directly; bubblewrap alone, as root, with the exact
     * command line the sandbox gives it; the sandbox without cgroups (setpriv to the run's uid, prlimit, bubblewrap); and
     * the whole sandbox (a shell joining two new cgroups first, removing them after).
     */
    private Breakdown breakdown(int warmup, int rounds) throws Exception {
        Map<String, String> launchEnvironment = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        SandboxRequest trueRequest = new SandboxRequest(List.of("/bin/true"), Map.of("PATH", "/usr/bin:/bin"), List.of(), new byte[0],
                host.runLimits(), true);
        List<String> bubblewrap = bubblewrapCommand(trueRequest);
        Sandbox withoutCgroups = host.sandbox().withoutCgroups();
        LongSamples outsideWithout = new LongSamples();
        LongSamples outsideWith = new LongSamples();
        List<Interleaved.Way> ways = List.of(
                new Interleaved.Way(ExecReport.TRUE_DIRECT, () -> direct(List.of("/bin/true"), launchEnvironment)),
                new Interleaved.Way(ExecReport.TRUE_BWRAP, () -> direct(bubblewrap, launchEnvironment)),
                new Interleaved.Way(ExecReport.TRUE_NO_CGROUPS, () -> sandboxed(withoutCgroups, trueRequest, outsideWithout)),
                new Interleaved.Way(ExecReport.TRUE_SANDBOX, () -> sandboxed(host.sandbox(), trueRequest, outsideWith)));
        Map<String, long[]> layers = Interleaved.measure(ways, warmup, rounds, "breakdown", progress);
        // The warm-up rounds came first: the last `rounds` values are the measured rounds'.
        return new Breakdown(layers, Map.of(ExecReport.TRUE_NO_CGROUPS, last(outsideWithout, rounds), ExecReport.TRUE_SANDBOX, last(outsideWith, rounds)));
    }

    private static long[] last(LongSamples samples, int count) {
        long[] all = samples.toArray();
        return java.util.Arrays.copyOfRange(all, all.length - count, all.length);
    }

    /**
     * The bubblewrap command line the sandbox runs for {@code request}, read from the running process: a run of
     * {@code sleep} is started without cgroups, its process watched until setpriv and prlimit have exec'd into bubblewrap,
     * and its arguments taken, with the program after the last {@code --} swapped for the request's.
     */
    private List<String> bubblewrapCommand(SandboxRequest request) throws InterruptedException {
        SandboxRequest sleeper = new SandboxRequest(List.of("/bin/sleep", "30"), request.environment(), request.binds(), new byte[0],
                request.limits(), request.addressSpaceLimited());
        Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        SandboxedProcess process = host.sandbox().withoutCgroups().start(sleeper, sequential.next());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (ProcessHandle child : ProcessHandle.current().children().filter(child -> !before.contains(child.pid())).toList()) {
                    ProcessHandle.Info info = child.info();
                    if (info.command().filter(command -> command.equals(host.bubblewrap().toString())).isPresent() && info.arguments().isPresent()) {
                        List<String> argv = new ArrayList<>();
                        argv.add(info.command().get());
                        argv.addAll(List.of(info.arguments().get()));
                        int separator = argv.lastIndexOf("--");
                        List<String> command = new ArrayList<>(argv.subList(0, separator + 1));
                        command.addAll(request.argv());
                        return command;
                    }
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("bubblewrap did not show up among this process's children within 10 s");
        } finally {
            process.kill();
            process.await();
        }
    }

    /** Part 2: runs per second through the Runner, per language and concurrency, after a few warm (cached) runs. */
    private List<Throughput> throughput(List<Language> languages, List<Integer> concurrencies, Duration window) throws Exception {
        List<Throughput> results = new ArrayList<>();
        for (Language language : languages) {
            progress.printf("[bench] throughput %s: warming up (the first run builds)%n", language.wire());
            for (int i = 0; i < THROUGHPUT_WARMUP_RUNS; i++) {
                throughRunner(language, TRIVIAL.get(language), sequential.next());
            }
            for (int concurrency : concurrencies) {
                progress.printf("[bench] throughput %s at concurrency %d for %d s%n", language.wire(), concurrency, window.toSeconds());
                results.add(window(language, concurrency, window));
            }
        }
        return results;
    }

    /** {@code concurrency} callers, each with a uid of its own, running the language's trivial program back to back. */
    private Throughput window(Language language, int concurrency, Duration window) throws Exception {
        String code = TRIVIAL.get(language);
        List<Future<LongSamples>> callers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + window.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int caller = 0; caller < concurrency; caller++) {
                RunUids uids = new RunUids(uidBase, caller);
                callers.add(pool.submit(() -> {
                    LongSamples times = new LongSamples();
                    while (System.nanoTime() < deadline) {
                        times.add(throughRunner(language, code, uids.next()).nanos());
                    }
                    return times;
                }));
            }
            List<LongSamples> all = new ArrayList<>();
            for (Future<LongSamples> caller : callers) {
                all.add(caller.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] times = LongSamples.concat(all);
            return new Throughput(language, concurrency, times.length, seconds, RunTimes.ofNanos(times));
        }
    }

    /**
     * Part 3: for each compiled language, rounds of a run of a source never seen (a counter in a comment; the build
     * cache misses) and a run of one already built (it hits).
     */
    private List<CacheFigures> cache(List<Language> languages, int rounds) throws Exception {
        List<CacheFigures> results = new ArrayList<>();
        String token = UUID.randomUUID().toString();
        for (Language language : languages) {
            if (!language.compiled()) {
                continue;
            }
            String code = TRIVIAL.get(language);
            throughRunner(language, code, sequential.next());
            LongSamples miss = new LongSamples();
            LongSamples compile = new LongSamples();
            LongSamples hit = new LongSamples();
            for (int round = 0; round < rounds; round++) {
                progress.printf("[bench] cache %s: round %d of %d%n", language.wire(), round + 1, rounds);
                Timed cold = throughRunner(language, "// cache miss " + token + " " + round + "\n" + code, sequential.next());
                if (cold.report().buildCached() || cold.report().compileMs().isEmpty()) {
                    throw new IllegalStateException(language.wire() + ": a new source was not built");
                }
                miss.add(cold.nanos());
                compile.add(cold.report().compileMs().getAsLong());
                Timed warm = throughRunner(language, code, sequential.next());
                if (!warm.report().buildCached()) {
                    throw new IllegalStateException(language.wire() + ": a built source was built again");
                }
                hit.add(warm.nanos());
            }
            results.add(new CacheFigures(language, miss.toArray(), compile.toArray(), hit.toArray()));
        }
        return results;
    }

    /** A Runner run and its wall time as its caller sees it. */
    private record Timed(ExecutionReport report, long nanos) {}

    /** Runs {@code code} through the Runner as {@code uid}; throws unless it printed "ok" (or, for the empty programs, exited 0). */
    private Timed throughRunner(Language language, String code, int uid) throws InterruptedException {
        long start = System.nanoTime();
        ExecutionReport report = host.runner().run(host.order(language, code), uid);
        long nanos = System.nanoTime() - start;
        boolean printsOk = code.endsWith(TRIVIAL.get(language));
        if (report.status() != Status.OK || (printsOk && !report.stdout().contains("ok"))) {
            throw new IllegalStateException(language.wire() + " through the Runner: " + report.status() + ", stdout " + report.stdout().strip()
                    + ", stderr " + report.stderr().strip());
        }
        return new Timed(report, nanos);
    }

    private static long direct(List<String> argv, Map<String, String> environment) throws InterruptedException {
        DirectRun run = DirectRun.run(argv, environment);
        if (!run.succeeded()) {
            throw new IllegalStateException(argv.getFirst() + " started directly: " + run.describe());
        }
        return run.nanos();
    }

    /**
     * One run in {@code sandbox}, timed from before its start to the end of its await, as the Runner spends it; adds to
     * {@code outside} the part of that time outside the process's life (the result's own wall time is from just after the
     * process started to its exit).
     */
    private long sandboxed(Sandbox sandbox, SandboxRequest request, LongSamples outside) throws InterruptedException {
        long start = System.nanoTime();
        SandboxResult result = sandbox.start(request, sequential.next()).await();
        long nanos = System.nanoTime() - start;
        outside.add(nanos - result.wallNanos());
        if (!result.succeeded()) {
            throw new IllegalStateException(request.argv().getFirst() + " in the sandbox: " + result.ending() + ", exit " + result.exitCode()
                    + ": " + new String(result.stderr(), StandardCharsets.UTF_8).strip());
        }
        return nanos;
    }

    /** The sandbox and toolchains, in a line each, for the report. */
    private String describeHost(List<Language> languages) throws InterruptedException {
        DirectRun version = DirectRun.run(List.of(host.bubblewrap().toString(), "--version"), Map.of());
        String kernel;
        try {
            kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        } catch (IOException e) {
            kernel = "unknown";
        }
        Sandbox sandbox = host.sandbox();
        return "Sandbox: " + version.stdout().strip() + ", limits enforced by " + sandbox.enforcement() + (sandbox.switchesUid()
                ? ", each run as a host uid of its own (from " + uidBase + ", " + RunUids.PER_CALLER + " per caller in turn)" : ", runs as the bench's uid") + "; kernel " + kernel + ".\n"
                + "Toolchains: " + languages.stream().map(language -> language.wire() + " (" + host.toolchain(language).version() + ")")
                        .collect(Collectors.joining("; ")) + ".\n";
    }
}
