package dev.codelive.platform.jobs;

/**
 * Where a job is in its life: {@code QUEUED → RUNNING → COMPLETE | FAILED | CANCELLED}, back to {@code QUEUED}
 * between retries. A module may describe what RUNNING means for it (e.g. "rendering") in the progress message.
 */
public enum JobState {
    /** Waiting for a worker, possibly until a retry delay has passed. */
    QUEUED,
    /** Held by a worker under a lease. */
    RUNNING,
    /** Done; the result is set. */
    COMPLETE,
    /** Given up: a permanent failure, or out of attempts. */
    FAILED,
    /** Stopped on request before it completed. */
    CANCELLED;

    /** True for the states a job never leaves. */
    public boolean finished() {
        return this == COMPLETE || this == FAILED || this == CANCELLED;
    }
}
