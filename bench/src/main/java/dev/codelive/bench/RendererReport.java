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
    private static final String ALL_SONGS = "all songs";

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
        out.append(Figures.noiseNote(results.noisyRuns()));
        return out.toString();
    }

    private String settings() {
        RenderCommands commands = setup.commands();
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(setup.memoryKib().stream().mapToObj(kib -> decimal(kib / 1024.0 / 1024, 1) + " GiB of memory")
                .findFirst().orElse("memory unknown")).append("; ").append(setup.fluidsynthVersion()).append("; GNU time (")
                .append(GnuTime.BINARY).append(").\n");
        out.append("Soundfont: ").append(commands.soundFont()).append(" (").append(decimal(setup.soundFontBytes() / 1024.0 / 1024, 1))
                .append(" MiB), for fluidsynth and our soundfont renderer alike.\n");
        out.append("Songs (").append(setup.seconds()).append(" s each at ").append(RenderChild.SAMPLE_RATE)
                .append(" Hz, composed once by the local composer; compose time in the bench's JVM in brackets):");
        for (Composed song : results.songs()) {
            out.append(" ").append(song.song().name()).append(" \"").append(song.song().prompt()).append("\" seed ").append(song.song().seed())
                    .append(", ").append(song.score().parts().size()).append(" parts [").append(decimal(song.composeMillis(), 0)).append(" ms];");
        }
        out.setLength(out.length() - 1);
        out.append(".\n\n");
        out.append("Commands (OUT, SONG and the paths are the run's own):\n\n");
        out.append("- fluidsynth, on the score exported as MIDI: `").append(String.join(" ", commands.fluidsynth(Path.of("SONG.mid"), Path.of("OUT.wav")))).append("`\n");
        out.append("- ours, fresh JVM (`builtin` instead of `soundfont:FILE` for the built-in synthesizer): `")
                .append(String.join(" ", commands.jvm())).append(" ").append(RenderChild.class.getName()).append(" ")
                .append(RenderChild.SOUNDFONT_PREFIX).append(commands.soundFont()).append(" SONG ").append(setup.seconds())
                .append(" OUT.wav`. JVM options: ").append(commands.jvmOptions().isEmpty() ? "none beyond the export, so heap and GC are the JVM's defaults"
                        : "`" + String.join(" ", commands.jvmOptions()) + "`").append(". The child composes the score again from prompt and seed"
                        + " (deterministic, the same score as the MIDI file; its compose time is in the breakdown below), reads the soundfont,"
                        + " renders, and writes the unmastered mix as a 16-bit WAV, as fluidsynth does.\n");
        out.append("- ours, warm JVM (the server's case): `ScoreRenderer.render(score, ").append(RenderChild.SAMPLE_RATE)
                .append(")` in the bench's JVM after ").append(setup.warmup()).append(" untimed render(s) of every song; both renderers render")
                .append(" two parts at a time, as the server's.\n\n");
        out.append("Rounds: ").append(setup.rounds()).append(", each rendering every song with every variant once, the order rotated by one")
                .append(" each round, after one untimed run of each fresh-process variant. Wall time: the bench's clock from process start to exit")
                .append(" (through /usr/bin/time), or around `render`. CPU time: user + system, from GNU time `-v` for processes, from the JVM's")
                .append(" process CPU time (its GC and JIT threads included) for warm renders. Peak RSS: GNU time's maximum resident set size;")
                .append(" none for warm renders, which share the bench's heap. Every output is checked: stereo at the rate, the song's length")
                .append(" (fluidsynth's up to ").append(decimal(RenderTrials.FLUIDSYNTH_TAIL_SECONDS, 0)).append(" s longer), not silent.\n\n");
        out.append("fluidsynth renders on past the end of the MIDI file until its voices have faded: its output was ").append(fluidsynthLengths())
                .append(", against exactly ").append(setup.seconds()).append(" s from ours. The times are compared as they are, not per second of audio.\n");
        return out.toString();
    }

    private String fluidsynthLengths() {
        List<String> lengths = new ArrayList<>();
        for (Composed song : results.songs()) {
            List<Double> seconds = results.runs(RenderVariant.FLUIDSYNTH, song.song().name()).stream().map(RenderRun::audioSeconds).toList();
            lengths.add(song.song().name() + " " + decimal(Figures.median(seconds), 1) + " s");
        }
        return String.join(", ", lengths);
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
