package dev.codelive.platform.jobs;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retry delays: {@code base · 2^(attempt-1)}, capped at {@code max}, with "equal jitter" (a random point in the upper
 * half), so that jobs failing together, say on a provider outage, do not all come back at the same instant.
 *
 * @param base delay after the first failed attempt, before jitter
 * @param max longest delay
 */
record Backoff(Duration base, Duration max) {

    /** The delay after attempt number {@code attempt} (from 1) failed. */
    Duration delay(int attempt, RandomGenerator random) {
        long cap = max.toMillis();
        int doublings = Math.max(0, attempt - 1);
        // Past 2^40 any base exceeds any cap we accept; stop shifting before the long overflows.
        long exponential = doublings >= 40 ? cap : Math.min(cap, base.toMillis() << doublings);
        long half = exponential / 2;
        return Duration.ofMillis(half + random.nextLong(exponential - half + 1));
    }
}
