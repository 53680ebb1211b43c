package dev.codelive.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one track job's time went, as its client saw it by polling: the job is split at each first sighting of a new
 * progress message, so a stage runs from the poll that first showed its message to the poll that first showed the
 * next one (the first stage from the order being sent). Stages shorter than the polling interval can go unseen, their
 * time then counting to the stage before; every boundary is late by up to one poll.
 *
 * @param stages in the order they were seen; their times add up to the job's
 */
record StageTimeline(List<Stage> stages) {
    /**
     * One stretch of the job under one progress message.
     *
     * @param name the message, with {@code #2}, {@code #3}… when the same message comes back after another one
     * @param startNanos since the order was sent
     */
    record Stage(String name, long startNanos, long nanos) {}

    /**
     * What one poll showed.
     *
     * @param atNanos when its answer came, since the order was sent
     * @param label the progress message, or the job's state while it has none
     */
    record Sample(long atNanos, String label) {}

    StageTimeline {
        stages = List.copyOf(stages);
    }

    /**
     * The stages of a job whose polls showed {@code samples} (in order) and whose completion was seen at {@code endNanos}.
     * The first sample's stage starts at 0, when the order was sent.
     */
    static StageTimeline of(List<Sample> samples, long endNanos) {
        List<Stage> stages = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        String current = null;
        long start = 0;
        for (Sample sample : samples) {
            if (sample.atNanos() > endNanos || (current != null && sample.atNanos() < start)) {
                throw new IllegalArgumentException("samples out of order: " + sample + " after " + start + " ns, end " + endNanos + " ns");
            }
            if (sample.label().equals(current)) {
                continue;
            }
            if (current != null) {
                stages.add(stage(current, start, sample.atNanos(), occurrences));
                start = sample.atNanos();
            }
            current = sample.label();
        }
        if (current != null) {
            stages.add(stage(current, start, endNanos, occurrences));
        }
        return new StageTimeline(stages);
    }

    private static Stage stage(String label, long start, long end, Map<String, Integer> occurrences) {
        int occurrence = occurrences.merge(label, 1, Integer::sum);
        return new Stage(occurrence == 1 ? label : label + " #" + occurrence, start, end - start);
    }

    long totalNanos() {
        return stages.stream().mapToLong(Stage::nanos).sum();
    }
}
