package dev.codelive.exec;

import dev.codelive.exec.language.ToolchainLocations;
import dev.codelive.platform.config.Environment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Live execution's environment variables (README, "Configuration").
 *
 * @param maxConcurrent executions running at once on this replica ({@code MAX_CONCURRENT_EXECUTIONS})
 * @param bubblewrap the bubblewrap binary ({@code EXEC_BWRAP})
 * @param workRoot where code waits for its sandbox and builds are kept ({@code EXEC_WORK_DIR}); it must be
 *     reachable by other uids, which the runs have
 * @param cgroupParent a delegated cgroup v2 group for run groups ({@code EXEC_CGROUP_PARENT})
 * @param toolchains where TypeScript and rustc are ({@code EXEC_TYPESCRIPT_HOME}, {@code EXEC_RUSTC})
 */
public record ExecSettings(int maxConcurrent, Path bubblewrap, Path workRoot, Optional<Path> cgroupParent, ToolchainLocations toolchains) {

    public static ExecSettings from(Environment env) {
        Path defaultWork = Path.of(System.getProperty("java.io.tmpdir"), "codelive-exec");
        return new ExecSettings(
                env.integer("MAX_CONCURRENT_EXECUTIONS", 10, 1, 256),
                env.path("EXEC_BWRAP", "/usr/bin/bwrap"),
                env.path("EXEC_WORK_DIR", defaultWork.toString()),
                env.string("EXEC_CGROUP_PARENT").map(raw -> env.path("EXEC_CGROUP_PARENT", raw)),
                ToolchainLocations.from(env));
    }
}
