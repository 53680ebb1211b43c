package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;

import dev.codelive.bench.FoundryJobsBench.Job;
import dev.codelive.bench.FoundryJobsBench.RendererRun;
import dev.codelive.bench.FoundryJobsBench.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code foundry-jobs} results as Markdown: latency per renderer and track length, the target, and each one's stages. */
final class FoundryJobsReport {
    /** The target: p95 under this for a track of {@link #TARGET_TRACK_SECONDS} on {@link #TARGET_CORES} cores. */
    static final double TARGET_P95_SECONDS = 3.0;
    static final int TARGET_TRACK_SECONDS = 60;
    static final int TARGET_CORES = 2;
    private static final int PLACES = 2;

    private final Settings settings;
    private final List<RendererRun> runs;
    private final int cores;

    /** @param cores the machine's, for the target's condition */
    FoundryJobsReport(Settings settings, List<RendererRun> runs, int cores) {
        this.settings = settings;
        this.runs = List.copyOf(runs);
        this.cores = cores;
    }

    /** @param machine what the run ran on and from (see {@link PlatformBench#header}), ending in a newline */
    String render(String machine) {
        return "## SoundFoundry track jobs, end to end\n\n" + machine + "\n" + method() + "\n" + latency() + "\n" + target() + "\n" + stages();
    }

    private String method() {
        String prompts = FoundryJobsBench.PROMPTS.stream().map(prompt -> "\"" + prompt.text() + "\"" + (prompt.hasVocals() ? " (with vocals)" : ""))
                .collect(Collectors.joining(", "));
        return "Per renderer a fresh server (the jar above, embedded H2 and blob files, `LOG_LEVEL=WARN`, policy `" + settings.policy()
                + "`) and one user; " + settings.warmup() + " warm-up job(s) not counted, then " + settings.jobs()
                + " jobs per track length, one at a time, the lengths taking turns job by job. Prompts in turn: " + prompts
                + "; every job its own seed, the same ones for each renderer.\n\n"
                + "Latency: from sending `POST /api/tracks` to receiving the first `GET /api/jobs/{id}` that answers COMPLETE, polled every "
                + settings.poll().toMillis() + " ms, so each figure is late by up to one poll interval and one GET. *Server* is the job's "
                + "`created_at` to `finished_at` by the server's own clock, without the polling. Every track was then checked: COMPLETE, "
                + "with audio of the length ordered.\n";
    }

    private String latency() {
        MarkdownTable table = new MarkdownTable(2, "renderer", "track (s)", "jobs", "p50 (s)", "p95 (s)", "max (s)", "mean (s)",
                "server p50 (s)", "server p95 (s)", "other CPU %", "steal %");
        List<String> noisy = new ArrayList<>();
        for (RendererRun run : runs) {
            run.cpu().filter(CpuMeter.Share::noisy).ifPresent(cpu -> noisy.add(run.renderer().name()));
            run.jobs().forEach((seconds, jobs) -> {
                TrackLatency latency = latency(jobs);
                Optional<TrackLatency> server = serverLatency(jobs);
                table.row(run.renderer().name(), seconds, latency.jobs(), decimal(latency.p50Seconds(), PLACES), decimal(latency.p95Seconds(), PLACES),
                        decimal(latency.maxSeconds(), PLACES), decimal(latency.meanSeconds(), PLACES),
                        server.map(figures -> decimal(figures.p50Seconds(), PLACES)).orElse("?"),
                        server.map(figures -> decimal(figures.p95Seconds(), PLACES)).orElse("?"),
                        run.cpu().map(cpu -> decimal(cpu.other(), 1)).orElse("?"), run.cpu().map(cpu -> decimal(cpu.steal(), 1)).orElse("?"));
            });
        }
        return table.render() + "\nCPU columns: what other processes (neither the bench nor the server) and hypervisor steal took of the "
                + "whole machine during the renderer's measured jobs.\n" + Figures.noiseNote(noisy);
    }

