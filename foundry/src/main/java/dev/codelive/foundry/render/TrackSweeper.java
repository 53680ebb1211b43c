package dev.codelive.foundry.render;

import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackOrders;
import dev.codelive.foundry.tracks.TrackStore;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.jobs.JobState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles unfinished tracks with their jobs, so no accepted order is lost and no failed one keeps its credits:
 * a track whose job was never queued (the server stopped between the two) gets one; a track whose job failed,
 * was cancelled while queued, or was purged, fails and is refunded. Every replica may sweep; each step is idempotent.
 */
public final class TrackSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackSweeper.class);
    private static final int BATCH = 100;

    private final TrackStore tracks;
    private final TrackOrders orders;
    private final TrackFailures failures;
    private final JobQueue jobs;
    private final Duration interval;
    private final Clock clock;
    private volatile boolean closed;
    private Thread thread;

    public TrackSweeper(TrackStore tracks, TrackOrders orders, TrackFailures failures, JobQueue jobs, Duration interval, Clock clock) {
        this.tracks = tracks;
        this.orders = orders;
        this.failures = failures;
        this.jobs = jobs;
        this.interval = interval;
        this.clock = clock;
    }

    public void start() {
        thread = Thread.ofVirtual().name("foundry-sweeper").start(() -> {
            while (!closed) {
                LockSupport.parkNanos(interval.toNanos());
                if (!closed) {
                    try {
                        sweep();
                    } catch (RuntimeException e) {
                        LOG.warn("track sweep failed; trying again in {} s: {}", interval.toSeconds(), e.toString());
                    }
                }
            }
        });
    }

    /** One pass over the tracks untouched for at least one interval. */
    public void sweep() {
        for (Track track : tracks.unfinishedSince(clock.instant().minus(interval), BATCH)) {
            if (track.jobId().isEmpty()) {
                LOG.info("track {} had no job; queuing it", track.id());
                orders.ensureJob(track);
                continue;
            }
            Optional<Job> job = jobs.find(track.jobId().get());
            if (job.isEmpty()) {
                failures.fail(track, "the track's job no longer exists", 500, List.of());
            } else if (job.get().state() == JobState.CANCELLED) {
                failures.fail(track, "the track was cancelled", 409, List.of());
            } else if (job.get().state() == JobState.FAILED) {
                failures.fail(track, job.get().error().orElse("the track could not be made"), 500, List.of());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }
}
