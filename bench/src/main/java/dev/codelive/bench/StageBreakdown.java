package dev.codelive.bench;

import dev.codelive.bench.StageTimeline.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages of a set of jobs, side by side: per stage, its median and mean over all the jobs (a job that never showed
 * the stage counts as 0 s for it, its time being in the stage before), and in how many jobs it was seen. The means add
 * up to the mean job; the medians need not add up to anything.
 *
 * @param rows in the order the stages come in the jobs
 */
record StageBreakdown(int jobs, List<Row> rows) {
    /** One stage over the jobs, in seconds. */
    record Row(Key stage, double medianSeconds, double meanSeconds, int seenIn) {}

    StageBreakdown {
        rows = List.copyOf(rows);
    }

    static StageBreakdown of(List<StageTimeline> timelines) {
        Map<Key, List<StageTimeline.Stage>> byKey = new LinkedHashMap<>();
        timelines.forEach(timeline -> timeline.stages().forEach(stage -> byKey.computeIfAbsent(stage.key(), key -> new ArrayList<>()).add(stage)));
        List<Row> rows = new ArrayList<>();
        for (Key key : inJobOrder(timelines, byKey)) {
            List<Double> seconds = new ArrayList<>(byKey.get(key).stream().map(stage -> stage.nanos() / 1e9).toList());
            while (seconds.size() < timelines.size()) {
                seconds.add(0.0);
            }
            double mean = seconds.stream().mapToDouble(Double::doubleValue).sum() / timelines.size();
            rows.add(new Row(key, Figures.median(seconds), mean, byKey.get(key).size()));
        }
        return new StageBreakdown(timelines.size(), rows);
    }

    /**
     * The stages so that each comes after every stage that came before it in some job; where the jobs do not say (two
     * stages never seen in the same job, or seen in either order), the one with the earlier median start first (then by
     * name and progress, so that a report does not change from run to run on a tie).
     */
    private static List<Key> inJobOrder(List<StageTimeline> timelines, Map<Key, List<StageTimeline.Stage>> byKey) {
        Map<Key, Set<Key>> before = new HashMap<>();
        byKey.keySet().forEach(key -> before.put(key, new HashSet<>()));
        for (StageTimeline timeline : timelines) {
            List<StageTimeline.Stage> stages = timeline.stages();
            for (int i = 1; i < stages.size(); i++) {
                for (int j = 0; j < i; j++) {
                    before.get(stages.get(i).key()).add(stages.get(j).key());
                }
            }
        }
        Map<Key, Double> medianStart = new HashMap<>();
        byKey.forEach((key, stages) -> medianStart.put(key, Figures.median(stages.stream().map(stage -> (double) stage.startNanos()).toList())));
        Comparator<Key> byStart = Comparator.<Key>comparingDouble(medianStart::get).thenComparing(Key::name)
                .thenComparingDouble(key -> key.percent().orElse(-1.0));
        List<Key> ordered = new ArrayList<>();
        Set<Key> left = new HashSet<>(byKey.keySet());
        while (!left.isEmpty()) {
            Key next = left.stream().filter(key -> before.get(key).stream().noneMatch(left::contains)).min(byStart)
                    // Stages seen in either order: their cycle is broken at the earliest.
                    .orElseGet(() -> left.stream().min(byStart).orElseThrow());
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }
}
