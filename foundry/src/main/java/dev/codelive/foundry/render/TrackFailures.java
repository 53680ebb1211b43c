package dev.codelive.foundry.render;

import dev.codelive.foundry.credits.CreditLedger;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends a track that will not be made: marks it failed and gives its credits back, once, whoever notices first. */
public final class TrackFailures {
    private static final Logger LOG = LoggerFactory.getLogger(TrackFailures.class);

    private final TrackStore tracks;
    private final CreditLedger credits;
    private final FoundryMetrics metrics;
    private final Clock clock;

    public TrackFailures(TrackStore tracks, CreditLedger credits, FoundryMetrics metrics, Clock clock) {
        this.tracks = tracks;
        this.credits = credits;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @param message why, fit to show the owner
     * @param status the HTTP status the failure maps to (422 for a refused prompt, 502 when every provider failed…)
     * @param attempts what the providers did; empty keeps what is recorded
     */
    public void fail(Track track, String message, int status, List<Map<String, Object>> attempts) {
        if (tracks.fail(track.id(), message, status, attempts, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            LOG.info("track {} failed: {}", track.id(), message);
            metrics.trackFailed();
        }
        refund(track);
    }

    /** Gives back what an unfinished track cost (a deleted one, a failed one); a second call changes nothing. */
    public void refund(Track track) {
        if (track.credits() > 0 && credits.refund(track.ownerId(), track.id(), track.credits())) {
            metrics.refunded(track.credits());
        }
        tracks.markRefunded(track.id());
    }
}
