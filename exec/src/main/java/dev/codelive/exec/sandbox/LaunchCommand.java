package dev.codelive.exec.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The full command that starts a run: a shell that moves itself into the run's cgroups (so that nothing the run
 * starts is ever outside them), then, as the run's own unprivileged host uid where the server may switch to one,
 * the run's rlimits, then bubblewrap. Each step {@code exec}s the next, so the process the server holds is bubblewrap.
 */
final class LaunchCommand {
    /** Joins every cgroup named before "--", then runs what follows it. */
    private static final String JOIN_AND_EXEC = """
            while [ "$1" != "--" ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"
            """.strip();
    /** Exit code the joining shell uses when it cannot join a cgroup, so that the run is not started outside one. */
    static final int JOIN_FAILED = 125;

    private LaunchCommand() {}

    static List<String> of(List<Path> joinFiles, OptionalInt hostUid, ResourceLimits limits, boolean addressSpaceLimit,
            List<String> bubblewrap) {
        List<String> argv = new ArrayList<>();
        if (!joinFiles.isEmpty()) {
            argv.addAll(List.of("/bin/sh", "-c", JOIN_AND_EXEC, "codelive-exec-join"));
            joinFiles.forEach(file -> argv.add(file.toString()));
            argv.add("--");
        }
        hostUid.ifPresent(uid -> argv.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs")));
        long cpu = limits.cpuSeconds();
        argv.addAll(List.of("prlimit",
                // The soft limit sends SIGXCPU; the hard one, a second later, SIGKILL for a program that ignores it.
                "--cpu=" + cpu + ":" + (cpu + 1),
                "--fsize=" + limits.fileSizeBytes(),
                "--nofile=" + limits.openFiles(),
                "--core=0"));
        // RLIMIT_NPROC counts every process and thread of the uid: the run's own uid, or the server's, whose threads alone
        // would exceed it. Without a uid per run, only the pids cgroup caps processes (Sandbox refuses to run with neither).
        hostUid.ifPresent(uid -> argv.add("--nproc=" + limits.processes()));
        if (addressSpaceLimit) {
            argv.add("--as=" + limits.memoryBytes());
        }
        argv.add("--");
        argv.addAll(bubblewrap);
        return argv;
    }
}
