package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.audio.score.Score;
import dev.codelive.bench.RenderWorkload.Composed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The foundry-render report: per-round ratios, songs combined per round, what has no figure, and the fresh JVMs' breakdown. */
class RendererReportTest {
    private static final ChildTimings TIMINGS = new ChildTimings(100, 150, 2500, 50);
    private static final ChildTimings SHORTER = new ChildTimings(100, 150, 1500, 50);
    private static final CpuMeter.Share QUIET = new CpuMeter.Share(1, 0);

    private final Map<RenderVariant, Map<String, List<RenderRun>>> runs = new EnumMap<>(RenderVariant.class);

    @Test
    void ratiosAreTakenRoundByRoundOverTheSongsCombined() {
        String report = report();

        // fluidsynth all songs per round: 1+1, 2+1; ours: 3+2, 4+2; ratios 2.5 and 2.0 (the ratio of medians would be 2.2).
        assertThat(report).contains("| fluidsynth, fresh process | 2.50 (2.00–3.00) | — | 2.35 (1.90–2.80) | — | 171 (170–171) | — |");
        // CPU: 8 against 1.9 and 2.8. Peak RSS takes the largest song per round: 300 and 320 against 170 and 171.
        assertThat(report).contains("| ours (soundfont), fresh JVM | 5.50 (5.00–6.00) | 2.25 (2.00–2.50) | 8.00 (8.00–8.00) | 3.53 (2.86–4.21)"
                + " | 310 (300–320) | 1.82 (1.76–1.87) |");
    }

    @Test
    void aWarmRenderHasNoPeakMemoryOfItsOwn() {
        assertThat(report()).contains("| ours (built-in), warm JVM | 1.00 (1.00–1.00) | 0.42 (0.33–0.50) | 1.80 (1.80–1.80) | 0.80 (0.64–0.95) | — | — |");
    }

    @Test
    void eachVariantHasATableBySong() {
        String report = report();

        assertThat(report).contains("## ours (soundfont), fresh JVM\n\n| song | wall s | wall ÷ fluidsynth |");
        assertThat(report).contains("| pop | 3.50 (3.00–4.00) | 2.50 (2.00–3.00) |");
        assertThat(report).contains("| rock | 2.00 (2.00–2.00) | 2.00 (2.00–2.00) |");
    }

    @Test
    void theVerdictComparesWallTimesOverAllSongs() {
        String report = report();

        assertThat(report).contains("- ours (soundfont), fresh JVM: slower than fluidsynth, 2.25× its wall time.");
        assertThat(report).contains("- ours (built-in), warm JVM: faster than fluidsynth, 0.42× its wall time (2.40× as fast).");
        assertThat(report).doesNotContain("- fluidsynth, fresh process:");
    }

    @Test
    void theBreakdownLeavesTheJvmsStartAndExitAsTheRestOfTheWallTime() {
        assertThat(report()).contains("| ours (soundfont), fresh JVM | pop | 700 (200–1200) | 100 (100–100) | 150 (150–150) | 2500 (2500–2500)"
                + " | 50 (50–50) | 3500 (3000–4000) |");
        assertThat(report()).contains("| ours (soundfont), fresh JVM | rock | 200 (200–200) |");
    }

    @Test
    void settingsNameTheCommandsAndFluidsynthsLongerOutput() {
        String report = report();

        assertThat(report).contains("`fluidsynth -ni -q -r 44100 -F OUT.wav /sf/FluidR3_GM.sf2 pop.mid`");
        assertThat(report).contains("`/jdk/bin/java --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED -cp /b/benchmarks.jar"
                + " dev.codelive.bench.RenderChild soundfont:/sf/FluidR3_GM.sf2 pop 60.000 OUT.wav`");
        assertThat(report).contains("JVM options: none beyond the export");
        assertThat(report).contains("its output was pop 66.5 s, rock 67.0 s, against exactly 60 s from ours");
        assertThat(report).contains("Soundfont: /sf/FluidR3_GM.sf2 (141.5 MiB)");
        assertThat(report).contains("pop \"upbeat pop 120 bpm with piano, bass and drums\" seed 1, 0 parts [3 ms]; rock ");
    }

