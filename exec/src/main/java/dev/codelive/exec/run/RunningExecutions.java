package dev.codelive.exec.run;

import dev.codelive.exec.sandbox.SandboxedProcess;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sandboxed processes running on this replica, so that an admin's kill switch can stop them all. */
public final class RunningExecutions {
    private final Set<SandboxedProcess> running = ConcurrentHashMap.newKeySet();

    void add(SandboxedProcess process) {
        running.add(process);
    }

    void remove(SandboxedProcess process) {
        running.remove(process);
    }

    public int count() {
        return running.size();
    }

    /** Kills every running process; their executions end as {@code killed}. Returns how many there were. */
    public int killAll() {
        return killStartedBefore(Instant.MAX);
    }

    /**
     * Kills the processes started before {@code instant}: an admin's stop reaches other replicas later, by when
     * runs started after it (a waiting caller's) must live.
     */
    public int killStartedBefore(Instant instant) {
        int killed = 0;
        for (SandboxedProcess process : running) {
            if (process.startedAt().isBefore(instant)) {
                process.kill();
                killed++;
            }
        }
        return killed;
    }
}
