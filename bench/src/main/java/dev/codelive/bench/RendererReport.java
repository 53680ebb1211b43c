package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;
import static dev.codelive.bench.Figures.spread;

import dev.codelive.bench.RenderRun.Measure;
import dev.codelive.bench.RenderWorkload.Composed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The {@code foundry-render} results as Markdown: what ran and how, a summary of every variant over all songs, a
 * table per variant by song, where a fresh JVM's time went, and which runs the machine's other work may have skewed.
 * Each figure is the median over rounds with the range in parentheses; each ratio is ours ÷ fluidsynth taken round by
 * round, then the median of those.
 */
final class RendererReport {
    /** Past this many noisy runs, the report counts them instead of naming them. */
    private static final int MOST_NOISY_RUNS_NAMED = 5;

    private final RenderSetup setup;
    private final RenderResults results;

    RendererReport(RenderSetup setup, RenderResults results) {
        this.setup = setup;
        this.results = results;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(settings()).append('\n');
        out.append("## All songs\n\n");
        out.append("Per round the songs' wall and CPU times add up and peak RSS is the largest of them.\n\n");
        MarkdownTable summary = table("variant");
        for (RenderVariant variant : results.variants()) {
            summary.row(row(variant.label(), variant, measure -> results.allSongs(variant, measure),
                    measure -> results.allSongs(RenderVariant.FLUIDSYNTH, measure)));
        }
        out.append(summary.render()).append('\n');
        out.append(verdicts()).append('\n');
        for (RenderVariant variant : results.variants()) {
            out.append("## ").append(variant.label()).append("\n\n");
            MarkdownTable bySong = table("song");
            for (Composed song : results.songs()) {
                String name = song.song().name();
                bySong.row(row(name, variant, measure -> results.series(variant, name, measure),
                        measure -> results.series(RenderVariant.FLUIDSYNTH, name, measure)));
            }
            out.append(bySong.render()).append('\n');
        }
        out.append(breakdown());
        out.append('\n').append(noise());
        List<String> noisy = results.noisyRuns();
        out.append(Figures.noiseNote(noisy.size() <= MOST_NOISY_RUNS_NAMED ? noisy
                : List.of(noisy.size() + " of " + results.shares().size() + " runs")));
        return out.toString();
    }

    private String settings() {
        return machine() + songs() + "\n" + commands() + "\n" + method();
    }

    private String machine() {
        return "Machine: " + setup.memoryKib().stream().mapToObj(kib -> decimal(kib / 1024.0 / 1024, 1) + " GiB of memory").findFirst()
                .orElse("memory unknown") + "; " + setup.fluidsynthVersion() + "; GNU time (" + GnuTime.BINARY + ").\n"
                + "Soundfont: " + setup.commands().soundFont() + " (" + decimal(setup.soundFontBytes() / 1024.0 / 1024, 1)
                + " MiB), for fluidsynth and our soundfont renderer alike.\n";
    }

    private String songs() {
        List<String> songs = new ArrayList<>();
        for (Composed song : results.songs()) {
            songs.add(song.song().name() + " \"" + song.song().prompt() + "\" seed " + song.song().seed() + ", " + song.score().parts().size()
                    + " parts [" + decimal(song.composeMillis(), 0) + " ms]");
        }
        return "Songs (" + setup.seconds() + " s each at " + RenderChild.SAMPLE_RATE + " Hz, composed once by the local composer; compose time"
                + " in the bench's JVM in brackets): " + String.join("; ", songs) + ".\n";
    }

    private String commands() {
        RenderCommands commands = setup.commands();
        Composed first = results.songs().getFirst();
        Path out = Path.of("OUT.wav");
        return "Commands (OUT.wav and the MIDI file in the run's work folder):\n\n"
                + "- fluidsynth, on the score exported as MIDI: `" + String.join(" ", commands.fluidsynth(first.midi().getFileName(), out))
                + "`; one core, its default (synth.cpu-cores 1)\n"
                + "- ours, fresh JVM (`" + RenderChild.BUILTIN + "` in place of `" + RenderChild.SOUNDFONT_PREFIX + "FILE` for the built-in"
                + " synthesizer): `" + String.join(" ", commands.child(true, first.song(), setup.seconds(), out)) + "`. JVM options: "
                + (commands.jvmOptions().isEmpty() ? "none beyond the export, so heap and GC are the JVM's defaults"
                        : "`" + String.join(" ", commands.jvmOptions()) + "`")
                + ". The child composes the score again from prompt and seed (deterministic: the score of the MIDI file; its compose time is in"
                + " the breakdown below), reads the soundfont, renders, and writes the unmastered mix as a 16-bit WAV, as fluidsynth does.\n"
                + "- ours, warm JVM (the server's case): `ScoreRenderer.render(score, " + RenderChild.SAMPLE_RATE + ")` in the bench's JVM after "
                + setup.warmup() + " untimed render(s) of every song; both renderers render two parts at a time, as the server's.\n";
    }

    private String method() {
        return "Rounds: " + setup.rounds() + ", each rendering every song with every variant once, the order rotated by one each round, after"
                + " one untimed run of each fresh-process variant. Wall time: the bench's clock from process start to exit (through"
                + " /usr/bin/time), or around `render`. CPU time: user + system, from GNU time `-v` for processes, from the JVM's process CPU"
                + " time (its GC and JIT threads included) for warm renders. Peak RSS: GNU time's maximum resident set size; none for warm"
                + " renders, which share the bench's heap. Every output is checked: stereo at the rate, the song's length (fluidsynth's up to "
                + decimal(RenderTrials.FLUIDSYNTH_TAIL_SECONDS, 0) + " s longer), not silent.\n\n"
                + "fluidsynth renders on past the end of the MIDI file until its voices have faded: its output was " + fluidsynthLengths()
                + ", against exactly " + setup.seconds() + " s from ours. The times are compared as they are, not per second of audio.\n";
    }

