package dev.codelive.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.config.Policy.JobsPolicy;
import dev.codelive.platform.db.OwnedRows;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable job queue shared by every replica on one database. Modules {@link #enqueue} work and
 * {@link #register} the handler of their queue; workers on any replica claim due jobs, run them under a renewed
 * lease, retry failures with exponential backoff, and take back the jobs of workers that died.
 *
 * <p>Guarantees: a job is run by one worker at a time while that worker keeps renewing its lease; it runs at least
 * once (a worker dying mid-job means another runs it again); an accepted job survives restarts of every replica.
 */
public final class JobQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);
    /** Queue names: short, lower case, safe as metric labels. */
    public static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,49}");
    public static final int MAX_IDEMPOTENCY_KEY = 200;
    private static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final JobStore store;
    private final ObjectMapper json;
    private final JobsPolicy policy;
    private final int defaultConcurrency;
    private final Duration drain;
    private final Clock clock;
    private final String workerId;
    private final JobMetrics metrics;
    private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private final Map<String, QueueWorker> workers = new ConcurrentHashMap<>();
    private final Map<String, Integer> localConcurrency = new ConcurrentHashMap<>();
    private final Map<String, JobPresenter> presenters = new ConcurrentHashMap<>();
    private final JobRunner runner;
    private final Housekeeper housekeeper;
    private volatile boolean draining;
    private volatile boolean releasing;
    private volatile boolean closed;
    private long drainDeadlineNanos;
    private Thread housekeeping;

    /**
     * @param json the API mapper: payloads and results are snake_case JSON like the API
     * @param defaultConcurrency workers per queue on this replica where the policy names none ({@code WORKER_CONCURRENCY})
     * @param drain how long running jobs may finish at shutdown before they are handed back ({@code SHUTDOWN_DRAIN_SECONDS})
     */
    public JobQueue(Jdbi jdbi, OwnedRows ownedRows, ObjectMapper json, JobsPolicy policy, int defaultConcurrency, Duration drain,
                    MeterRegistry registry, Clock clock) {
        ownedRows.declare(JobStore.OWNED_TABLE);
        this.store = new JobStore(jdbi, ownedRows);
        this.json = json;
        this.policy = policy;
        this.defaultConcurrency = defaultConcurrency;
        this.drain = drain;
        this.clock = clock;
        this.workerId = workerId();
        this.metrics = new JobMetrics(registry);
        Duration poll = Duration.ofMillis(policy.pollIntervalMs());
        this.runner = new JobRunner(store, json, metrics, new Backoff(Duration.ofMillis(policy.backoffBaseMs()), Duration.ofMillis(policy.backoffMaxMs())),
                clock, workerId, policy.maxPayloadBytes(), poll, running, () -> releasing);
        this.housekeeper = new Housekeeper(store, metrics, running, workerId, lease(), poll, Duration.ofMillis(policy.statsRefreshMs()), clock,
                localConcurrency::keySet);
    }

    /** Something unique to this process among the replicas, readable in the table: host, pid and a random part. */
    private static String workerId() {
        String host = ManagementFactory.getRuntimeMXBean().getName();
        String id = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 100 ? id : id.substring(id.length() - 100);
    }

    /** Starts the upkeep: lease renewal, cancel hand-over, taking back lapsed leases, depth counts. */
    public void start() {
        housekeeper.refreshStatus();
        housekeeping = Thread.ofVirtual().name("jobs-housekeeper").start(this::housekeepingLoop);
    }

    private void housekeepingLoop() {
        long interval = Duration.ofMillis(policy.pollIntervalMs()).toNanos();
        while (!closed) {
            LockSupport.parkNanos(interval);
            if (!closed) {
                housekeeper.tick();
            }
        }
    }

    /** As {@link #enqueue(String, String, String, Object, JobOptions)} with the policy's attempts and no delay. */
    public Job enqueue(String queue, String ownerId, String idempotencyKey, Object payload) {
        return enqueue(queue, ownerId, idempotencyKey, payload, JobOptions.DEFAULTS);
    }

    /**
     * Adds a job, durably: once this returns, the job survives any restart. With an idempotency key, enqueuing again
     * (also concurrently, from any replica) answers the job the first call made, whatever its state and payload.
     *
     * @param ownerId the user it runs for, or null for a system job
     * @param idempotencyKey the caller's key for this piece of work (1 to 200 characters, no control characters), or null
     * @param payload the handler's input, written as JSON (at most {@code jobs.max_payload_bytes})
     * @throws IllegalArgumentException for an invalid queue name or key, or a payload that is too large
     */
    public Job enqueue(String queue, String ownerId, String idempotencyKey, Object payload, JobOptions options) {
        requireQueueName(queue);
        Objects.requireNonNull(payload, "payload");
        if (idempotencyKey != null && !validIdempotencyKey(idempotencyKey)) {
            throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_IDEMPOTENCY_KEY + " characters without control characters");
        }
        String payloadJson;
        try {
            payloadJson = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (payloadJson.getBytes(StandardCharsets.UTF_8).length > policy.maxPayloadBytes()) {
            throw new IllegalArgumentException("the payload is larger than jobs.max_payload_bytes (" + policy.maxPayloadBytes() + ")");
        }
        // Microseconds: what both databases keep, so the job answered equals the job read back later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Job job = store.insertOrFind(new JobStore.NewJob(queue, Optional.ofNullable(ownerId), Optional.ofNullable(idempotencyKey), payloadJson,
                options.maxAttempts().orElse(policy.maxAttempts()), now.plus(options.delay())), now);
        Optional.ofNullable(workers.get(queue)).ifPresent(QueueWorker::wake);
        return job;
    }

    /**
     * Names the handler of {@code queue} and starts this replica's workers for it: {@code jobs.concurrency.<queue>}
     * from the policy, else {@code WORKER_CONCURRENCY}. With 0, this replica enqueues but leaves the running to others.
     */
    public void register(String queue, JobHandler handler) {
        requireQueueName(queue);
        Objects.requireNonNull(handler, "handler");
        int concurrency = policy.concurrency().getOrDefault(queue, defaultConcurrency);
        if (localConcurrency.putIfAbsent(queue, concurrency) != null) {
            throw new IllegalStateException("queue " + queue + " already has a handler");
        }
        metrics.queueRegistered(queue);
        if (concurrency == 0 || closed || draining) {
            LOG.info("queue {}: no workers on this replica", queue);
            return;
        }
        QueueWorker worker = new QueueWorker(queue, handler, concurrency, store, runner, workerId, lease(),
                Duration.ofMillis(policy.pollIntervalMs()), clock);
        workers.put(queue, worker);
        worker.start();
        LOG.info("queue {}: {} worker(s) on this replica", queue, concurrency);
    }

    /** Names how the job API shows the jobs of {@code queue}; without one they are shown plainly. */
    public void present(String queue, JobPresenter presenter) {
        requireQueueName(queue);
        presenters.put(queue, Objects.requireNonNull(presenter, "presenter"));
    }

    /** How the job API shows the jobs of {@code queue}. */
    public JobPresenter presenter(String queue) {
        return presenters.getOrDefault(queue, JobPresenter.PLAIN);
    }

    /** Any job by id, for the module that owns its queue. */
    public Optional<Job> find(String id) {
        return store.find(id);
    }

    /** The job if {@code ownerId} owns it; absent otherwise, so that another user's job looks like no job. */
    public Optional<Job> findOwned(String id, String ownerId) {
        return store.findOwned(id, ownerId);
    }

    public List<Job> list(JobQuery query) {
        return store.list(query);
    }

    /**
     * Cancels a job: a queued one at once, a running one by request (its handler sees it and stops). A finished job
     * stays as it is. Answers the job afterwards; empty when there is none, or it is not {@code ownerId}'s.
     *
     * @param ownerId the owner; empty for an admin, who may cancel any job
     */
    public Optional<Job> cancel(String id, Optional<String> ownerId) {
        Optional<Job> job = store.cancel(id, ownerId, clock.instant());
        job.filter(Job::cancelRequested).map(Job::id).map(running::get).ifPresent(RunningJob::requestCancel);
        return job;
    }

    /**
     * Deletes jobs by state, queue and age; counts by state. A running job that is purged loses its lease, and its
     * handler is told to stop at the next renewal.
     */
    public Map<JobState, Integer> purge(PurgeCriteria criteria) {
        Map<JobState, Integer> purged = store.purge(criteria, clock.instant());
        housekeeper.refreshStatus();
        return purged;
    }

    /** The latest counts of queued and running jobs per queue, refreshed every {@code jobs.stats_refresh_ms}; free to call. */
    public QueueStatus status() {
        return housekeeper.status();
    }

    /** Counts every state of every queue now, from the database. */
    public QueueStatus countNow() {
        return housekeeper.count(EnumSet.allOf(JobState.class), clock.instant());
    }

    /**
     * What this replica contributes.
     *
     * @param workerId how this replica signs its leases
     * @param concurrency workers per queue with a handler here
     * @param running jobs running here now
     * @param draining shutting down: claiming nothing new
     */
    public record Replica(String workerId, Map<String, Integer> concurrency, int running, boolean draining) {}

    public Replica replica() {
        return new Replica(workerId, new TreeMap<>(localConcurrency), running.size(), draining);
    }

    /**
     * Shutdown, first step: claim nothing new. Running jobs may finish until the drain deadline, counted from now, so
     * that they share the deadline with the HTTP requests in flight.
     */
    public synchronized void drain() {
        if (draining) {
            return;
        }
        draining = true;
        drainDeadlineNanos = System.nanoTime() + drain.toNanos();
        workers.values().forEach(QueueWorker::stopClaiming);
        if (!running.isEmpty()) {
            LOG.info("jobs: {} running; waiting up to {} s for them", running.size(), drain.toSeconds());
        }
    }

    /**
     * Waits for running jobs until the drain deadline, then interrupts those left and hands them back to the queue
     * (without spending an attempt), so another replica, or this one restarted, picks them up at once.
     */
    @Override
    public void close() {
        drain();
        try {
            for (QueueWorker worker : workers.values()) {
                worker.awaitRunning(drainDeadlineNanos);
            }
            if (!running.isEmpty()) {
                releasing = true;
                LOG.warn("jobs: drain deadline passed with {} running; interrupting and handing them back", running.size());
                running.values().forEach(RunningJob::interrupt);
                long graceDeadline = System.nanoTime() + RELEASE_GRACE.toNanos();
                for (QueueWorker worker : workers.values()) {
                    worker.awaitRunning(graceDeadline);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            releasing = true;
            Set<String> left = Set.copyOf(running.keySet());
            if (!left.isEmpty()) {
                try {
                    LOG.warn("jobs: {} handler(s) ignored the interrupt; released {} job(s) anyway", left.size(), store.release(left, workerId, clock.instant()));
                } catch (RuntimeException e) {
                    LOG.warn("jobs: could not hand back {} job(s); they return to the queue when their lease lapses", left.size(), e);
                }
            }
            closed = true;
            if (housekeeping != null) {
                // Unpark, not interrupt: an interrupt inside an embedded H2 call would close the database file.
                LockSupport.unpark(housekeeping);
            }
        }
    }

    private Duration lease() {
        return Duration.ofSeconds(policy.leaseSeconds());
    }

    private static void requireQueueName(String queue) {
        if (queue == null || !QUEUE_NAME.matcher(queue).matches()) {
            throw new IllegalArgumentException("a queue name is 1 to 50 characters of a-z, 0-9, _, . and -, starting with a letter or digit");
        }
    }

    private static boolean validIdempotencyKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_IDEMPOTENCY_KEY && key.chars().noneMatch(Character::isISOControl);
    }
}
