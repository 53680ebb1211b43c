package dev.codelive.exec.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A run in progress. Its output is drained as it comes; {@link #await} enforces the wall clock and returns once
 * every process of the run is gone; {@link #kill} stops it from outside.
 */
public final class SandboxedProcess {
    /** Signals a run's exit status reports as 128 + n. */
    private static final int SIGNAL_BASE = 128;
    private static final int SIGXCPU = 24;
    private static final int MAX_SIGNAL = 64;
    private static final long READER_JOIN_MS = 2000;

    private final Process process;
    private final Optional<ResourceGroup> group;
    private final ResourceLimits limits;
    private final OptionalInt hostUid;
    private final long startNanos = System.nanoTime();
    private final java.time.Instant startedAt = java.time.Instant.now();
    private final CappedOutput stdout;
    private final CappedOutput stderr;
    private final Thread stdoutReader;
    private final Thread stderrReader;
    private volatile Ending forcedEnding;

    SandboxedProcess(Process process, Optional<ResourceGroup> group, ResourceLimits limits, OptionalInt hostUid) {
        this.process = process;
        this.group = group;
        this.limits = limits;
        this.hostUid = hostUid;
        this.stdout = new CappedOutput(limits.stdoutBytes(), () -> stop(Ending.OUTPUT_LIMIT));
        this.stderr = new CappedOutput(limits.stderrBytes(), () -> stop(Ending.OUTPUT_LIMIT));
        this.stdoutReader = Thread.ofVirtual().name("sandbox-stdout-" + process.pid()).start(() -> stdout.drain(process.getInputStream()));
        this.stderrReader = Thread.ofVirtual().name("sandbox-stderr-" + process.pid()).start(() -> stderr.drain(process.getErrorStream()));
    }

    void feed(byte[] input) {
        OutputStream stdin = process.getOutputStream();
        Thread.ofVirtual().name("sandbox-stdin-" + process.pid()).start(() -> {
            try (stdin) {
                stdin.write(input);
            } catch (IOException e) {
                // The program exited or closed its input before reading it all: that is its business.
            }
        });
    }

    /** The host uid the run's processes have, when the server switched to one. */
    public OptionalInt hostUid() {
        return hostUid;
    }

    /** When the run started, by the wall clock (comparable across replicas). */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    /** Stops the run from outside; {@link #await} then reports {@link Ending#KILLED}. */
    public void kill() {
        stop(Ending.KILLED);
    }

    private void stop(Ending reason) {
        synchronized (this) {
            if (forcedEnding != null) {
                return;
            }
            forcedEnding = reason;
        }
        killTree();
    }

    /** bubblewrap dies, its PID namespace's init with it (--die-with-parent), and with that every process inside. */
    private void killTree() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        group.ifPresent(ResourceGroup::killAll);
    }

    /** Waits for the run to end, at most its wall time, and for every process of it to be gone. */
    public SandboxResult await() throws InterruptedException {
        if (!process.waitFor(limits.wallTime().toNanos(), TimeUnit.NANOSECONDS)) {
            stop(Ending.TIMED_OUT);
            process.waitFor();
        }
        long wallNanos = System.nanoTime() - startNanos;
        OptionalLong peak = group.map(ResourceGroup::peakMemoryBytes).orElse(OptionalLong.empty());
        boolean outOfMemory = group.map(ResourceGroup::outOfMemory).orElse(false);
        try {
            group.ifPresent(ResourceGroup::close);
        } finally {
            stdoutReader.join(READER_JOIN_MS);
            stderrReader.join(READER_JOIN_MS);
        }
        int status = process.exitValue();
        boolean signalled = status > SIGNAL_BASE && status <= SIGNAL_BASE + MAX_SIGNAL;
        OptionalInt signal = signalled ? OptionalInt.of(status - SIGNAL_BASE) : OptionalInt.empty();
        OptionalInt exitCode = signalled ? OptionalInt.empty() : OptionalInt.of(status);
        return new SandboxResult(ending(status, signal, outOfMemory), exitCode, signal, stdout.bytes(), stderr.bytes(),
                stdout.truncated(), stderr.truncated(), wallNanos, peak);
    }

    private Ending ending(int status, OptionalInt signal, boolean outOfMemory) {
        if (forcedEnding != null) {
            return forcedEnding;
        }
        if (outOfMemory && status != 0) {
            return Ending.MEMORY_LIMIT;
        }
        if (signal.orElse(0) == SIGXCPU) {
            return Ending.TIMED_OUT;
        }
        return Ending.EXITED;
    }
}