    private String fluidsynthLengths() {
        List<String> lengths = new ArrayList<>();
        for (Composed song : results.songs()) {
            List<Double> seconds = results.runs(RenderVariant.FLUIDSYNTH, song.song().name()).stream().map(RenderRun::audioSeconds).toList();
            lengths.add(song.song().name() + " " + decimal(Figures.median(seconds), 1) + " s");
        }
        return String.join(", ", lengths);
    }

    private String noise() {
        List<CpuMeter.Share> shares = results.shares();
        if (shares.isEmpty()) {
            return "CPU taken by other work: not measured (no Linux /proc).";
        }
        return "CPU taken from the benchmark per run: by other processes " + decimal(average(shares, CpuMeter.Share::other), 1)
                + " % on average (at most " + decimal(maximum(shares, CpuMeter.Share::other), 1) + " %), by hypervisor steal "
                + decimal(average(shares, CpuMeter.Share::steal), 1) + " % (at most " + decimal(maximum(shares, CpuMeter.Share::steal), 1) + " %).\n";
    }

    private static double average(List<CpuMeter.Share> shares, ToDoubleFunction<CpuMeter.Share> figure) {
        return shares.stream().mapToDouble(figure).average().orElseThrow();
    }

    private static double maximum(List<CpuMeter.Share> shares, ToDoubleFunction<CpuMeter.Share> figure) {
        return shares.stream().mapToDouble(figure).max().orElseThrow();
    }

    private static MarkdownTable table(String label) {
        return new MarkdownTable(1, label, "wall s", "wall ÷ fluidsynth", "CPU s", "CPU ÷ fluidsynth", "peak RSS MiB", "RSS ÷ fluidsynth");
    }

    /** A label, then per measure the variant's figures and their ratios to the reference's, {@code —} where there are none. */
    private static Object[] row(String label, RenderVariant variant, Function<Measure, Optional<List<Double>>> figures,
            Function<Measure, Optional<List<Double>>> reference) {
        List<Object> cells = new ArrayList<>(List.of(label));
        for (Measure measure : Measure.values()) {
            int places = measure == Measure.PEAK_RSS ? 0 : 2;
            Optional<List<Double>> values = figures.apply(measure);
            cells.add(values.map(list -> spread(list, places)).orElse("—"));
            cells.add(variant.reference() ? "—" : ratio(values, reference.apply(measure)));
        }
        return cells.toArray();
    }

    private static String ratio(Optional<List<Double>> values, Optional<List<Double>> reference) {
        if (values.isEmpty() || reference.isEmpty()) {
            return "—";
        }
        return spread(RoundSeries.ratios(values.get(), reference.get()), 2);
    }

    /** One sentence per variant of ours: faster or slower than fluidsynth over all songs, by the median ratio of wall times. */
    private String verdicts() {
        List<Double> reference = results.allSongs(RenderVariant.FLUIDSYNTH, Measure.WALL).orElseThrow();
        StringBuilder out = new StringBuilder();
        for (RenderVariant variant : results.variants()) {
            if (variant.reference()) {
                continue;
            }
            double ratio = Figures.median(RoundSeries.ratios(results.allSongs(variant, Measure.WALL).orElseThrow(), reference));
            out.append("- ").append(variant.label()).append(": ").append(ratio < 1
                    ? "faster than fluidsynth, " + decimal(ratio, 2) + "× its wall time (" + decimal(1 / ratio, 2) + "× as fast)"
                    : "slower than fluidsynth, " + decimal(ratio, 2) + "× its wall time").append(".\n");
        }
        return out.toString();
    }

    /** Where the fresh JVMs' time went, by their own account: the rest of the wall time is the JVM's start and exit. */
    private String breakdown() {
        MarkdownTable table = new MarkdownTable(2, "variant", "song", "JVM start and exit", "compose", "load", "render", "write WAV", "wall");
        for (RenderVariant variant : results.variants()) {
            for (Composed song : results.songs()) {
                List<RenderRun> runs = results.runs(variant, song.song().name());
                if (runs.stream().anyMatch(run -> run.timings().isEmpty())) {
                    continue;
                }
                List<ChildTimings> timings = runs.stream().map(run -> run.timings().orElseThrow()).toList();
                table.row(variant.label(), song.song().name(),
                        spread(runs.stream().map(run -> run.wallSeconds() * 1000 - run.timings().orElseThrow().totalMillis()).toList(), 0),
                        millis(timings, ChildTimings::composeMillis), millis(timings, ChildTimings::loadMillis),
                        millis(timings, ChildTimings::renderMillis), millis(timings, ChildTimings::writeMillis),
                        spread(runs.stream().map(run -> run.wallSeconds() * 1000).toList(), 0));
            }
        }
        return "## Inside the fresh JVMs (ms)\n\nAs each child reports it. Load: creating the renderer and, for the soundfont one, reading"
                + " the soundfont. JVM start and exit: the wall time less the rest.\n\n" + table.render();
    }

    private static String millis(List<ChildTimings> timings, ToDoubleFunction<ChildTimings> step) {
        return spread(timings.stream().map(timing -> step.applyAsDouble(timing)).toList(), 0);
    }
}
