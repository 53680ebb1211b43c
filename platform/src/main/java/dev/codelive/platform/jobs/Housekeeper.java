package dev.codelive.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic upkeep of the queue on this replica, one tick per poll interval: renews the leases of the jobs it
 * runs (writing their progress), passes cancel requests to their handlers, takes back lapsed leases of dead
 * workers on any replica, and recounts the queue depth for the metrics.
 */
final class Housekeeper {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeper.class);
    static final Set<JobState> LIVE = EnumSet.of(JobState.QUEUED, JobState.RUNNING);

    private final JobStore store;
    private final JobMetrics metrics;
    private final Map<String, RunningJob> running;
    private final String workerId;
    private final Duration lease;
    private final Duration reapInterval;
    private final Duration statsInterval;
    private final Clock clock;
    private final Supplier<Set<String>> localQueues;
    private final Failures failures = new Failures();
    private volatile QueueStatus status = new QueueStatus(Instant.EPOCH, List.of());
    private long nextReapNanos = System.nanoTime();
    private long nextStatsNanos = System.nanoTime();

    Housekeeper(JobStore store, JobMetrics metrics, Map<String, RunningJob> running, String workerId, Duration lease,
                Duration pollInterval, Duration statsInterval, Clock clock, Supplier<Set<String>> localQueues) {
        this.store = store;
        this.metrics = metrics;
        this.running = running;
        this.workerId = workerId;
        this.lease = lease;
        this.reapInterval = max(pollInterval, lease.dividedBy(4));
        this.statsInterval = statsInterval;
        this.clock = clock;
        this.localQueues = localQueues;
    }

    QueueStatus status() {
        return status;
    }

    void tick() {
        renewLeases();
        passOnCancelRequests();
        long now = System.nanoTime();
        if (now - nextReapNanos >= 0) {
            nextReapNanos = now + reapInterval.toNanos();
            reap();
        }
        if (now - nextStatsNanos >= 0) {
            nextStatsNanos = now + statsInterval.toNanos();
            refreshStatus();
        }
    }

    /**
     * Renews a lease when a third of it has passed, or sooner to write new progress. A lease found gone means
     * another replica took the job back (this one stalled) or an admin purged it: its handler is told to stop.
     */
    private void renewLeases() {
        long renewEvery = lease.dividedBy(3).toNanos();
        for (RunningJob job : List.copyOf(running.values())) {
            long now = System.nanoTime();
            boolean unsavedProgress = job.takeUnsavedProgress();
            if (!unsavedProgress && now - job.lastRenewedNanos() < renewEvery) {
                continue;
            }
            RunningJob.Progress progress = job.currentProgress();
            try {
                Instant at = clock.instant();
                if (store.renew(job.jobId(), workerId, at.plus(lease), progress.fraction(), progress.message(), at)) {
                    job.renewed(now);
                } else if (running.get(job.jobId()) == job) {
                    // Still this attempt (not one that just settled, nor the next attempt of the same job).
                    LOG.warn("job {}: lease lost (taken back by another worker, or purged); stopping it here", job.jobId());
                    job.loseLease();
                }
                failures.recovered("lease renewal");
            } catch (RuntimeException e) {
                if (unsavedProgress) {
                    job.progressUnsaved();
                }
                failures.failed("lease renewal", e);
            }
        }
    }

    private void passOnCancelRequests() {
        if (running.isEmpty()) {
            return;
        }
        try {
            for (String id : store.cancelRequested(List.copyOf(running.keySet()))) {
                Optional.ofNullable(running.get(id)).ifPresent(RunningJob::requestCancel);
            }
            failures.recovered("cancel check");
        } catch (RuntimeException e) {
            failures.failed("cancel check", e);
        }
    }

    private void reap() {
        try {
            List<JobStore.Reaped> reaped = store.reapExpired(clock.instant());
            for (JobStore.Reaped job : reaped) {
                LOG.warn("job {} on queue {}: its worker stopped renewing the lease; now {}", job.id(), job.queue(), job.to());
                metrics.leaseExpired(job.queue(), 1);
                if (job.to() == JobState.FAILED) {
                    metrics.failed(job.queue());
                }
            }
            failures.recovered("lease reaper");
        } catch (RuntimeException e) {
            failures.failed("lease reaper", e);
        }
    }

    /** Recounts now; the previous figures stay if the database cannot answer. Also called after a purge. */
    synchronized void refreshStatus() {
        try {
            Instant now = clock.instant();
            status = count(LIVE, now);
            metrics.depth(status);
            failures.recovered("queue depth");
        } catch (RuntimeException e) {
            failures.failed("queue depth", e);
        }
    }

    /** Counts {@code states} for every queue with jobs or a handler here; states without jobs count zero. */
    QueueStatus count(Set<JobState> states, Instant now) {
        Map<String, Map<JobState, Long>> depth = store.depth(states);
        Map<String, Instant> oldestDue = store.oldestDue(now);
        Set<String> queues = new TreeSet<>(localQueues.get());
        queues.addAll(depth.keySet());
        queues.addAll(oldestDue.keySet());
        List<QueueStatus.QueueDepth> rows = new ArrayList<>();
        for (String queue : queues) {
            Map<JobState, Long> counts = new EnumMap<>(JobState.class);
            states.forEach(state -> counts.put(state, depth.getOrDefault(queue, Map.of()).getOrDefault(state, 0L)));
            Optional<Duration> waited = Optional.ofNullable(oldestDue.get(queue)).map(due -> max(Duration.ZERO, Duration.between(due, now)));
            rows.add(new QueueStatus.QueueDepth(queue, counts, waited));
        }
        return new QueueStatus(now, rows);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Logs the first failure of each activity and its recovery, not every tick of an outage. */
    private static final class Failures {
        private final Set<String> failing = ConcurrentHashMap.newKeySet();

        void failed(String activity, RuntimeException e) {
            if (failing.add(activity)) {
                LOG.warn("jobs: {} failed; retrying every tick", activity, e);
            }
        }

        void recovered(String activity) {
            if (failing.remove(activity)) {
                LOG.info("jobs: {} works again", activity);
            }
        }
    }
}
