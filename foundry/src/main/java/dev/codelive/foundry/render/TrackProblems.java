package dev.codelive.foundry.render;

import dev.codelive.foundry.tracks.Track;
import java.util.LinkedHashMap;
import java.util.Map;

/** A failed track's reason as a problem (RFC 9457 fields), the same in the track and in its job. */
public final class TrackProblems {
    private TrackProblems() {}

    public static Map<String, Object> of(Track track) {
        int status = track.errorStatus().orElse(500);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", switch (status) {
            case 409 -> "/problems/track-cancelled";
            case 502 -> "/problems/providers-failed";
            default -> status >= 400 && status < 500 ? "/problems/prompt-refused" : "/problems/track-failed";
        });
        problem.put("title", switch (status) {
            case 409 -> "Track cancelled";
            case 502 -> "Every music provider failed";
            default -> status >= 400 && status < 500 ? "The provider refused the prompt" : "The track could not be made";
        });
        problem.put("status", status);
        problem.put("detail", track.error().orElse("the track failed"));
        return problem;
    }
}
