package dev.codelive.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one track job's time went, as its client saw it by polling: the job is split at each first sighting of a new
 * progress message, so a stage runs from the poll that first showed its message to the poll that first showed the
 * next one (the first stage from the order being sent). Stages shorter than the polling interval can go unseen, their
 * time then counting to the stage before; every boundary is late by up to one poll.
 *
 * <p>A stage is known by its message and the progress shown with it when it was first seen: the same words may mean
 * two stages (the composer's {@code done} at 85 %, the job's at 100 %), and when the first of them goes unseen the
 * other must not take its place.
 *
 * @param stages in the order they were seen; their times add up to the job's
 */
record StageTimeline(List<Stage> stages) {
    /**
     * One stretch of the job under one progress message.
     *
     * @param name the message, with {@code #2}, {@code #3}… when the same message and progress come back after another
     * @param percent the job's progress when the message was first seen; empty before the job had any
     * @param startNanos since the order was sent
     */
    record Stage(String name, Optional<Double> percent, long startNanos, long nanos) {
        /** What tells this stage from another with the same words. */
        Key key() {
            return new Key(name, percent);
        }
    }

    /** A stage's identity across jobs. */
    record Key(String name, Optional<Double> percent) {}

    /**
     * What one poll showed.
     *
     * @param atNanos when its answer came, since the order was sent
     * @param label the progress message, or the job's state while it has none
     * @param percent the job's progress, 0 to 100; empty where the answer had none (the order's)
     */
    record Sample(long atNanos, String label, Optional<Double> percent) {}

    StageTimeline {
        stages = List.copyOf(stages);
    }

    /**
     * The stages of a job whose polls showed {@code samples} (in order) and whose completion was seen at {@code endNanos}.
     * The first sample's stage starts at 0, when the order was sent.
     */
    static StageTimeline of(List<Sample> samples, long endNanos) {
        List<Stage> stages = new ArrayList<>();
        Map<Key, Integer> occurrences = new HashMap<>();
        Sample current = null;
        long start = 0;
        for (Sample sample : samples) {
            if (sample.atNanos() > endNanos || (current != null && sample.atNanos() < start)) {
                throw new IllegalArgumentException("samples out of order: " + sample + " after " + start + " ns, end " + endNanos + " ns");
            }
            if (current != null && sample.label().equals(current.label())) {
                continue;
            }
            if (current != null) {
                stages.add(stage(current, start, sample.atNanos(), occurrences));
                start = sample.atNanos();
            }
            current = sample;
        }
        if (current != null) {
            stages.add(stage(current, start, endNanos, occurrences));
        }
        return new StageTimeline(stages);
    }

    private static Stage stage(Sample first, long start, long end, Map<Key, Integer> occurrences) {
        int occurrence = occurrences.merge(new Key(first.label(), first.percent()), 1, Integer::sum);
        return new Stage(occurrence == 1 ? first.label() : first.label() + " #" + occurrence, first.percent(), start, end - start);
    }

    long totalNanos() {
        return stages.stream().mapToLong(Stage::nanos).sum();
    }
}
