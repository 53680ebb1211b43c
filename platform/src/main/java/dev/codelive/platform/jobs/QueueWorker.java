package dev.codelive.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers of one queue on this replica: a poll loop that claims as many due jobs as it has free slots and runs
 * each on its own virtual thread. It polls every interval, and at once when woken by an enqueue on this replica or
 * by a slot coming free.
 */
final class QueueWorker {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);
    private static final Duration MAX_ERROR_PAUSE = Duration.ofSeconds(30);

    private final String queue;
    private final JobHandler handler;
    private final int concurrency;
    private final JobStore store;
    private final JobRunner runner;
    private final String workerId;
    private final Duration lease;
    private final Duration pollInterval;
    private final Clock clock;
    private final Semaphore slots;
    private final Semaphore wakeUps = new Semaphore(0);
    private final ExecutorService executor;
    private volatile boolean stopping;
    private Thread poller;

    QueueWorker(String queue, JobHandler handler, int concurrency, JobStore store, JobRunner runner, String workerId,
                Duration lease, Duration pollInterval, Clock clock) {
        this.queue = queue;
        this.handler = handler;
        this.concurrency = concurrency;
        this.store = store;
        this.runner = runner;
        this.workerId = workerId;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.slots = new Semaphore(concurrency);
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-" + queue + "-", 0).factory());
    }

    int concurrency() {
        return concurrency;
    }

    void start() {
        poller = Thread.ofVirtual().name("job-poller-" + queue).start(this::pollLoop);
    }

    /** Looks for work now rather than at the next poll. */
    void wake() {
        wakeUps.release();
    }

    /** Claims nothing more; running jobs carry on. */
    void stopClaiming() {
        stopping = true;
        wake();
    }

    /** Waits until the running jobs have ended or {@code deadlineNanos} (a {@link System#nanoTime()}) has passed. */
    boolean awaitRunning(long deadlineNanos) throws InterruptedException {
        // The poller first, so that it launches nothing into an executor that has shut down.
        if (poller != null) {
            poller.join(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
        }
        executor.shutdown();
        return executor.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void pollLoop() {
        int consecutiveErrors = 0;
        while (!stopping) {
            boolean maybeMore = false;
            int free = slots.availablePermits();
            if (free > 0) {
                try {
                    Instant now = clock.instant();
                    List<Job> claimed = store.claim(queue, workerId, free, now, now.plus(lease));
                    if (consecutiveErrors > 0) {
                        LOG.info("queue {}: claiming works again", queue);
                        consecutiveErrors = 0;
                    }
                    claimed.forEach(this::launch);
                    maybeMore = claimed.size() == free;
                } catch (RuntimeException e) {
                    consecutiveErrors++;
                    if (consecutiveErrors == 1) {
                        LOG.warn("queue {}: cannot claim jobs; retrying with backoff", queue, e);
                    }
                    pause(errorPause(consecutiveErrors));
                    continue;
                }
            }
            if (!maybeMore) {
                pause(pollInterval);
            }
        }
    }

    private void launch(Job job) {
        // Never blocks: only this thread takes slots, and it claimed no more than were free.
        slots.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    runner.run(job, handler);
                } finally {
                    slots.release();
                    wake();
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutdown overtook a claim still in flight: hand the job straight back.
            slots.release();
            store.release(List.of(job.id()), workerId, clock.instant());
        }
    }

    private void pause(Duration interval) {
        try {
            wakeUps.tryAcquire(interval.toNanos(), TimeUnit.NANOSECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    private Duration errorPause(int consecutiveErrors) {
        Duration pause = pollInterval.multipliedBy(1L << Math.min(consecutiveErrors, 10));
        return pause.compareTo(MAX_ERROR_PAUSE) > 0 ? MAX_ERROR_PAUSE : pause;
    }
}
