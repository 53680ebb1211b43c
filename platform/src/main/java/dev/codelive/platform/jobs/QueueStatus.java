package dev.codelive.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How full the queues are, across every replica, as of a moment.
 *
 * @param asOf when it was counted
 * @param queues one entry per queue that has jobs or a handler here
 */
public record QueueStatus(Instant asOf, List<QueueDepth> queues) {
    public QueueStatus {
        queues = List.copyOf(queues);
    }

    /**
     * @param queue the queue
     * @param jobs job count by state (every state present, zero included, for the states that were counted)
     * @param oldestWaiting how long the longest-waiting due job has waited for a worker; empty when none waits
     */
    public record QueueDepth(String queue, Map<JobState, Long> jobs, Optional<Duration> oldestWaiting) {
        public QueueDepth {
            jobs = Map.copyOf(jobs);
        }
    }
}
