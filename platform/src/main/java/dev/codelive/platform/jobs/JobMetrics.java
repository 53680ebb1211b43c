package dev.codelive.platform.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The queue's meters. Depth gauges read a snapshot the housekeeper refreshes, never the database, so a scrape costs
 * nothing; being counted from the shared table, they show the same figure on every replica (aggregate with max).
 */
final class JobMetrics {
    private static final Duration[] DURATION_BUCKETS = {
        Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
        Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1)
    };

    private final MeterRegistry registry;
    private final MultiGauge depth;
    private final MultiGauge oldestWaiting;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.depth = MultiGauge.builder("jobs.queue.depth")
                .description("Jobs queued or running, by queue and state, across all replicas")
                .register(registry);
        this.oldestWaiting = MultiGauge.builder("jobs.queue.oldest.waiting")
                .description("How long the longest-waiting due job of a queue has waited for a worker")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Makes a queue's counters visible at zero before anything happens on it. */
    void queueRegistered(String queue) {
        failures(queue);
        retries(queue);
        leaseExpired(queue);
    }

    /**
     * @param outcome complete, failed, retry, cancelled, lost (another worker has it now) or released (shutdown)
     */
    void attemptFinished(String queue, String outcome, long nanos) {
        Timer.builder("jobs.duration")
                .description("Job attempts by queue and outcome")
                .tags("queue", queue, "outcome", outcome)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void failed(String queue) {
        failures(queue).increment();
    }

    void retried(String queue) {
        retries(queue).increment();
    }

    void leaseExpired(String queue, int jobs) {
        leaseExpired(queue).increment(jobs);
    }

    void depth(QueueStatus status) {
        List<MultiGauge.Row<?>> depthRows = new ArrayList<>();
        List<MultiGauge.Row<?>> waitingRows = new ArrayList<>();
        for (QueueStatus.QueueDepth queue : status.queues()) {
            queue.jobs().forEach((state, jobs) -> depthRows.add(MultiGauge.Row.of(Tags.of("queue", queue.queue(), "state", state.name()), jobs)));
            double waited = queue.oldestWaiting().map(age -> age.toMillis() / 1000.0).orElse(0.0);
            waitingRows.add(MultiGauge.Row.of(Tags.of("queue", queue.queue()), waited));
        }
        depth.register(depthRows, true);
        oldestWaiting.register(waitingRows, true);
    }

    private Counter failures(String queue) {
        return Counter.builder("jobs.failures").description("Jobs that ended FAILED").tag("queue", queue).register(registry);
    }

    private Counter retries(String queue) {
        return Counter.builder("jobs.retries").description("Failed attempts put back in the queue to retry").tag("queue", queue).register(registry);
    }

    private Counter leaseExpired(String queue) {
        return Counter.builder("jobs.lease.expired")
                .description("Running jobs taken back because their worker stopped renewing the lease")
                .tag("queue", queue)
                .register(registry);
    }
}
