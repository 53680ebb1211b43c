package dev.codelive.exec.run;

import dev.codelive.exec.sandbox.SandboxedProcess;
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
        int killed = 0;
        for (SandboxedProcess process : running) {
            process.kill();
            killed++;
        }
        return killed;
    }
}
