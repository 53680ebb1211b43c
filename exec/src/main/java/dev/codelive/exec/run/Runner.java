package dev.codelive.exec.run;

import dev.codelive.exec.language.Build;
import dev.codelive.exec.language.BuildCache;
import dev.codelive.exec.language.Command;
import dev.codelive.exec.language.CompileFailedException;
import dev.codelive.exec.language.Language;
import dev.codelive.exec.language.Recipes;
import dev.codelive.exec.language.Toolchain;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.language.WorkDirectory;
import dev.codelive.exec.sandbox.Bind;
import dev.codelive.exec.sandbox.Ending;
import dev.codelive.exec.sandbox.ResourceLimits;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxRequest;
import dev.codelive.exec.sandbox.SandboxResult;
import dev.codelive.exec.sandbox.SandboxedProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs one execution: stages the code, builds it when the language is compiled (or takes the build from the cache),
 * runs it in a fresh sandbox, and reports what happened. The caller holds a free slot, whose uid it passes in.
 */
public final class Runner {
    private final Sandbox sandbox;
    private final Toolchains toolchains;
    private final BuildCache builds;
    private final WorkDirectory work;
    private final SandboxShape shape;
    private final RunningExecutions running;
    private final SqlRunner sql;

    public Runner(Sandbox sandbox, Toolchains toolchains, BuildCache builds, WorkDirectory work, SandboxShape shape,
            RunningExecutions running, SqlRunner sql) {
        this.sandbox = sandbox;
        this.toolchains = toolchains;
        this.builds = builds;
        this.work = work;
        this.shape = shape;
        this.running = running;
        this.sql = sql;
    }

    public ExecutionReport run(ExecutionOrder order, int hostUid) throws InterruptedException {
        Language language = order.language();
        Toolchain toolchain = toolchains.of(language);
        if (!toolchain.available()) {
            throw new LanguageUnavailableException(language, toolchain.missing().orElseThrow());
        }
        Path runDirectory = work.newRun();
        try {
            Path source = runDirectory.resolve(language.sourceFile());
            WorkDirectory.write(source, order.code().getBytes(StandardCharsets.UTF_8), false);
            List<Bind> binds = new ArrayList<>(toolchain.binds());
            OptionalLong compileMs = OptionalLong.empty();
            boolean cached = false;
            if (language.compiled()) {
                String key = BuildCache.key(language, toolchain.version(), order.code());
                cached = builds.contains(key);
                Build build;
                try {
                    build = builds.get(key, () -> compile(language, toolchain, source, hostUid));
                } catch (CompileFailedException failed) {
                    return compileFailure(failed.result());
                }
                if (!cached) {
                    compileMs = OptionalLong.of(build.compileMillis());
                }
                binds.add(new Bind(build.artefact(), Recipes.SOURCES + "/" + Recipes.artefactName(language)));
            } else {
                binds.add(new Bind(source, Recipes.SOURCES + "/" + language.sourceFile()));
            }
            List<String> driverArgs = List.of();
            if (language == Language.SQL) {
                binds.addAll(sql.binds());
                driverArgs = sql.driverArgs(order.sql());
            }
            ResourceLimits limits = shape.forRun(order.limits());
            Command command = Recipes.run(language, order.args(), limits.memoryBytes(), driverArgs);
            SandboxResult result = execute(new SandboxRequest(command.argv(), command.environment(), binds,
                    order.stdin().getBytes(StandardCharsets.UTF_8), limits, command.addressSpaceLimited()), hostUid);
            ExecutionReport report = report(result, compileMs, cached);
            return language == Language.SQL ? sql.interpret(report) : report;
        } finally {
            WorkDirectory.delete(runDirectory);
        }
    }

    private Build compile(Language language, Toolchain toolchain, Path source, int hostUid) {
        Command command = Recipes.build(language, toolchain).orElseThrow();
        List<Bind> binds = new ArrayList<>(toolchain.binds());
        binds.add(new Bind(source, Recipes.SOURCES + "/" + language.sourceFile()));
        ResourceLimits limits = shape.forBuild();
        long start = System.nanoTime();
        SandboxResult result;
        try {
            result = execute(new SandboxRequest(command.argv(), command.environment(), binds, new byte[0], limits, false), hostUid);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        }
        if (!result.succeeded() || result.stdoutTruncated()) {
            throw new CompileFailedException(result);
        }
        Path artefact = work.newBuild().resolve(Recipes.artefactName(language));
        WorkDirectory.write(artefact, result.stdout(), true);
        return new Build(artefact, (System.nanoTime() - start) / 1_000_000);
    }

    private SandboxResult execute(SandboxRequest request, int hostUid) throws InterruptedException {
        SandboxedProcess process = sandbox.start(request, hostUid);
        running.add(process);
        try {
            return process.await();
        } finally {
            running.remove(process);
        }
    }

    private static ExecutionReport report(SandboxResult result, OptionalLong compileMs, boolean cached) {
        Status status = switch (result.ending()) {
            case EXITED -> result.succeeded() ? Status.OK : Status.RUNTIME_ERROR;
            case TIMED_OUT -> Status.TIMEOUT;
            case MEMORY_LIMIT -> Status.MEMORY_LIMIT;
            case OUTPUT_LIMIT -> Status.OUTPUT_LIMIT;
            case KILLED -> Status.KILLED;
        };
        return new ExecutionReport(status, result.exitCode(), result.signal(), text(result.stdout()), text(result.stderr()),
                result.stdoutTruncated(), result.stderrTruncated(), 0, compileMs, result.wallNanos() / 1_000_000,
                result.peakMemoryBytes().isPresent() ? OptionalLong.of(result.peakMemoryBytes().getAsLong() / 1024) : OptionalLong.empty(),
                cached, Optional.empty());
    }

    private static ExecutionReport compileFailure(SandboxResult result) {
        Status status = switch (result.ending()) {
            case TIMED_OUT -> Status.TIMEOUT;
            case MEMORY_LIMIT -> Status.MEMORY_LIMIT;
            case KILLED -> Status.KILLED;
            case EXITED, OUTPUT_LIMIT -> Status.COMPILE_ERROR;
        };
        String diagnostics = text(result.stderr());
        if (result.ending() == Ending.OUTPUT_LIMIT && result.stdoutTruncated()) {
            diagnostics += "\nthe built program is larger than the sandbox allows";
        }
        return new ExecutionReport(status, result.exitCode(), result.signal(), "", diagnostics, false, result.stderrTruncated(), 0,
                OptionalLong.of(result.wallNanos() / 1_000_000), 0, OptionalLong.empty(), false, Optional.empty());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
