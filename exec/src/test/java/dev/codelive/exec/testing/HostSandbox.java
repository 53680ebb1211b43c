package dev.codelive.exec.testing;

import dev.codelive.exec.language.BuildCache;
import dev.codelive.exec.language.ToolchainLocations;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.language.WorkDirectory;
import dev.codelive.exec.run.RunningExecutions;
import dev.codelive.exec.run.Runner;
import dev.codelive.exec.run.SandboxShape;
import dev.codelive.exec.run.SqlRunner;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxProbe;
import dev.codelive.platform.config.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The real sandbox of this machine, for tests: bubblewrap, its cgroups, the installed toolchains. */
public final class HostSandbox {
    public static final Path BUBBLEWRAP = Path.of("/usr/bin/bwrap");
    /** Test runs take uids above the server's default range, so a test never meets a server's runs. */
    public static final int UID_BASE = 62000;
    public static final SandboxShape SHAPE = new SandboxShape(64, 256, 16L << 20, 64L << 20, 2, Duration.ofSeconds(60), 1024L << 20,
            128, 64 << 10, 64L << 20);
    private static final Toolchains TOOLCHAINS = Toolchains.detect(ToolchainLocations.from(repositoryEnvironment()), WorkDirectory.open(Path.of(System.getProperty("java.io.tmpdir"), "codelive-exec-test-toolchains-" + ProcessHandle.current().pid())));

    private HostSandbox() {}

    public static Sandbox sandbox() {
        return Sandbox.onThisHost(BUBBLEWRAP, Optional.empty());
    }

    /** Why the sandbox cannot run here, if it cannot. */
    public static Optional<String> unavailable() {
        return SandboxProbe.check(sandbox(), BUBBLEWRAP, UID_BASE);
    }

    public static Toolchains toolchains() {
        return TOOLCHAINS;
    }

    public static Runner runner(Sandbox sandbox, Path workRoot, RunningExecutions running, SqlRunner sql) {
        return new Runner(sandbox, TOOLCHAINS, new BuildCache(64), WorkDirectory.open(workRoot), SHAPE, running, sql);
    }

    /** The environment with the repository's pinned TypeScript (tests run in a module directory). */
    public static Environment repositoryEnvironment() {
        return new Environment(repositoryVariables());
    }

    public static java.util.Map<String, String> repositoryVariables() {
        java.util.Map<String, String> variables = new java.util.HashMap<>(System.getenv());
        variables.putIfAbsent("EXEC_TYPESCRIPT_HOME", Path.of("..", "tools", "typescript").toAbsolutePath().normalize().toString());
        return variables;
    }
}