    @Test
    void manyNoisyRunsAreCounted() {
        CpuMeter.Share busy = new CpuMeter.Share(50, 0);
        add(RenderVariant.WARM_SOUNDFONT, "pop", warm(0.5, 0.9, busy), warm(0.5, 0.9, busy));
        add(RenderVariant.WARM_SOUNDFONT, "rock", warm(0.5, 0.9, busy), warm(0.5, 0.9, busy));
        add(RenderVariant.FRESH_BUILTIN, "pop", warm(0.5, 0.9, busy), warm(0.5, 0.9, busy));
        add(RenderVariant.FRESH_BUILTIN, "rock", warm(0.5, 0.9, busy), warm(0.5, 0.9, busy));

        String report = report();

        assertThat(report).contains("of the machine): 9 of 20 runs.**");
        assertThat(report).doesNotContain("round 2 rock ours (built-in), warm JVM (other 15 %");
    }

    @Test
    void noisyRunsAreNamed() {
        String report = report();

        assertThat(report).contains("round 2 rock ours (built-in), warm JVM (other 15 %, steal 0 %)");
        // Twelve runs: eleven took 1 % from other processes, one 15 %.
        assertThat(report).contains("by other processes 2.2 % on average (at most 15.0 %), by hypervisor steal 0.0 % (at most 0.0 %)");
        assertThat(report).doesNotContain("round 1 pop");
    }

    private String report() {
        add(RenderVariant.FLUIDSYNTH, "pop", fresh(1.0, 0.9, 170, 66.5, Optional.empty()), fresh(2.0, 1.8, 170, 66.5, Optional.empty()));
        add(RenderVariant.FLUIDSYNTH, "rock", fresh(1.0, 1.0, 169, 67.0, Optional.empty()), fresh(1.0, 1.0, 171, 67.0, Optional.empty()));
        add(RenderVariant.FRESH_SOUNDFONT, "pop", fresh(3.0, 5.0, 300, 60, Optional.of(TIMINGS)), fresh(4.0, 5.0, 310, 60, Optional.of(TIMINGS)));
        add(RenderVariant.FRESH_SOUNDFONT, "rock", fresh(2.0, 3.0, 280, 60, Optional.of(SHORTER)), fresh(2.0, 3.0, 320, 60, Optional.of(SHORTER)));
        add(RenderVariant.WARM_BUILTIN, "pop", warm(0.5, 0.9, QUIET), warm(0.5, 0.9, QUIET));
        add(RenderVariant.WARM_BUILTIN, "rock", warm(0.5, 0.9, QUIET), warm(0.5, 0.9, new CpuMeter.Share(15, 0)));
        List<Composed> songs = List.of(composed("pop"), composed("rock"));
        RenderCommands commands = new RenderCommands(Path.of("/sf/FluidR3_GM.sf2"), Path.of("/jdk/bin/java"), "/b/benchmarks.jar", List.of());
        RenderSetup setup = new RenderSetup("FluidSynth runtime version 2.3.1", 148_398_306, OptionalLong.of(24_684_100), 60, 2, 2, commands);
        return new RendererReport(setup, new RenderResults(songs, runs)).render();
    }

    private void add(RenderVariant variant, String song, RenderRun... byRound) {
        runs.computeIfAbsent(variant, key -> new LinkedHashMap<>()).put(song, new ArrayList<>(List.of(byRound)));
    }

    private static RenderRun fresh(double wall, double cpu, double rssMib, double audioSeconds, Optional<ChildTimings> timings) {
        return new RenderRun(wall, cpu, OptionalDouble.of(rssMib), audioSeconds, timings, Optional.of(QUIET));
    }

    private static RenderRun warm(double wall, double cpu, CpuMeter.Share noise) {
        return new RenderRun(wall, cpu, OptionalDouble.empty(), 60, Optional.empty(), Optional.of(noise));
    }

    private static Composed composed(String name) {
        return new Composed(RenderWorkload.song(name), new Score(120, 60, List.of()), Path.of("/w/" + name + ".mid"), 3);
    }
}
