package dev.codelive.exec.sandbox;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a sandboxed run did.
 *
 * @param ending why it stopped
 * @param exitCode the program's exit code; empty when a signal ended it
 * @param signal the signal that ended it, as a number
 * @param stdout standard output, at most the limit
 * @param stderr standard error, at most the limit
 * @param stdoutTruncated whether standard output went over its limit
 * @param stderrTruncated whether standard error went over its limit
 * @param wallNanos time from start to the end of the whole tree
 * @param peakMemoryBytes the tree's peak memory, where cgroups measure it
 */
public record SandboxResult(Ending ending, OptionalInt exitCode, OptionalInt signal, byte[] stdout, byte[] stderr,
        boolean stdoutTruncated, boolean stderrTruncated, long wallNanos, OptionalLong peakMemoryBytes) {

    /** Exited by itself with status 0. */
    public boolean succeeded() {
        return ending == Ending.EXITED && exitCode.orElse(-1) == 0;
    }
}
