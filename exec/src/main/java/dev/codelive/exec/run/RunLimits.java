package dev.codelive.exec.run;

/**
 * The limits a caller may choose, after capping by the policy's maxima.
 *
 * @param timeoutMs wall-clock time of the run (the build has its own)
 * @param memoryMb memory of the run's whole process tree
 * @param outputKb standard output kept, and standard error likewise; more stops the run
 */
public record RunLimits(long timeoutMs, long memoryMb, long outputKb) {}
