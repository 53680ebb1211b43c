package dev.codelive.bench;

import dev.codelive.bench.RenderRun.Measure;
import dev.codelive.bench.RenderWorkload.Composed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every timed render of a {@code foundry-render} run: by variant and song, one run per round, in round order.
 *
 * @param songs the songs, in the workload's order
 */
record RenderResults(List<Composed> songs, Map<RenderVariant, Map<String, List<RenderRun>>> runs) {

    RenderResults {
        songs = List.copyOf(songs);
        Map<RenderVariant, Map<String, List<RenderRun>>> copy = new EnumMap<>(RenderVariant.class);
        runs.forEach((variant, bySong) -> {
            Map<String, List<RenderRun>> songsCopy = new LinkedHashMap<>();
            bySong.forEach((song, list) -> songsCopy.put(song, List.copyOf(list)));
            copy.put(variant, songsCopy);
        });
        runs = copy;
    }

    List<RenderVariant> variants() {
        return List.copyOf(runs.keySet());
    }

    List<RenderRun> runs(RenderVariant variant, String song) {
        List<RenderRun> list = runs.getOrDefault(variant, Map.of()).get(song);
        if (list == null) {
            throw new IllegalArgumentException("no runs of " + variant + " for " + song);
        }
        return list;
    }

    /** One song's figures by round; empty where the variant has no such figure (the peak memory of a render in this JVM). */
    Optional<List<Double>> series(RenderVariant variant, String song, Measure measure) {
        List<Double> values = new ArrayList<>();
        for (RenderRun run : runs(variant, song)) {
            OptionalDouble value = measure.of(run);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.getAsDouble());
        }
        return Optional.of(values);
    }

    /** Every song's figures combined round by round: times add up, peaks take the largest. */
    Optional<List<Double>> allSongs(RenderVariant variant, Measure measure) {
        List<List<Double>> bySong = new ArrayList<>();
        for (Composed song : songs) {
            Optional<List<Double>> series = series(variant, song.song().name(), measure);
            if (series.isEmpty()) {
                return Optional.empty();
            }
            bySong.add(series.get());
        }
        return Optional.of(measure.combinesByMax() ? RoundSeries.max(bySong) : RoundSeries.sum(bySong));
    }

    /** How much of the machine other work took during each run that could tell (every run, on Linux). */
    List<CpuMeter.Share> shares() {
        return runs.values().stream().flatMap(bySong -> bySong.values().stream()).flatMap(List::stream)
                .flatMap(run -> run.noise().stream()).toList();
    }

    /** The runs during which other work took enough of the machine to skew them, named for the report. */
    List<String> noisyRuns() {
        List<String> noisy = new ArrayList<>();
        runs.forEach((variant, bySong) -> bySong.forEach((song, list) -> {
            for (int round = 0; round < list.size(); round++) {
                int number = round + 1;
                list.get(round).noise().filter(CpuMeter.Share::noisy).ifPresent(share -> noisy.add("round " + number + " " + song + " "
                        + variant.label() + " (other " + Figures.whole(share.other()) + " %, steal " + Figures.whole(share.steal()) + " %)"));
            }
        }));
        return noisy;
    }
}
