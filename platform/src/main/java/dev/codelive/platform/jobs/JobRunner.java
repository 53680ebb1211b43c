package dev.codelive.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one claimed job through its handler and records how the attempt ended: COMPLETE, back to QUEUED for a
 * retry after a backoff, FAILED, or CANCELLED. Every write is conditional on still holding the lease, so a worker
 * that lost its job to another cannot overwrite what the other does.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    static final String UNEXPECTED = "the job failed unexpectedly; the server log has the details";
    private static final int SETTLE_TRIES = 3;

    private final JobStore store;
    private final ObjectMapper json;
    private final JobMetrics metrics;
    private final Backoff backoff;
    private final Clock clock;
    private final String workerId;
    private final int maxResultBytes;
    private final Duration settleRetryPause;
    private final Map<String, RunningJob> running;
    private final BooleanSupplier releasing;

    /**
     * @param running this replica's running jobs by id, shared with the housekeeper that renews their leases
     * @param releasing true once shutdown has passed its drain deadline: interrupted jobs go back to the queue
     */
    JobRunner(JobStore store, ObjectMapper json, JobMetrics metrics, Backoff backoff, Clock clock, String workerId, int maxResultBytes,
              Duration settleRetryPause, Map<String, RunningJob> running, BooleanSupplier releasing) {
        this.store = store;
        this.json = json;
        this.metrics = metrics;
        this.backoff = backoff;
        this.clock = clock;
        this.workerId = workerId;
        this.maxResultBytes = maxResultBytes;
        this.settleRetryPause = settleRetryPause;
        this.running = running;
        this.releasing = releasing;
    }

    void run(Job job, JobHandler handler) {
        long start = System.nanoTime();
        RunningJob context = new RunningJob(job, json, Thread.currentThread(), start);
        running.put(job.id(), context);
        MDC.put("job_id", job.id());
        MDC.put("queue", job.queue());
        String outcome = "lost";
        try {
            Object value;
            try {
                value = handler.run(context);
            } finally {
                context.handlerReturned();
            }
            outcome = completed(context, value);
        } catch (Exception e) {
            outcome = failed(context, e);
        } finally {
            running.remove(job.id());
            metrics.attemptFinished(job.queue(), outcome, System.nanoTime() - start);
            MDC.remove("job_id");
            MDC.remove("queue");
        }
    }

    private String completed(RunningJob context, Object value) {
        String result;
        try {
            result = value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return failed(context, JobFailure.permanent("the job's result could not be written as JSON", e));
        }
        if (result != null && result.getBytes(StandardCharsets.UTF_8).length > maxResultBytes) {
            return failed(context, JobFailure.permanent("the job's result is larger than " + maxResultBytes + " bytes"));
        }
        Job job = context.job();
        if (settle(job, () -> store.complete(job.id(), workerId, result, clock.instant()))) {
            LOG.info("job {} complete after {} attempt(s)", job.id(), job.attempts());
            return "complete";
        }
        return lost(job);
    }

    private String failed(RunningJob context, Exception e) {
        Job job = context.job();
        if (releasing.getAsBoolean()) {
            // Shutdown cut it short: not the job's fault, so it goes back without spending an attempt.
            try {
                store.release(List.of(job.id()), workerId, clock.instant());
                LOG.info("job {} handed back to the queue at shutdown", job.id());
            } catch (RuntimeException release) {
                LOG.warn("job {}: could not hand it back at shutdown; it returns to the queue when its lease lapses", job.id(), release);
            }
            return "released";
        }
        if (context.leaseLost()) {
            return lost(job);
        }
        if (context.cancelRequested()) {
            if (settle(job, () -> store.cancelled(job.id(), workerId, clock.instant()))) {
                LOG.info("job {} cancelled while running", job.id());
                return "cancelled";
            }
            return lost(job);
        }
        boolean expected = e instanceof JobFailure;
        String error = expected ? e.getMessage() : UNEXPECTED;
        if (expected) {
            LOG.info("job {} attempt {} of {} failed: {}", job.id(), job.attempts(), job.maxAttempts(), error);
        } else {
            LOG.warn("job {} attempt {} of {} failed unexpectedly", job.id(), job.attempts(), job.maxAttempts(), e);
        }
        if (e instanceof JobFailure failure && failure.permanent() || job.attempts() >= job.maxAttempts()) {
            if (settle(job, () -> store.fail(job.id(), workerId, error, clock.instant()))) {
                metrics.failed(job.queue());
                LOG.info("job {} FAILED", job.id());
                return "failed";
            }
            return lost(job);
        }
        Duration delay = backoff.delay(job.attempts(), ThreadLocalRandom.current());
        if (settle(job, () -> store.retry(job.id(), workerId, error, clock.instant().plus(delay), clock.instant()))) {
            metrics.retried(job.queue());
            LOG.info("job {} will retry in {} ms", job.id(), delay.toMillis());
            return "retry";
        }
        return lost(job);
    }

    private String lost(Job job) {
        LOG.warn("job {}: this worker no longer holds its lease (taken back or purged); its outcome here is dropped", job.id());
        return "lost";
    }

    /**
     * Writes how an attempt ended, riding out a short database blip so that finished work is not redone. If the
     * database stays away, the lease lapses and another worker runs the job again.
     */
    private boolean settle(Job job, BooleanSupplier write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.getAsBoolean();
            } catch (RuntimeException e) {
                if (attempt == SETTLE_TRIES) {
                    LOG.error("job {}: could not record its outcome; it will run again once its lease lapses", job.id(), e);
                    return false;
                }
                try {
                    Thread.sleep(settleRetryPause.multipliedBy(attempt));
                } catch (InterruptedException interrupted) {
                    // Shutdown: one more immediate try, then give up; the lease covers the rest.
                    attempt = SETTLE_TRIES - 1;
                }
            }
        }
    }
}
