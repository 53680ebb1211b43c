package dev.codelive.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A job this replica is running: the handler's {@link JobContext}, and the state the housekeeper shares with it. */
final class RunningJob implements JobContext {
    /** Progress as last reported. */
    record Progress(double fraction, String message) {}

    private final Job job;
    private final ObjectMapper json;
    private final Thread thread;
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(0, null));
    private final AtomicBoolean progressUnsaved = new AtomicBoolean();
    private volatile boolean cancelRequested;
    private volatile boolean leaseLost;
    private volatile long lastRenewedNanos;
    /** Guards {@link #handlerRunning}: an interrupt is delivered only while the handler runs. */
    private final Object interruptLock = new Object();
    private boolean handlerRunning = true;

    RunningJob(Job job, ObjectMapper json, Thread thread, long startedNanos) {
        this.job = job;
        this.json = json;
        this.thread = thread;
        this.lastRenewedNanos = startedNanos;
        this.cancelRequested = job.cancelRequested();
    }

    Job job() {
        return job;
    }

    @Override
    public String jobId() {
        return job.id();
    }

    @Override
    public String queue() {
        return job.queue();
    }

    @Override
    public Optional<String> ownerId() {
        return job.ownerId();
    }

    @Override
    public int attempt() {
        return job.attempts();
    }

    @Override
    public int maxAttempts() {
        return job.maxAttempts();
    }

    @Override
    public JsonNode payload() {
        try {
            return json.readTree(job.payload());
        } catch (JsonProcessingException e) {
            throw JobFailure.permanent("the job's payload is not valid JSON", e);
        }
    }

    @Override
    public <T> T payload(Class<T> type) {
        try {
            return json.readValue(job.payload(), type);
        } catch (JsonProcessingException e) {
            throw JobFailure.permanent("the job's payload does not have the shape this queue expects", e);
        }
    }

    @Override
    public void progress(double fraction, String message) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("progress must be from 0 to 1, got " + fraction);
        }
        progress.set(new Progress(fraction, message));
        progressUnsaved.set(true);
    }

    @Override
    public boolean cancelRequested() {
        return cancelRequested;
    }

    @Override
    public void checkpoint() {
        if (leaseLost) {
            throw new JobCancelledException("this worker lost the job's lease; another may be running it");
        }
        if (cancelRequested) {
            throw new JobCancelledException("cancelling was requested");
        }
        // Only shutdown interrupts a handler (past the drain deadline): stopping here lets the job go back to the queue
        // now rather than after the grace period, with the handler still busy.
        if (Thread.currentThread().isInterrupted()) {
            throw new JobCancelledException("the server is shutting down; the job goes back to the queue");
        }
    }

    Progress currentProgress() {
        return progress.get();
    }

    /** True, once, after progress changed; the caller then owes a write (or must hand it back with {@link #progressUnsaved}). */
    boolean takeUnsavedProgress() {
        return progressUnsaved.getAndSet(false);
    }

    void progressUnsaved() {
        progressUnsaved.set(true);
    }

    long lastRenewedNanos() {
        return lastRenewedNanos;
    }

    void renewed(long nanos) {
        lastRenewedNanos = nanos;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean leaseLost() {
        return leaseLost;
    }

    /** Another replica may now run the job: stop this run as soon as the handler notices. */
    void loseLease() {
        leaseLost = true;
        interrupt();
    }

    /** Shutdown past its drain deadline, or the lease lost: wakes a handler that is sleeping or blocked. */
    void interrupt() {
        synchronized (interruptLock) {
            if (handlerRunning) {
                thread.interrupt();
            }
        }
    }

    /**
     * Called on the worker thread once the handler has returned or thrown: from here on the thread records the
     * outcome and moves on to other jobs, and an interrupt must not reach it. Embedded H2 closes its database file
     * for every connection when a thread is interrupted inside it, so a late interrupt would break the whole server.
     */
    void handlerReturned() {
        synchronized (interruptLock) {
            handlerRunning = false;
        }
        Thread.interrupted();
    }
}
