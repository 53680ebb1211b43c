package dev.codelive.foundry.tracks;

import dev.codelive.foundry.credits.CreditLedger;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobOptions;
import dev.codelive.platform.jobs.JobQueue;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes track orders: charges the credits and records the track in one transaction, then queues the job that makes
 * it. A crash between the two leaves a queued track without a job, which the {@code TrackSweeper} queues later; the
 * job's own idempotency key makes queuing twice harmless.
 */
public final class TrackOrders {
    /** The queue tracks are made on. */
    public static final String QUEUE = "foundry.tracks";

    private final OwnedRows ownedRows;
    private final TrackStore tracks;
    private final CreditLedger credits;
    private final JobQueue jobs;
    private final int jobAttempts;
    private final Clock clock;

    public TrackOrders(OwnedRows ownedRows, TrackStore tracks, CreditLedger credits, JobQueue jobs, int jobAttempts, Clock clock) {
        this.ownedRows = ownedRows;
        this.tracks = tracks;
        this.credits = credits;
        this.jobs = jobs;
        this.jobAttempts = jobAttempts;
        this.clock = clock;
    }

    /** The job's payload: which track to make. */
    public record TrackJob(String trackId) {}

    /**
     * An order taken.
     *
     * @param created false when the idempotency key named an earlier order, which is answered instead
     */
    public record Order(Track track, String jobId, boolean created) {}

    /**
     * Orders a track for {@code ownerId}.
     *
     * @param cost the credits it costs
     * @throws dev.codelive.foundry.credits.InsufficientCreditsException when the balance is smaller; nothing is recorded
     */
    public Order place(String ownerId, TrackRequest request, Optional<String> idempotencyKey, long cost) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Track> earlier = ownedRows.inScope(ownerId, scope -> {
            if (!tracks.insert(scope, id, request, idempotencyKey, cost, now)) {
                return Optional.of(tracks.findByKey(scope, idempotencyKey.orElseThrow()).orElseThrow(
                        () -> new IllegalStateException("an idempotency key conflicted but names no track")));
            }
            credits.charge(scope, id, cost);
            return Optional.<Track>empty();
        });
        if (earlier.isPresent()) {
            return new Order(earlier.get(), ensureJob(earlier.get()), false);
        }
        Track track = tracks.find(ownerId, id).orElseThrow(() -> new IllegalStateException("a track just added is gone: " + id));
        return new Order(track, ensureJob(track), true);
    }

    /** Queues the track's job unless it has one; returns the job's id. Safe to repeat from any replica. */
    public String ensureJob(Track track) {
        if (track.jobId().isPresent()) {
            return track.jobId().get();
        }
        Job job = jobs.enqueue(QUEUE, track.ownerId(), "track:" + track.id(), new TrackJob(track.id()),
                JobOptions.DEFAULTS.withMaxAttempts(jobAttempts));
        tracks.attachJob(track.id(), job.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return job.id();
    }
}
