package dev.codelive.exec.sandbox;

import java.time.Duration;

/**
 * What one sandboxed process tree may use. Every limit is enforced by the kernel or by the runner while the process
 * runs, never checked afterwards.
 *
 * @param wallTime wall-clock time, after which the whole tree is killed
 * @param cpuTime CPU time of each process (RLIMIT_CPU), a backstop for a busy loop that the wall clock also catches
 * @param memoryBytes memory of the whole tree (cgroup), or of each process (address space) where cgroups are missing
 * @param processes processes and threads of the tree
 * @param fileSizeBytes largest file a process may write (RLIMIT_FSIZE)
 * @param openFiles open file descriptors per process (RLIMIT_NOFILE)
 * @param tmpBytes size of the private {@code /tmp}
 * @param stdoutBytes standard output kept; more stops the run
 * @param stderrBytes standard error kept; more stops the run
 */
public record ResourceLimits(Duration wallTime, Duration cpuTime, long memoryBytes, int processes, long fileSizeBytes,
        int openFiles, long tmpBytes, long stdoutBytes, long stderrBytes) {

    public ResourceLimits {
        positive("wall time", wallTime.toMillis());
        positive("cpu time", cpuTime.toMillis());
        positive("memory", memoryBytes);
        positive("processes", processes);
        positive("file size", fileSizeBytes);
        positive("open files", openFiles);
        positive("tmp size", tmpBytes);
        positive("stdout", stdoutBytes);
        positive("stderr", stderrBytes);
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }

    /** CPU seconds for RLIMIT_CPU, rounded up: the kernel counts whole seconds. */
    long cpuSeconds() {
        return Math.max(1, (cpuTime.toMillis() + 999) / 1000);
    }
}
