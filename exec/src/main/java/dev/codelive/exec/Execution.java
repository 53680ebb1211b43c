package dev.codelive.exec;

import dev.codelive.exec.api.ExecModule;
import dev.codelive.exec.api.ExecutionRecorder;
import dev.codelive.exec.api.LoggedExecutions;
import dev.codelive.exec.history.ExecutionLog;
import dev.codelive.exec.history.HistoryModule;
import dev.codelive.exec.language.BuildCache;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.language.WorkDirectory;
import dev.codelive.exec.language.sql.SqliteRunner;
import dev.codelive.exec.run.Runner;
import dev.codelive.exec.run.RunningExecutions;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxProbe;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.server.ServerModule;
import java.util.Optional;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Live execution's entry point: the sandbox of this host, the language runners, and the execute API. */
public final class Execution {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);

    private Execution() {}

    /**
     * The module, configured from {@code env} and the server's policy ({@code modules.exec}): the execute API, and
     * the execution log and feedback endpoints it records into.
     */
    public static ServerModule module(Environment env) {
        return platform -> {
            new HistoryModule().register(platform);
            ExecPolicy policy = new PolicyLoader().bindModule(platform.policy(), ExecPolicy.SECTION, ExecPolicy.class);
            ExecSettings settings = ExecSettings.from(env);
            WorkDirectory work = WorkDirectory.open(settings.workRoot());
            Sandbox sandbox = Sandbox.onThisHost(settings.bubblewrap(), settings.cgroupParent());
            // The probe runs as the uid just above the runs' range, so it never shares a uid with a run.
            Optional<String> unavailable = SandboxProbe.check(sandbox, settings.bubblewrap(), policy.uidBase() + settings.maxConcurrent());
            unavailable.ifPresentOrElse(reason -> LOG.warn("code execution is OFF: {}", reason),
                    () -> LOG.info("sandbox ready: bubblewrap with {}, {}", sandbox.enforcement(),
                            sandbox.switchesUid() ? "a uid per run" : "the server's uid"));
            Toolchains toolchains = Toolchains.detect(settings.toolchains(), work);
            RunningExecutions running = new RunningExecutions();
            BuildCache builds = platform.closeOnShutdown("build cache", new BuildCache(policy.buildCacheEntries()));
            Runner runner = new Runner(sandbox, toolchains, builds, work, policy.shape(), running, new SqliteRunner(work));
            platform.closeOnShutdown("running executions", running::killAll);
            ExecutionRecorder log = new LoggedExecutions(new ExecutionLog(platform.database().jdbi(), platform.ownedRows()), Clock.systemUTC());
            new ExecModule(policy, sandbox, () -> unavailable, toolchains, running, settings.maxConcurrent(), runner, log).register(platform);
        };
    }
}
