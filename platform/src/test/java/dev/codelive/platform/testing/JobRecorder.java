package dev.codelive.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every attempt the demo handler made, from any replica in this JVM: when it started and ended, and whether any
 * job ever ran twice at the same time.
 */
public final class JobRecorder {
    /** One run of the handler. */
    public record Attempt(String jobId, String replica, int attempt, long startNanos, long endNanos) {}

    private final Map<String, List<Attempt>> attempts = new ConcurrentHashMap<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final AtomicInteger overlaps = new AtomicInteger();

    /** Marks the start; counts an overlap if the job is already running somewhere. */
    long started(String jobId) {
        if (!active.add(jobId)) {
            overlaps.incrementAndGet();
        }
        return System.nanoTime();
    }

    void ended(String jobId, String replica, int attempt, long startNanos) {
        active.remove(jobId);
        attempts.computeIfAbsent(jobId, ignored -> new CopyOnWriteArrayList<>()).add(new Attempt(jobId, replica, attempt, startNanos, System.nanoTime()));
    }

    public List<Attempt> attempts(String jobId) {
        return List.copyOf(attempts.getOrDefault(jobId, List.of()));
    }

    public Map<String, List<Attempt>> all() {
        return Map.copyOf(attempts);
    }

    /** Times a job started while it was already running. */
    public int overlaps() {
        return overlaps.get();
    }
}
