package dev.codelive.exec.run;

import dev.codelive.exec.sandbox.ResourceLimits;
import java.time.Duration;

/**
 * The limits of the sandbox that callers do not choose: the same for every run, from the policy.
 *
 * @param processes processes and threads of a run
 * @param openFiles open files per process
 * @param fileSizeBytes largest file a process may write
 * @param tmpBytes size of the private /tmp
 * @param cpuPerWallSecond CPU seconds allowed per second of wall time (the cores a run may keep busy)
 * @param compileTimeout wall time of a build
 * @param compileMemoryBytes memory of a build
 * @param compileProcesses processes and threads of a build
 * @param diagnosticsBytes compiler messages kept
 * @param artefactBytes largest built program
 */
public record SandboxShape(int processes, int openFiles, long fileSizeBytes, long tmpBytes, int cpuPerWallSecond,
        Duration compileTimeout, long compileMemoryBytes, int compileProcesses, long diagnosticsBytes, long artefactBytes) {

    /** The sandbox limits of a run with the caller's {@code limits}. */
    public ResourceLimits forRun(RunLimits limits) {
        Duration wall = Duration.ofMillis(limits.timeoutMs());
        long output = limits.outputKb() * 1024;
        return new ResourceLimits(wall, wall.multipliedBy(cpuPerWallSecond), limits.memoryMb() << 20, processes, fileSizeBytes, openFiles,
                tmpBytes, output, output);
    }

    /** The sandbox limits of a build: its standard output is the artefact, its standard error the diagnostics. */
    public ResourceLimits forBuild() {
        return new ResourceLimits(compileTimeout, compileTimeout.multipliedBy(cpuPerWallSecond), compileMemoryBytes, compileProcesses,
                artefactBytes, openFiles, tmpBytes, artefactBytes, diagnosticsBytes);
    }
}
