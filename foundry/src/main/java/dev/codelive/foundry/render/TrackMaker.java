package dev.codelive.foundry.render;

import dev.codelive.foundry.provider.Attempt;
import dev.codelive.foundry.provider.ChainFailure;
import dev.codelive.foundry.provider.ChainResult;
import dev.codelive.foundry.provider.MusicRequest;
import dev.codelive.foundry.provider.ProviderChain;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackOrders.TrackJob;
import dev.codelive.foundry.tracks.TrackStatus;
import dev.codelive.foundry.tracks.TrackStore;
import dev.codelive.platform.jobs.JobCancelledException;
import dev.codelive.platform.jobs.JobContext;
import dev.codelive.platform.jobs.JobFailure;
import dev.codelive.platform.jobs.JobHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job that makes a track: the provider chain makes the music, {@link TrackAudio} stores it, the track row says
 * so. Safe to run again (a worker that dies mid-render leaves the job to another): each attempt works in a fresh
 * directory and overwrites what an earlier one stored under the track's keys.
 */
public final class TrackMaker implements JobHandler {
    /** HTTP status of a track whose providers all failed: a bad gateway, not the user's fault. */
    static final int ALL_PROVIDERS_FAILED = 502;

    private final TrackStore tracks;
    private final ProviderChain chain;
    private final TrackAudio audio;
    private final TrackFailures failures;
    private final FoundryMetrics metrics;
    private final Path workRoot;
    private final Clock clock;

    public TrackMaker(TrackStore tracks, ProviderChain chain, TrackAudio audio, TrackFailures failures, FoundryMetrics metrics, Path workRoot,
                      Clock clock) {
        this.tracks = tracks;
        this.chain = chain;
        this.audio = audio;
        this.failures = failures;
        this.metrics = metrics;
        this.workRoot = workRoot;
        this.clock = clock;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        String trackId = context.payload(TrackJob.class).trackId();
        Track track = tracks.findAny(trackId).orElse(null);
        if (track == null) {
            return Map.of("track_id", trackId, "deleted", true);
        }
        if (track.status() == TrackStatus.COMPLETE) {
            return result(track.id(), track.provider().orElse(""), track.audio().map(Track.AudioFacts::seconds).orElse(0.0));
        }
        if (track.status() == TrackStatus.FAILED || !tracks.startRendering(trackId, now())) {
            throw JobFailure.permanent("the track has already " + (track.status() == TrackStatus.FAILED ? "failed" : "ended"));
        }
        Path work = Files.createDirectories(workRoot.resolve(context.jobId() + "-" + context.attempt()));
        long started = System.nanoTime();
        try {
            return make(context, track, work, started);
        } catch (ChainFailure failure) {
            int status = failure.reason() == ChainFailure.Reason.REFUSED ? failure.status().filter(code -> code >= 400 && code < 500).orElse(422)
                    : ALL_PROVIDERS_FAILED;
            failures.fail(track, failure.getMessage(), status, attempts(failure.attempts()));
            metrics.jobFinished("none", "failed", System.nanoTime() - started);
            throw JobFailure.permanent(failure.getMessage());
        } catch (JobCancelledException cancelled) {
            if (context.cancelRequested()) {
                failures.fail(track, "the track was cancelled", 409, List.of());
                metrics.jobFinished("none", "cancelled", System.nanoTime() - started);
            }
            throw cancelled;
        } catch (Exception unexpected) {
            // Errors (out of memory…) end the attempt too; the sweeper fails and refunds the track once its job has failed.
            if (context.attempt() >= context.maxAttempts()) {
                failures.fail(track, "the track could not be made; try again later", 500, List.of());
                metrics.jobFinished("none", "failed", System.nanoTime() - started);
            }
            throw unexpected;
        } finally {
            WorkRoot.deleteQuietly(work);
        }
    }

    private Object make(JobContext context, Track track, Path work, long started) throws ChainFailure {
        MusicRequest request = new MusicRequest(track.id(), track.request().prompt(), track.request().durationSeconds(),
                track.request().hasVocals(), track.request().seed());
        Path generation = work.resolve("generate");
        createDirectories(generation);
        ChainResult made = chain.generate(request, track.request().provider(), new JobGenerationContext(context, generation));
        long generated = System.nanoTime();
        context.checkpoint();
        context.progress(JobGenerationContext.GENERATION_SHARE, "storing the audio");
        Path encoded = work.resolve("encoded");
        createDirectories(encoded);
        Track.AudioFacts facts = audio.store(track.id(), made.music().audio(), made.music().stems(), encoded);
        List<String> stems = made.music().stems().keySet().stream().sorted().toList();
        Map<String, Object> details = new LinkedHashMap<>(made.music().details());
        String provider = made.music().provider();
        if (!tracks.complete(track.id(), provider, attempts(made.attempts()), details, stems, facts, now())) {
            // Deleted while it rendered: what was just stored belongs to no one.
            audio.delete(track.id(), stems);
            return Map.of("track_id", track.id(), "deleted", true);
        }
        metrics.rendered(provider, facts.seconds(), generated - started);
        metrics.jobFinished(provider, "complete", System.nanoTime() - started);
        context.progress(1, "done");
        return result(track.id(), provider, facts.seconds());
    }

    private static Map<String, Object> result(String trackId, String provider, double seconds) {
        return Map.of("track_id", trackId, "provider", provider, "audio_seconds", seconds);
    }

    /** The attempts as the track keeps them: plain JSON values. */
    static List<Map<String, Object>> attempts(List<Attempt> attempts) {
        return attempts.stream().map(attempt -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("provider", attempt.provider());
            row.put("outcome", attempt.outcome().label());
            if (attempt.httpStatus() != null) {
                row.put("http_status", attempt.httpStatus());
            }
            row.put("message", attempt.message());
            row.put("duration_ms", attempt.durationMs());
            return row;
        }).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work directory " + directory, e);
        }
    }
}
