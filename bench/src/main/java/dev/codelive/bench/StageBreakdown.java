package dev.codelive.bench;

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
    record Row(String stage, double medianSeconds, double meanSeconds, int seenIn) {}

    StageBreakdown {
        rows = List.copyOf(rows);
    }

    static StageBreakdown of(List<StageTimeline> timelines) {
        Map<String, List<StageTimeline.Stage>> byName = new LinkedHashMap<>();
        timelines.forEach(timeline -> timeline.stages().forEach(stage -> byName.computeIfAbsent(stage.name(), name -> new ArrayList<>()).add(stage)));
        List<Row> rows = new ArrayList<>();
        for (String name : inJobOrder(timelines, byName)) {
            List<Double> seconds = new ArrayList<>(byName.get(name).stream().map(stage -> stage.nanos() / 1e9).toList());
            while (seconds.size() < timelines.size()) {
                seconds.add(0.0);
            }
            double mean = seconds.stream().mapToDouble(Double::doubleValue).sum() / timelines.size();
            rows.add(new Row(name, Figures.median(seconds), mean, byName.get(name).size()));
        }
        return new StageBreakdown(timelines.size(), rows);
    }

    /**
     * The stage names so that a stage comes after every stage that came before it in some job; where the jobs do not
     * say (two stages never seen in the same job, or seen in either order), the one with the earlier median start first
     * (then by name, so that a report does not change from run to run on a tie).
     */
    private static List<String> inJobOrder(List<StageTimeline> timelines, Map<String, List<StageTimeline.Stage>> byName) {
        Map<String, Set<String>> before = new HashMap<>();
        byName.keySet().forEach(name -> before.put(name, new HashSet<>()));
        for (StageTimeline timeline : timelines) {
            List<StageTimeline.Stage> stages = timeline.stages();
            for (int i = 1; i < stages.size(); i++) {
                for (int j = 0; j < i; j++) {
                    before.get(stages.get(i).name()).add(stages.get(j).name());
                }
            }
        }
        Map<String, Double> medianStart = new HashMap<>();
        byName.forEach((name, stages) -> medianStart.put(name, Figures.median(stages.stream().map(stage -> (double) stage.startNanos()).toList())));
        Comparator<String> byStart = Comparator.<String>comparingDouble(medianStart::get).thenComparing(Comparator.naturalOrder());
        List<String> ordered = new ArrayList<>();
        Set<String> left = new HashSet<>(byName.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(name -> before.get(name).stream().noneMatch(left::contains)).min(byStart)
                    // Stages seen in either order: their cycle is broken at the earliest.
                    .orElseGet(() -> left.stream().min(byStart).orElseThrow());
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }
}
