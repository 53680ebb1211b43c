package dev.codelive.codelive.conformance;

import dev.codelive.codelive.conformance.RunResult.Compilation;
import dev.codelive.codelive.conformance.RunResult.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Compiles and runs rendered programs with the real toolchains: the conformance harness's lower half. Builds are
 * cached by content ({@link ArtefactCache}), batched where a compiler is slow to start (tsc, go), and, like the runs,
 * spread over a bounded pool of {@link RunnerSettings#parallelism()} processes; every compile and run has a timeout
 * that kills the whole process tree. Use one runner for many programs, via {@link #runAll(List)} (or
 * {@link #prebuild(List)} and then {@link #run(Target, String)} per test), and close it.
 *
 * <pre>{@code
 * try (ProgramRunner runner = ProgramRunner.withDefaults()) {
 *     Toolchains.require(Target.GO);
 *     RunResult result = runner.run(Target.GO, rendering.source());
 *     assertThat(result.succeeded()).as(result::describe).isTrue();
 *     assertThat(result.stdout()).isEqualTo(ConformanceCorpus.expectedStdout(snippet));
 * }
 * }</pre>
 */
public final class ProgramRunner implements AutoCloseable {
    private final RunnerSettings settings;
    private final Toolchains toolchains;
    private final Map<Target, Toolchain> instances = new EnumMap<>(Target.class);
    private final ArtefactCache cache;
    private final Processes processes;
    private final ExecutorService pool;

    public ProgramRunner(RunnerSettings settings) {
        this(settings, Toolchains.local(), ToolLocator.local());
    }

    ProgramRunner(RunnerSettings settings, Toolchains toolchains, ToolLocator tools) {
        this.settings = settings;
        this.toolchains = toolchains;
        for (Target target : Target.values()) {
            if (toolchains.availability(target) instanceof Toolchains.Availability.Available) {
                instances.put(target, Toolchain.of(target, tools, settings.cacheDirectory(), settings.postgres()));
            }
        }
        this.cache = new ArtefactCache(settings.cacheDirectory());
        this.processes = new Processes(settings.maxOutputBytes());
        this.pool = Executors.newFixedThreadPool(settings.parallelism(), Thread.ofPlatform().daemon()
                .name("conformance-", 1).factory());
    }

    /** A runner with {@link RunnerSettings#defaults()}. */
    public static ProgramRunner withDefaults() {
        return new ProgramRunner(RunnerSettings.defaults());
    }

    public RunnerSettings settings() {
        return settings;
    }

    public Toolchains toolchains() {
        return toolchains;
    }

    /** Compiles (or finds in the cache) and runs one program. */
    public RunResult run(Target target, String source) {
        return runAll(List.of(new Program(target, source))).getFirst();
    }

    /**
     * Compiles and runs every program, in parallel, returning the results in the same order. Identical programs are
     * built once. Throws when a program's toolchain is missing: call {@link Toolchains#require(Target)} first.
     */
    public List<RunResult> runAll(List<Program> programs) {
        Builds builds = scheduleBuilds(programs);
        List<CompletableFuture<RunResult>> results = new ArrayList<>();
        for (Program program : programs) {
            switch (toolchain(program.target())) {
                case ScriptToolchain script -> results.add(CompletableFuture.supplyAsync(() -> new RunResult(program,
                        Compilation.NONE, Optional.of(Execution.of(runScript(script, program.source())))), pool));
                case CompiledToolchain compiled -> {
                    String key = key(compiled, program);
                    results.add(builds.entries().get(key).thenApplyAsync(entry -> runBuilt(program, compiled, entry,
                            builds.fresh().get(key)), pool));
                }
            }
        }
        return results.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Builds every program that is not in the cache yet, batched, without running anything: a parameterized test
     * that then runs its programs one by one ({@link #run(Target, String)}) finds them all built, instead of paying a
     * compiler start (about 0.7 s for tsc) per program.
     */
    public void prebuild(List<Program> programs) {
        scheduleBuilds(programs).entries().values().forEach(CompletableFuture::join);
    }

    /** The builds of one call: a future entry per cache key, and the compilations that happened in this call. */
    private record Builds(Map<String, CompletableFuture<ArtefactCache.Entry>> entries,
            Map<String, Compilation> fresh) {}

    /** Looks every compiled program up in the cache and schedules the misses in chunks of the toolchain's batch size. */
    private Builds scheduleBuilds(List<Program> programs) {
        Builds builds = new Builds(new HashMap<>(), new ConcurrentHashMap<>());
        Map<CompiledToolchain, Map<String, String>> misses = new LinkedHashMap<>();
        for (Program program : programs) {
            if (toolchain(program.target()) instanceof CompiledToolchain compiled) {
                builds.entries().computeIfAbsent(key(compiled, program), key -> {
                    Optional<ArtefactCache.Entry> hit = cache.lookup(program.target(), key);
                    if (hit.isPresent()) {
                        return CompletableFuture.completedFuture(hit.get());
                    }
                    misses.computeIfAbsent(compiled, c -> new LinkedHashMap<>()).put(key, program.source());
                    return new CompletableFuture<>();
                });
            }
        }
        misses.forEach((compiled, sources) -> {
            List<String> keys = new ArrayList<>(sources.keySet());
            for (int from = 0; from < keys.size(); from += compiled.batchSize()) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + compiled.batchSize()));
                CompletableFuture.runAsync(() -> buildChunk(compiled, chunk, sources, builds), pool)
                        .exceptionally(failure -> {
                            chunk.forEach(key -> builds.entries().get(key).completeExceptionally(failure));
                            return null;
                        });
            }
        });
        return builds;
    }

    private String key(CompiledToolchain toolchain, Program program) {
        return ArtefactCache.key(program.target(), toolchains.version(program.target()), toolchain.buildFlags(),
                program.source());
    }

    private Toolchain toolchain(Target target) {
        Toolchain toolchain = instances.get(target);
        if (toolchain == null) {
            throw new IllegalStateException(target + " has no toolchain here: " + toolchains.availability(target)
                    + " (call Toolchains.require(" + target + ") first)");
        }
        return toolchain;
    }

    /**
     * Builds one chunk, completing each key's future as soon as its entry is stored. A timed-out batch is retried
     * program by program, so one pathological program cannot fail its neighbours.
     */
    private void buildChunk(CompiledToolchain toolchain, List<String> keys, Map<String, String> sources,
            Builds builds) {
        List<CompiledToolchain.BuildOutcome> outcomes = null;
        Path work = cache.newWorkDirectory();
        try {
            List<Path> units = new ArrayList<>();
            for (String key : keys) {
                units.add(writeUnit(work, key, toolchain.sourceFile(), sources.get(key)));
            }
            outcomes = toolchain.build(work, units, processes, settings.compileTimeout());
            for (int i = 0; i < keys.size(); i++) {
                CompiledToolchain.BuildOutcome outcome = outcomes.get(i);
                String key = keys.get(i);
                if (outcome.timedOut() && keys.size() > 1) {
                    continue;
                }
                builds.fresh().put(key, new Compilation(outcome.ok(), outcome.diagnostics(), false, outcome.timedOut(),
                        outcome.duration()));
                builds.entries().get(key).complete(outcome.timedOut()
                        ? new ArtefactCache.Entry(units.get(i), false, outcome.diagnostics())
                        : cache.store(toolchain.target(), key, units.get(i), outcome.ok(), outcome.diagnostics()));
            }
        } finally {
            cache.delete(work);
        }
        if (keys.size() > 1 && outcomes.stream().anyMatch(CompiledToolchain.BuildOutcome::timedOut)) {
            for (int i = 0; i < keys.size(); i++) {
                if (outcomes.get(i).timedOut()) {
                    buildChunk(toolchain, List.of(keys.get(i)), sources, builds);
                }
            }
        }
    }

    private static Path writeUnit(Path work, String key, String sourceFile, String source) {
        try {
            // A letter first: Go package folders and tsc paths want an identifier-like name.
            Path unit = Files.createDirectory(work.resolve("p" + key.substring(0, 20)));
            Files.writeString(unit.resolve(sourceFile), source, StandardCharsets.UTF_8);
            return unit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunResult runBuilt(Program program, CompiledToolchain toolchain, ArtefactCache.Entry entry,
            Compilation freshCompilation) {
        Compilation compilation = freshCompilation != null ? freshCompilation
                : new Compilation(entry.ok(), entry.diagnostics(), true, false, Duration.ZERO);
        if (!compilation.ok()) {
            return new RunResult(program, compilation, Optional.empty());
        }
        Path scratch = cache.newWorkDirectory();
        try {
            Processes.Completed completed = processes.run(toolchain.runCommand(entry.unit()), scratch, Map.of(), "",
                    settings.runTimeout());
            return new RunResult(program, compilation, Optional.of(Execution.of(completed)));
        } finally {
            cache.delete(scratch);
        }
    }

    private Processes.Completed runScript(ScriptToolchain toolchain, String script) {
        Path scratch = cache.newWorkDirectory();
        try {
            return toolchain.run(script, scratch, processes, settings.runTimeout());
        } finally {
            cache.delete(scratch);
        }
    }

    /** Stops the pool and prunes the cache to its budget. */
    @Override
    public void close() {
        pool.shutdownNow();
        cache.prune(settings.cacheBudgetBytes());
    }
}
