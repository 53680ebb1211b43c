package dev.codelive.foundry.render;

import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackStore;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobPresenter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a track's job looks in {@code GET /api/jobs/{id}}: running is {@code RENDERING}; the track, the provider that
 * made it (or the one working on it), the attempts so far, and a failure as the track's own problem.
 */
public final class TrackJobPresenter implements JobPresenter {
    private final TrackStore tracks;

    public TrackJobPresenter(TrackStore tracks) {
        this.tracks = tracks;
    }

    @Override
    public String runningState() {
        return "RENDERING";
    }

    @Override
    public Map<String, Object> details(Job job) {
        Optional<Track> found = tracks.findByJob(job.id());
        if (found.isEmpty()) {
            return Map.of();
        }
        Track track = found.get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("track_id", track.id());
        track.provider().or(() -> lastProvider(track)).ifPresent(provider -> details.put("provider", provider));
        details.put("provider_attempts", track.attempts());
        track.error().ifPresent(error -> details.put("problem", TrackProblems.of(track)));
        return details;
    }

    private static Optional<String> lastProvider(Track track) {
        return track.attempts().isEmpty() ? Optional.empty()
                : Optional.ofNullable(track.attempts().getLast().get("provider")).map(Object::toString);
    }
}
