package dev.codelive.platform.jobs;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of one user's jobs, newest first.
 *
 * @param ownerId whose jobs
 * @param state only jobs in this state
 * @param queue only jobs of this queue
 * @param offset jobs to skip
 * @param limit most jobs to return
 */
public record JobQuery(String ownerId, Optional<JobState> state, Optional<String> queue, int offset, int limit) {
    public JobQuery {
        Objects.requireNonNull(ownerId, "ownerId");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }
}
