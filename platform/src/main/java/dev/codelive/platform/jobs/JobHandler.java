package dev.codelive.platform.jobs;

/**
 * The work behind a queue. Jobs run at least once: a worker that dies mid-job leaves it to be run again
 * elsewhere, so a handler must be safe to repeat (write results under the job's id, not "append").
 */
@FunctionalInterface
public interface JobHandler {

    /**
     * Does the job and returns its result (serialised as JSON; {@code null} for none). Throwing
     * {@link JobFailure#permanent} fails the job at once; any other exception is retried with backoff until the
     * job runs out of attempts.
     */
    Object run(JobContext context) throws Exception;
}
