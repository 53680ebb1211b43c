package dev.codelive.platform.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * One job as stored.
 *
 * @param id stable identifier (UUID)
 * @param queue the queue it runs on, which names its handler
 * @param ownerId the user it runs for; empty for system jobs
 * @param idempotencyKey the enqueuer's key: enqueuing again with it answers this job
 * @param payload the handler's input, JSON
 * @param state where it is in its life
 * @param progress from 0 to 1, as last reported by the handler
 * @param progressMessage what the handler is doing, in its words (e.g. "rendering bar 3 of 8")
 * @param attempts attempts started so far, the running one included
 * @param maxAttempts attempts allowed before it fails for good
 * @param runAfter not started before this time
 * @param cancelRequested someone asked to cancel it while it ran
 * @param result the handler's output, JSON, once complete
 * @param error why the latest attempt failed, safe to show its owner
 * @param createdAt when it was enqueued
 * @param updatedAt its latest change
 * @param startedAt when its latest attempt started
 * @param finishedAt when it reached a final state
 */
public record Job(
        String id,
        String queue,
        Optional<String> ownerId,
        Optional<String> idempotencyKey,
        String payload,
        JobState state,
        double progress,
        Optional<String> progressMessage,
        int attempts,
        int maxAttempts,
        Instant runAfter,
        boolean cancelRequested,
        Optional<String> result,
        Optional<String> error,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {}
