package dev.codelive.foundry.tracks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A track as stored.
 *
 * @param request what was asked for
 * @param jobId the job that makes it; empty only in the moment between creating the track and enqueuing its job
 * @param provider the provider that made it, once one did
 * @param credits what it cost
 * @param attempts each provider tried, in order, as the job reported them
 * @param details what the provider reported (tempo, key, renderer, model…)
 * @param stems the names of its stems
 * @param audio the stored audio's measurements, once complete
 * @param error why it failed, safe to show its owner; {@code errorStatus} the HTTP status that failure maps to
 * @param refunded whether its credits were given back
 */
public record Track(
        String id,
        String ownerId,
        TrackRequest request,
        Optional<String> idempotencyKey,
        Optional<String> jobId,
        Optional<String> provider,
        TrackStatus status,
        long credits,
        List<Map<String, Object>> attempts,
        Map<String, Object> details,
        List<String> stems,
        Optional<AudioFacts> audio,
        Optional<String> error,
        OptionalInt errorStatus,
        boolean refunded,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> completedAt) {

    /**
     * Measurements of the stored audio.
     *
     * @param seconds its length
     * @param loudnessLufs integrated loudness; empty for silence
     * @param truePeakDbtp true peak
     */
    public record AudioFacts(double seconds, OptionalDouble loudnessLufs, double truePeakDbtp) {}
}
