package dev.codelive.bench;

import dev.codelive.bench.FoundryJobsBench.Job;
import dev.codelive.bench.FoundryJobsBench.Prompt;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures one track job as its client sees it: orders the track, polls its job until it is COMPLETE, noting what
 * each poll showed, then checks the track (COMPLETE, with audio of the length ordered) outside the measured time. A
 * job that fails, or outlives {@link #JOB_TIMEOUT}, fails the bench.
 */
final class TrackJobProbe {
    /** The provider chain's own deadline (modules.foundry.providers.deadline_ms): a job still running after it is stuck. */
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    /** How far the stored audio's length may be from the one ordered, as a share of it. */
    private static final double LENGTH_TOLERANCE = 0.01;

    private final FoundryClient client;
    private final FoundryServer server;
    private final Duration poll;

    /** @param poll the pause between one poll's answer and the next poll */
    TrackJobProbe(FoundryClient client, FoundryServer server, Duration poll) {
        this.client = client;
        this.server = server;
        this.poll = poll;
    }

    Job run(int seconds, Prompt prompt, long seed) throws IOException, InterruptedException {
        List<StageTimeline.Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        FoundryClient.Order order = call(() -> client.order(prompt.text(), seconds, prompt.hasVocals(), seed));
        samples.add(new StageTimeline.Sample(0, "POST /api/tracks", Optional.empty()));
        samples.add(new StageTimeline.Sample(System.nanoTime() - start, "QUEUED", Optional.empty()));
        while (true) {
            Thread.sleep(poll);
            FoundryClient.JobState state = call(() -> client.job(order.jobId()));
            long at = System.nanoTime() - start;
            if (state.complete()) {
                String renderedWith = checkTrack(order, seconds);
                return new Job(seconds, prompt, seed, at, state.serverTime(), StageTimeline.of(samples, at), renderedWith);
            }
            if (state.ended()) {
                throw new IllegalStateException("job " + order.jobId() + " (track " + order.trackId() + ", " + seconds + " s, seed " + seed + ") ended "
                        + state.state() + state.problem().map(problem -> ": " + problem).orElse(""));
            }
            if (at > JOB_TIMEOUT.toNanos()) {
                throw new IllegalStateException("job " + order.jobId() + " still " + state.state() + " after " + JOB_TIMEOUT.toMinutes() + " min");
            }
            samples.add(new StageTimeline.Sample(at, state.label(), Optional.of(state.progress())));
        }
    }

    /** Checks that the track is COMPLETE with audio of the length ordered; answers the renderer it names. */
    private String checkTrack(FoundryClient.Order order, int seconds) throws IOException, InterruptedException {
        FoundryClient.TrackState track = call(() -> client.track(order.trackId()));
        double length = track.audioSeconds().orElse(0.0);
        if (!track.status().equals("COMPLETE") || Math.abs(length - seconds) > LENGTH_TOLERANCE * seconds) {
            throw new IllegalStateException("track " + order.trackId() + " is " + track.status() + " with " + length + " s of audio, "
                    + seconds + " s ordered");
        }
        return track.renderer().orElse("?");
    }

    @FunctionalInterface
    private interface Call<T> {
        T send() throws IOException, InterruptedException;
    }

    /** Makes a call to the server; when it cannot be reached, says whether it died (with the end of its log). */
    private <T> T call(Call<T> call) throws IOException, InterruptedException {
        try {
            return call.send();
        } catch (IOException e) {
            server.checkAlive();
            throw e;
        }
    }
}
