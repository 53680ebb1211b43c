package dev.codelive.foundry.api;

import dev.codelive.foundry.render.TrackAudio.Format;
import dev.codelive.foundry.render.TrackProblems;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A track as its owner sees it in the API. */
final class TrackView {
    private TrackView() {}

    static Map<String, Object> of(Track track) {
        Map<String, Object> view = new LinkedHashMap<>();
        String base = "/api/tracks/" + track.id();
        view.put("id", track.id());
        view.put("status", track.status().name());
        view.put("prompt", track.request().prompt());
        view.put("duration_s", track.request().durationSeconds());
        view.put("has_vocals", track.request().hasVocals());
        view.put("seed", track.request().seed());
        track.request().provider().ifPresent(provider -> view.put("provider_requested", provider));
        track.provider().ifPresent(provider -> view.put("provider", provider));
        track.jobId().ifPresent(job -> view.put("job_id", job));
        view.put("credits", track.credits());
        view.put("created_at", track.createdAt());
        view.put("updated_at", track.updatedAt());
        track.completedAt().ifPresent(at -> view.put("completed_at", at));
        if (track.status() == TrackStatus.COMPLETE) {
            Map<String, Object> audio = new LinkedHashMap<>();
            for (Format format : Format.values()) {
                audio.put(format.extension() + "_url", base + "/audio?format=" + format.extension());
            }
            track.audio().ifPresent(facts -> {
                audio.put("seconds", facts.seconds());
                facts.loudnessLufs().ifPresent(lufs -> audio.put("loudness_lufs", lufs));
                audio.put("true_peak_dbtp", facts.truePeakDbtp());
            });
            view.put("audio", audio);
            List<Map<String, Object>> stems = track.stems().stream()
                    .map(stem -> Map.<String, Object>of("name", stem, "url", base + "/stems/" + stem + "?format=wav")).toList();
            view.put("stems", stems);
            view.put("details", track.details());
        }
        view.put("provider_attempts", track.attempts());
        if (track.status() == TrackStatus.FAILED) {
            view.put("problem", TrackProblems.of(track));
            view.put("refunded", track.refunded());
        }
        return view;
    }
}
