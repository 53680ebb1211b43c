package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.bench.FoundryJobsBench.Job;
import dev.codelive.bench.FoundryJobsBench.Renderer;
import dev.codelive.bench.FoundryJobsBench.RendererRun;
import dev.codelive.bench.FoundryJobsBench.Settings;
import dev.codelive.bench.StageTimeline.Sample;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The foundry-jobs report: latency percentiles, the target as a fact, the stage tables and the noise note. */
class FoundryJobsReportTest {
    private static final long MS = 1_000_000;
    private static final Settings SETTINGS = new Settings(List.of(new Renderer("soundfont", "/sf.sf2"), new Renderer("builtin", "none")),
            List.of(30, 60), 20, 3, Duration.ofMillis(15), Path.of("app/target/codelive.jar"), Path.of("bench/foundry-bench-policy.yml"), 20);
    private static final CpuMeter.Share QUIET = new CpuMeter.Share(1.5, 0.2);

    @Test
    void latencyIsNearestRankOverTheJobs() {
        long[] nanos = new long[20];
        for (int i = 0; i < 20; i++) {
            nanos[i] = (2000 + 100L * (19 - i)) * MS; // 2.0 s to 3.9 s, out of order
        }

        TrackLatency latency = TrackLatency.ofNanos(nanos);

        assertThat(latency.jobs()).isEqualTo(20);
        assertThat(latency.p50Seconds()).isCloseTo(2.9, within(1e-9));
        assertThat(latency.p95Seconds()).isCloseTo(3.8, within(1e-9));
        assertThat(latency.maxSeconds()).isCloseTo(3.9, within(1e-9));
        assertThat(latency.meanSeconds()).isCloseTo(2.95, within(1e-9));
    }

    @Test
    void eachRendererAndLengthGetsALatencyRowWithTheServersOwnTimes() {
        String report = report(List.of(run("soundfont", 1000, 2500, QUIET), run("builtin", 900, 3100, QUIET)), 2);

        assertThat(report).contains("| renderer | track (s) | jobs | p50 (s) | p95 (s) | max (s) | mean (s) | server p50 (s) | server p95 (s) |");
        // 20 jobs of 1000 to 1950 ms; the server saw each 30 ms less.
        assertThat(report).contains("| soundfont | 30 | 20 | 1.45 | 1.90 | 1.95 | 1.48 | 1.42 | 1.87 | 1.5 | 0.2 |");
        assertThat(report).contains("| builtin | 60 | 20 | 3.55 | 4.00 | 4.05 | 3.58 | 3.52 | 3.97 | 1.5 | 0.2 |");
        assertThat(report).contains("polled every 15 ms").contains("`jobs.poll_interval_ms` (20 ms");
        assertThat(report).doesNotContain("Noisy");
    }

    @Test
    void theTargetIsStatedAsAFactPerRenderer() {
        String report = report(List.of(run("soundfont", 1000, 2000, QUIET), run("builtin", 1000, 2950, QUIET)), 2);

        // soundfont: 60 s jobs of 2.00 to 2.95 s, p95 2.90; builtin: 2.95 to 3.90 s, p95 3.85.
        assertThat(report).contains("Target (p95 under 3 s for a 60 s track on 2 cores): soundfont p95 2.90 s, under 3 s; "
                + "builtin p95 3.85 s, not under 3 s.");
        assertThat(report).doesNotContain("This machine has");
    }

    @Test
    void aMachineWithOtherThanTwoCoresIsSaidToBe() {
        assertThat(report(List.of(run("builtin", 1000, 2000, QUIET)), 4)).contains("This machine has 4 CPUs, not 2.");
    }

    @Test
    void aRunWhileOthersTookTheMachineIsFlagged() {
        String report = report(List.of(run("soundfont", 1000, 2000, QUIET), run("builtin", 1000, 2000, new CpuMeter.Share(35, 0))), 2);

        assertThat(report).contains("**Noisy").contains("): builtin.**");
    }

    @Test
    void eachRendererAndLengthGetsAStageTableEndingInTheWholeJob() {
        String report = report(List.of(run("builtin", 1000, 2000, QUIET)), 2);

        assertThat(report).contains("builtin, 60 s tracks (rendered with builtin)");
        assertThat(report).contains("| stage | progress | median (s) | mean (s) | seen in |");
        // Every job: the order takes 20 ms, then QUEUED to 50 ms, rendering (builtin) to 60 % of the job, then storing.
        assertThat(report).contains("| POST /api/tracks |  | 0.02 | 0.02 | 20 of 20 |");
        assertThat(report).contains("| storing the audio | 85.0 % | 0.99 | 0.99 | 20 of 20 |");
        assertThat(report).contains("| whole job |  | 2.45 | 2.48 | 20 of 20 |");
    }

    /** A renderer's run: per length, 20 jobs of {@code first + 50 × i} ms (30 s tracks from {@code first30}, 60 s from {@code first60}). */
    private static RendererRun run(String renderer, long first30, long first60, CpuMeter.Share cpu) {
        Map<Integer, List<Job>> jobs = new LinkedHashMap<>();
        jobs.put(30, jobs(renderer, 30, first30));
        jobs.put(60, jobs(renderer, 60, first60));
        return new RendererRun(new Renderer(renderer, renderer.equals("builtin") ? "none" : "/sf.sf2"), jobs, Optional.of(cpu));
    }

    private static List<Job> jobs(String renderedWith, int seconds, long firstMillis) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long nanos = (firstMillis + 50L * i) * MS;
            StageTimeline stages = StageTimeline.of(List.of(new Sample(0, "POST /api/tracks", Optional.empty()),
                    new Sample(20 * MS, "QUEUED", Optional.empty()), new Sample(50 * MS, "rendering (" + renderedWith + ")", Optional.of(8.5)),
                    new Sample(nanos * 6 / 10, "storing the audio", Optional.of(85.0))), nanos);
            jobs.add(new Job(seconds, FoundryJobsBench.PROMPTS.get(i % FoundryJobsBench.PROMPTS.size()), i, nanos,
                    Optional.of(Duration.ofNanos(nanos - 30 * MS)), stages, renderedWith));
        }
        return jobs;
    }

    private static String report(List<RendererRun> runs, int cores) {
        return new FoundryJobsReport(SETTINGS, runs, cores).render("Run at (a time) on 2 CPUs.\n");
    }
}
