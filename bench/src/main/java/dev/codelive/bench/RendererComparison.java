package dev.codelive.bench;

import dev.codelive.audio.synth.SoundFonts;
import dev.codelive.bench.RenderWorkload.Composed;
import dev.codelive.bench.RenderWorkload.Song;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code foundry-render} command: our renderers against fluidsynth rendering the same songs with the same
 * soundfont, side by side in one run. Each song is composed once and exported as MIDI for fluidsynth; every round
 * renders every song with fluidsynth, with our soundfont and built-in renderers in fresh JVMs (each recomposes the
 * score from its prompt and seed, and reports its compose, load, render and write times), and with the same two
 * renderers warm in this JVM (the server's case), the order rotated each round ({@link Interleaved}). Results on
 * standard output as Markdown, progress on standard error.
 */
final class RendererComparison {
    static final Set<String> OPTIONS = Set.of("rounds", "duration", "warmup", "songs", "soundfont", "jvm-options");
    static final int DEFAULT_ROUNDS = 5;
    static final int DEFAULT_DURATION_S = 60;
    static final int DEFAULT_WARMUP = 2;

    private RendererComparison() {}

    static void run(CommandOptions options) throws Exception {
        int rounds = options.integer("rounds", DEFAULT_ROUNDS);
        int seconds = options.integer("duration", DEFAULT_DURATION_S);
        int warmup = options.integer("warmup", DEFAULT_WARMUP);
        List<Song> songs = options.list("songs", String.join(",", RenderWorkload.SONGS.stream().map(Song::name).toList())).stream()
                .map(RenderWorkload::song).toList();
        List<String> jvmOptions = options.text("jvm-options").map(text -> Arrays.stream(text.strip().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList()).orElse(List.of());
        String header = PlatformBench.header(false);
        PrintStream progress = System.err;

        Path work = Files.createTempDirectory("foundry-render-");
        try {
            RenderSetup setup = RenderSetup.check(options.text("soundfont").map(Path::of).or(() -> SoundFonts.locate(System.getenv())), work,
                    seconds, rounds, warmup, jvmOptions);
            progress.println("[bench] composing " + songs.size() + " songs of " + seconds + " s in " + work);
            List<Composed> composed = RenderWorkload.compose(songs, seconds, work);
            RenderTrials trials = new RenderTrials(setup.commands(), seconds, work);
            warmUp(trials, composed, warmup, progress);
            RenderResults results = measure(trials, composed, rounds, progress);
            System.out.println(header);
            System.out.print(new RendererReport(setup, results).render());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Untimed runs first: each fresh-process variant once (the soundfont, the jar and fluidsynth's libraries then come
     * from the page cache in every timed run, whichever goes first), and every song through each warm renderer
     * {@code warmup} times (the soundfont read, the JIT done), as in a server that has rendered before.
     */
    private static void warmUp(RenderTrials trials, List<Composed> songs, int warmup, PrintStream progress) throws IOException {
        for (RenderVariant variant : RenderVariant.values()) {
            List<Composed> warming = variant.freshProcess() ? songs.subList(0, 1) : songs;
            int times = variant.freshProcess() ? 1 : warmup;
            progress.printf("[bench] warming up: %s, %d render(s)%n", variant.label(), times * warming.size());
            for (int i = 0; i < times; i++) {
                for (Composed song : warming) {
                    trials.run(variant, song);
                }
            }
        }
    }

    private static RenderResults measure(RenderTrials trials, List<Composed> songs, int rounds, PrintStream progress) throws Exception {
        Map<RenderVariant, Map<String, List<RenderRun>>> runs = new EnumMap<>(RenderVariant.class);
        List<Interleaved.Way> ways = new ArrayList<>();
        for (Composed song : songs) {
            for (RenderVariant variant : RenderVariant.values()) {
                List<RenderRun> list = runs.computeIfAbsent(variant, key -> new LinkedHashMap<>())
                        .computeIfAbsent(song.song().name(), key -> new ArrayList<>());
                ways.add(new Interleaved.Way(variant.label() + ", " + song.song().name(), () -> {
                    RenderRun run = trials.run(variant, song);
                    list.add(run);
                    progress.printf("[bench] round %d: %s, %s: %s s wall, %s s CPU%n", list.size(), song.song().name(), variant.label(),
                            Figures.decimal(run.wallSeconds(), 2), Figures.decimal(run.cpuSeconds(), 2));
                    return Math.round(run.wallSeconds() * 1e9);
                }));
            }
        }
        Interleaved.measure(ways, 0, rounds, "foundry-render", progress);
        return new RenderResults(songs, runs);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