    /** The target as a fact for each renderer that made tracks of its length. */
    private String target() {
        List<String> facts = new ArrayList<>();
        for (RendererRun run : runs) {
            List<Job> jobs = run.jobs().get(TARGET_TRACK_SECONDS);
            if (jobs != null) {
                double p95 = latency(jobs).p95Seconds();
                facts.add(run.renderer().name() + " p95 " + decimal(p95, PLACES) + " s, " + (p95 < TARGET_P95_SECONDS ? "under" : "not under")
                        + " " + decimal(TARGET_P95_SECONDS, 0) + " s");
            }
        }
        if (facts.isEmpty()) {
            return "Target (p95 under " + decimal(TARGET_P95_SECONDS, 0) + " s for a " + TARGET_TRACK_SECONDS + " s track): not measured, no "
                    + TARGET_TRACK_SECONDS + " s tracks in this run.\n";
        }
        return "Target (p95 under " + decimal(TARGET_P95_SECONDS, 0) + " s for a " + TARGET_TRACK_SECONDS + " s track on " + TARGET_CORES
                + " cores): " + String.join("; ", facts) + "."
                + (cores == TARGET_CORES ? "" : " This machine has " + cores + " CPUs, not " + TARGET_CORES + ".") + "\n";
    }

    private String stages() {
        StringBuilder out = new StringBuilder("### Stages\n\n")
                .append("Poll-derived, so approximate: a stage runs from the first poll that showed its progress message to the first that "
                        + "showed the next one; QUEUED is the job waiting, RENDERING started without a message yet. Progress is the job's "
                        + "when the message was first seen, which tells apart stages of the same words (the composer's `done`, the job's). "
                        + "The server writes a running "
                        + "job's progress once per `jobs.poll_interval_ms` (")
                .append(settings.progressWriteMs())
                .append(" ms in this run's policy) and the bench polls every ").append(settings.poll().toMillis())
                .append(" ms, so a shorter stage may go unseen (its time then counts to the stage before) and every boundary is late "
                        + "by up to both. Median and mean over the jobs, 0 s for a job that did not show the stage; the means add up to "
                        + "the mean job, the medians need not.\n");
        for (RendererRun run : runs) {
            run.jobs().forEach((seconds, jobs) -> {
                String renderedWith = jobs.stream().map(Job::renderedWith).distinct().collect(Collectors.joining(", "));
                out.append("\n").append(run.renderer().name()).append(", ").append(seconds).append(" s tracks (rendered with ")
                        .append(renderedWith).append(")\n\n").append(stageTable(jobs));
            });
        }
        return out.toString();
    }

    static String stageTable(List<Job> jobs) {
        StageBreakdown breakdown = StageBreakdown.of(jobs.stream().map(Job::stages).toList());
        MarkdownTable table = new MarkdownTable(1, "stage", "progress", "median (s)", "mean (s)", "seen in");
        for (StageBreakdown.Row row : breakdown.rows()) {
            table.row(row.stage().name(), row.stage().percent().map(percent -> decimal(percent, 1) + " %").orElse(""),
                    decimal(row.medianSeconds(), PLACES), decimal(row.meanSeconds(), PLACES), row.seenIn() + " of " + breakdown.jobs());
        }
        TrackLatency whole = latency(jobs);
        table.row("whole job", "", decimal(whole.p50Seconds(), PLACES), decimal(whole.meanSeconds(), PLACES), whole.jobs() + " of " + whole.jobs());
        return table.render();
    }

    private static TrackLatency latency(List<Job> jobs) {
        return TrackLatency.ofNanos(jobs.stream().mapToLong(Job::latencyNanos).toArray());
    }

    /** The server's own times, when it gave every job's. */
    private static Optional<TrackLatency> serverLatency(List<Job> jobs) {
        if (jobs.stream().anyMatch(job -> job.serverTime().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(TrackLatency.ofNanos(jobs.stream().mapToLong(job -> job.serverTime().map(Duration::toNanos).orElseThrow()).toArray()));
    }
}
