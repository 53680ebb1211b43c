package dev.codelive.platform.jobs;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which jobs an admin purge deletes: every job in one of {@code states}, optionally only in one queue and only if
 * unchanged for at least {@code olderThan}.
 *
 * @param queue only this queue; empty for all
 * @param states the states to purge, at least one
 * @param olderThan only jobs whose latest change is at least this old
 */
public record PurgeCriteria(Optional<String> queue, Set<JobState> states, Optional<Duration> olderThan) {
    public PurgeCriteria {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("name at least one state to purge");
        }
        states = Set.copyOf(EnumSet.copyOf(states));
    }
}
