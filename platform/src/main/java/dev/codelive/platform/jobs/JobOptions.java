package dev.codelive.platform.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to enqueue a job, beyond its payload.
 *
 * @param maxAttempts attempts allowed; empty takes the policy's {@code jobs.max_attempts}
 * @param delay how long to wait before it may start
 */
public record JobOptions(OptionalInt maxAttempts, Duration delay) {
    /** The policy's attempts, no delay. */
    public static final JobOptions DEFAULTS = new JobOptions(OptionalInt.empty(), Duration.ZERO);

    public JobOptions {
        Objects.requireNonNull(delay, "delay");
        maxAttempts.ifPresent(attempts -> {
            if (attempts < 1 || attempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be from 1 to 100, got " + attempts);
            }
        });
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
    }

    public JobOptions withMaxAttempts(int attempts) {
        return new JobOptions(OptionalInt.of(attempts), delay);
    }

    public JobOptions withDelay(Duration after) {
        return new JobOptions(maxAttempts, after);
    }
}
