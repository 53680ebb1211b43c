package dev.codelive.bench;

import dev.codelive.foundry.FoundryPolicy;
import dev.codelive.platform.config.Policy;
import dev.codelive.platform.config.PolicyLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code foundry-jobs} command: end-to-end latency of SoundFoundry track jobs as a client sees it, from sending
 * {@code POST /api/tracks} to the first {@code GET /api/jobs/{id}} that answers COMPLETE, one job at a time on an
 * otherwise idle server (the server jar, started here once per renderer). The durations are interleaved job by job,
 * so that a drift of the machine falls on all of them alike; every job has its own seed, the prompts take turns, and
 * the same prompts and seeds are made with each renderer. The polls also give each job's stages (its progress
 * messages), see {@link StageTimeline}.
 */
final class FoundryJobsBench {
    static final Set<String> OPTIONS = Set.of("renderers", "durations", "jobs", "warmup", "poll-ms", "server-jar", "policy", "soundfont",
            "repository");
    static final String DEFAULT_RENDERERS = "soundfont,builtin";
    static final String DEFAULT_DURATIONS = "30,60";
    static final int DEFAULT_JOBS = 20;
    static final int DEFAULT_WARMUP = 3;
    static final int DEFAULT_POLL_MS = 15;
    static final Path DEFAULT_SERVER_JAR = Path.of("app/target/codelive.jar");
    static final Path DEFAULT_POLICY = Path.of("bench/foundry-bench-policy.yml");
    static final Path DEFAULT_SOUNDFONT = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");
    /** Warm-up jobs take seeds from 1, measured ones {@code 1000 × duration + job}: every job of a run its own seed. */
    private static final long MEASURED_SEED_STEP = 1000;
    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(10);

    /** What the jobs ask for in turn: several genres and tempos, one with a voice part. */
    static final List<Prompt> PROMPTS = List.of(
            new Prompt("ambient electronic track, calm pads", false),
            new Prompt("upbeat funk groove, 110 bpm, slap bass and brass", false),
            new Prompt("melancholic piano ballad in D minor", true),
            new Prompt("energetic rock anthem, 140 bpm, distorted guitars", false));

    record Prompt(String text, boolean hasVocals) {}

    /** A server configuration: its name in the options and the report, and the SOUNDFONT it runs with. */
    record Renderer(String name, String soundfont) {}

    /**
     * One measured job.
     *
     * @param latencyNanos order sent to COMPLETE seen
     * @param serverTime the job's creation to its end by the server's clock (no polling in it)
     * @param renderedWith what the track says it was rendered with (its details' renderer)
     */
    record Job(int durationSeconds, Prompt prompt, long seed, long latencyNanos, Optional<Duration> serverTime, StageTimeline stages,
               String renderedWith) {}

    /**
     * One renderer's run.
     *
     * @param jobs by duration, in the order asked
     * @param cpu what other processes and the hypervisor took from the machine during the measured jobs
     */
    record RendererRun(Renderer renderer, Map<Integer, List<Job>> jobs, Optional<CpuMeter.Share> cpu) {}

    /**
     * @param progressWriteMs how often the server writes a running job's progress ({@code jobs.poll_interval_ms}), which
     *                        bounds how finely the stages can be seen
     */
    record Settings(List<Renderer> renderers, List<Integer> durations, int jobs, int warmup, Duration poll, Path serverJar, Path policy,
                    long progressWriteMs) {}

    private final Settings settings;
    private final PrintStream progress;

    FoundryJobsBench(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    static void run(CommandOptions options) throws Exception {
        Path repository = Path.of(options.text("repository").orElse("."));
        Path jar = options.text("server-jar").map(Path::of).orElse(repository.resolve(DEFAULT_SERVER_JAR)).normalize();
        Path policyFile = options.text("policy").map(Path::of).orElse(repository.resolve(DEFAULT_POLICY)).normalize();
        Path soundfont = options.text("soundfont").map(Path::of).orElse(DEFAULT_SOUNDFONT);
        List<Integer> durations = options.integers("durations", DEFAULT_DURATIONS);
        int jobs = options.integer("jobs", DEFAULT_JOBS);
        int warmup = options.integer("warmup", DEFAULT_WARMUP);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no server jar at " + jar + " (build it: ./mvnw -o -q -pl app -am -DskipTests package; or --server-jar)");
        }
        if (!Files.isRegularFile(policyFile)) {
            throw new IllegalArgumentException("no policy file at " + policyFile + " (--policy, or --repository DIR)");
        }
        List<Renderer> renderers = options.list("renderers", DEFAULT_RENDERERS).stream().map(name -> renderer(name, soundfont)).toList();
        Policy policy = new PolicyLoader().load(Optional.of(policyFile)).policy();
        checkCredits(policy, policyFile, durations, jobs, warmup);
        Settings settings = new Settings(renderers, durations, jobs, warmup, Duration.ofMillis(options.integer("poll-ms", DEFAULT_POLL_MS)),
                jar, policyFile, policy.jobs().pollIntervalMs());

        String machine = machine(repository, jar, renderers);
        List<RendererRun> runs = new FoundryJobsBench(settings, System.err).run();
        System.out.print(new FoundryJobsReport(settings, runs, Runtime.getRuntime().availableProcessors()).render(machine));
    }

