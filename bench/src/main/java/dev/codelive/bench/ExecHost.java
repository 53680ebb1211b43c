package dev.codelive.bench;

import dev.codelive.exec.ExecPolicy;
import dev.codelive.exec.ExecSettings;
import dev.codelive.exec.language.BuildCache;
import dev.codelive.exec.language.Command;
import dev.codelive.exec.language.Language;
import dev.codelive.exec.language.Recipes;
import dev.codelive.exec.language.Toolchain;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.language.WorkDirectory;
import dev.codelive.exec.language.sql.SqliteRunner;
import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.Runner;
import dev.codelive.exec.run.RunningExecutions;
import dev.codelive.exec.sandbox.Bind;
import dev.codelive.exec.sandbox.ResourceLimits;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxProbe;
import dev.codelive.exec.sandbox.SandboxRequest;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live-execution stack of this machine, put together as the server's {@code Execution.module} does: the
 * settings from the environment ({@code EXEC_*}), bubblewrap with the host's cgroups and a uid per run, the installed
 * toolchains, a build cache, and the bundled policy's limits. Runs use the policy's default limits.
 */
final class ExecHost implements AutoCloseable {
    /** Where the bench stages code unless {@code EXEC_WORK_DIR} says otherwise: apart from a server's work directory. */
    private static final String WORK_DIR = "codelive-exec-bench";

    private final ExecPolicy policy;
    private final ExecSettings settings;
    private final Sandbox sandbox;
    private final Toolchains toolchains;
    private final WorkDirectory work;
    private final BuildCache builds;
    private final Runner runner;

    private ExecHost(ExecPolicy policy, ExecSettings settings, Sandbox sandbox, Toolchains toolchains, WorkDirectory work, BuildCache builds,
            Runner runner) {
        this.policy = policy;
        this.settings = settings;
        this.sandbox = sandbox;
        this.toolchains = toolchains;
        this.work = work;
        this.builds = builds;
        this.runner = runner;
    }

    /**
     * The stack, once the sandbox has passed its probe (run as {@code probeUid}). {@code repository} is where the pinned
     * TypeScript compiler is ({@code tools/typescript}), unless {@code EXEC_TYPESCRIPT_HOME} is set.
     */
    static ExecHost open(Path repository, int probeUid) {
        PolicyLoader loader = new PolicyLoader();
        ExecPolicy policy = loader.bindModule(loader.load(Optional.empty()).policy(), ExecPolicy.SECTION, ExecPolicy.class);
        Map<String, String> variables = new HashMap<>(System.getenv());
        variables.putIfAbsent("EXEC_TYPESCRIPT_HOME", repository.resolve("tools/typescript").toAbsolutePath().normalize().toString());
        variables.putIfAbsent("EXEC_WORK_DIR", Path.of(System.getProperty("java.io.tmpdir"), WORK_DIR).toString());
        ExecSettings settings = ExecSettings.from(new Environment(variables));
        Sandbox sandbox = Sandbox.onThisHost(settings.bubblewrap(), settings.cgroupParent());
        SandboxProbe.check(sandbox, settings.bubblewrap(), probeUid).ifPresent(reason -> {
            throw new IllegalStateException("the sandbox does not work here: " + reason);
        });
        WorkDirectory work = WorkDirectory.open(settings.workRoot());
        Toolchains toolchains = Toolchains.detect(settings.toolchains(), work);
        BuildCache builds = new BuildCache(policy.buildCacheEntries());
        Runner runner = new Runner(sandbox, toolchains, builds, work, policy.shape(), new RunningExecutions(), new SqliteRunner(work));
        return new ExecHost(policy, settings, sandbox, toolchains, work, builds, runner);
    }

    Runner runner() {
        return runner;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    Path bubblewrap() {
        return settings.bubblewrap();
    }

    Toolchain toolchain(Language language) {
        return toolchains.of(language);
    }

    /** A run of {@code code} with the policy's default limits (and, for SQL, its default row cap and deadline, no sample data). */
    ExecutionOrder order(Language language, String code) {
        return new ExecutionOrder(language, code, "", List.of(), policy.defaultRunLimits(), policy.defaultSqlOptions());
    }

    /** The sandbox limits of a run with the default limits, as the Runner derives them. */
    ResourceLimits runLimits() {
        return policy.shape().forRun(policy.defaultRunLimits());
    }

    /**
     * An interpreted program written once into the work directory, to be run from there again and again: straight from
     * the host, or in the sandbox with the command and binds the Runner would give it.
     */
    Staged stage(Language language, String code) {
        if (language.compiled() || language == Language.SQL) {
            throw new IllegalArgumentException("only python and javascript run their source as it is: " + language.wire());
        }
        Path source = work.newRun().resolve(language.sourceFile());
        WorkDirectory.write(source, code.getBytes(StandardCharsets.UTF_8), false);
        ResourceLimits limits = runLimits();
        Command command = Recipes.run(language, List.of(), limits.memoryBytes(), List.of());
        List<Bind> binds = new ArrayList<>(toolchain(language).binds());
        String inSandbox = Recipes.SOURCES + "/" + language.sourceFile();
        binds.add(new Bind(source, inSandbox));
        List<String> direct = command.argv().stream().map(argument -> argument.equals(inSandbox) ? source.toString() : argument).toList();
        return new Staged(direct, command.environment(), new SandboxRequest(command.argv(), command.environment(), binds, new byte[0], limits,
                command.addressSpaceLimited()));
    }

    /**
     * One staged program.
     *
     * @param directArgv the sandbox's command line with the host path of the source in place of its path inside
     * @param environment the environment the sandbox gives it
     * @param request the sandbox request the Runner would make for it
     */
    record Staged(List<String> directArgv, Map<String, String> environment, SandboxRequest request) {}

    /** Closes the build cache and deletes this process's staged code and builds. */
    @Override
    public void close() {
        builds.close();
        WorkDirectory.delete(work.root());
    }
}