    /** The machine and JVM, the repository's commit, and the jar and soundfonts measured: taken before the run. */
    private static String machine(Path repository, Path jar, List<Renderer> renderers) throws IOException {
        String soundfonts = renderers.stream().map(renderer -> renderer.name() + " `SOUNDFONT=" + renderer.soundfont() + "`")
                .collect(Collectors.joining(", "));
        return PlatformBench.header(false) + "Repository " + repository.toAbsolutePath().normalize() + " at commit " + commit(repository)
                + "; server jar `" + jar + "` (modified " + Files.getLastModifiedTime(jar).toInstant().truncatedTo(ChronoUnit.SECONDS)
                + "), run on the bench's JVM; " + soundfonts + ".\n";
    }

    /** {@code git rev-parse --short HEAD}, noting uncommitted changes; "unknown" without git or outside a repository. */
    private static String commit(Path repository) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        String git = repository.toAbsolutePath().toString();
        ProcessRun head = ProcessRun.run(List.of("git", "-C", git, "rev-parse", "--short", "HEAD"), temporary, Map.of(), Optional.empty(),
                GIT_TIMEOUT);
        if (!head.succeeded()) {
            return "unknown";
        }
        ProcessRun diff = ProcessRun.run(List.of("git", "-C", git, "diff", "--quiet", "HEAD"), temporary, Map.of(), Optional.empty(), GIT_TIMEOUT);
        return head.stdout().strip() + (diff.succeeded() ? "" : " (work tree has uncommitted changes)");
    }

    private static Renderer renderer(String name, Path soundfont) {
        return switch (name) {
            case "soundfont" -> {
                if (!Files.isReadable(soundfont)) {
                    throw new IllegalArgumentException("no soundfont at " + soundfont + " (--soundfont FILE.sf2, or --renderers builtin)");
                }
                yield new Renderer(name, soundfont.toAbsolutePath().toString());
            }
            case "builtin" -> new Renderer(name, "none");
            default -> throw new IllegalArgumentException("unknown renderer " + name + "; there are soundfont and builtin");
        };
    }

    /** Fails before any server starts when the one user of a run could not pay for all its tracks. */
    private static void checkCredits(Policy policy, Path policyFile, List<Integer> durations, int jobs, int warmup) {
        FoundryPolicy.Credits credits = new PolicyLoader().bindModule(policy, FoundryPolicy.SECTION, FoundryPolicy.class).credits();
        long needed = durations.stream().mapToLong(seconds -> jobs * credits.cost(seconds)).sum()
                + warmup * durations.stream().mapToLong(credits::cost).max().orElse(0);
        if (credits.signupGrant() < needed) {
            throw new IllegalArgumentException("a run needs " + needed + " credits, and " + policyFile + " grants a user "
                    + credits.signupGrant() + " (modules.foundry.credits.signup_grant)");
        }
    }

    List<RendererRun> run() throws Exception {
        List<RendererRun> runs = new ArrayList<>();
        for (Renderer renderer : settings.renderers()) {
            try (FoundryServer server = FoundryServer.start(new FoundryServer.Launch(settings.serverJar(), settings.policy(), renderer.soundfont()),
                    progress)) {
                runs.add(measure(renderer, server));
            }
        }
        return runs;
    }

    /** Warms the server up, then runs every duration's jobs, interleaved, noting what else took the machine meanwhile. */
    private RendererRun measure(Renderer renderer, FoundryServer server) throws Exception {
        TrackJobProbe probe = new TrackJobProbe(FoundryClient.signUp(server.base()), server, settings.poll());
        List<Integer> durations = settings.durations();
        for (int i = 0; i < settings.warmup(); i++) {
            int seconds = durations.get(i % durations.size());
            Job job = probe.run(seconds, PROMPTS.get(i % PROMPTS.size()), 1 + i);
            progress.printf("[bench] %s: warm-up job %d of %d (%d s track): %s s%n", renderer.name(), i + 1, settings.warmup(), seconds,
                    Figures.decimal(job.latencyNanos() / 1e9, 2));
        }
        Map<Integer, List<Job>> jobs = new LinkedHashMap<>();
        List<Interleaved.Way> ways = new ArrayList<>();
        for (int seconds : durations) {
            List<Job> done = jobs.computeIfAbsent(seconds, key -> new ArrayList<>());
            ways.add(new Interleaved.Way(seconds + " s", () -> {
                int index = done.size();
                Job job = probe.run(seconds, PROMPTS.get(index % PROMPTS.size()), MEASURED_SEED_STEP * seconds + index);
                done.add(job);
                progress.printf("[bench] %s: %d s track, job %d of %d: %s s%n", renderer.name(), seconds, index + 1, settings.jobs(),
                        Figures.decimal(job.latencyNanos() / 1e9, 2));
                return job.latencyNanos();
            }));
        }
        Optional<CpuMeter.Reading> start = CpuMeter.read();
        Interleaved.measure(ways, 0, settings.jobs(), renderer.name() + " jobs", progress);
        Optional<CpuMeter.Reading> end = CpuMeter.read();
        Optional<CpuMeter.Share> cpu = start.flatMap(before -> end.map(after -> CpuMeter.Share.between(before, after, Set.of(server.pid()))));
        return new RendererRun(renderer, jobs, cpu);
    }
}
