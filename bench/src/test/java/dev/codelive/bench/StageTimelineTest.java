package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.bench.StageTimeline.Sample;
import dev.codelive.bench.StageTimeline.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job's stages from what its polls showed, and the stages of many jobs side by side. */
class StageTimelineTest {
    private static final long MS = 1_000_000;

    @Test
    void aStageRunsFromTheFirstPollShowingItToTheFirstShowingTheNext() {
        StageTimeline timeline = StageTimeline.of(List.of(
                new Sample(0, "POST /api/tracks"),
                new Sample(20 * MS, "QUEUED"),
                new Sample(35 * MS, "composing"),
                new Sample(50 * MS, "composing"),
                new Sample(65 * MS, "rendering (builtin)"),
                new Sample(80 * MS, "rendering (builtin)"),
                new Sample(95 * MS, "mastering")), 140 * MS);

        assertThat(timeline.stages()).containsExactly(
                new Stage("POST /api/tracks", 0, 20 * MS),
                new Stage("QUEUED", 20 * MS, 15 * MS),
                new Stage("composing", 35 * MS, 30 * MS),
                new Stage("rendering (builtin)", 65 * MS, 30 * MS),
                new Stage("mastering", 95 * MS, 45 * MS));
        assertThat(timeline.totalNanos()).isEqualTo(140 * MS);
    }

    @Test
    void theFirstStageStartsWhenTheOrderWasSentWhateverItsFirstPoll() {
        StageTimeline timeline = StageTimeline.of(List.of(new Sample(12 * MS, "QUEUED"), new Sample(30 * MS, "mastering")), 50 * MS);

        assertThat(timeline.stages()).containsExactly(new Stage("QUEUED", 0, 30 * MS), new Stage("mastering", 30 * MS, 20 * MS));
    }

    @Test
    void aMessageThatComesBackAfterAnotherIsAStageOfItsOwn() {
        StageTimeline timeline = StageTimeline.of(List.of(
                new Sample(0, "writing the audio"),
                new Sample(10 * MS, "done"),
                new Sample(20 * MS, "storing the audio"),
                new Sample(30 * MS, "done"),
                new Sample(40 * MS, "done")), 60 * MS);

        assertThat(timeline.stages()).extracting(Stage::name).containsExactly("writing the audio", "done", "storing the audio", "done #2");
        assertThat(timeline.stages().getLast().nanos()).isEqualTo(30 * MS);
    }

    @Test
    void noPollsNoStages() {
        assertThat(StageTimeline.of(List.of(), 5 * MS).stages()).isEmpty();
    }

    @Test
    void pollsOutOfOrderOrAfterTheEndAreRefused() {
        assertThatThrownBy(() -> StageTimeline.of(List.of(new Sample(0, "a"), new Sample(20 * MS, "b"), new Sample(10 * MS, "c")), 30 * MS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageTimeline.of(List.of(new Sample(0, "a"), new Sample(40 * MS, "b")), 30 * MS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStageAJobDidNotShowCountsAsNoTimeInItsMedianAndMean() {
        StageTimeline seen = timeline(0, "QUEUED", 100, "composing", 400, "mastering", 1000);
        StageTimeline alsoSeen = timeline(0, "QUEUED", 100, "composing", 300, "mastering", 900);
        StageTimeline missed = timeline(0, "QUEUED", 200, "mastering", 800);

        StageBreakdown breakdown = StageBreakdown.of(List.of(seen, alsoSeen, missed));

        assertThat(breakdown.jobs()).isEqualTo(3);
        assertThat(breakdown.rows()).extracting(StageBreakdown.Row::stage).containsExactly("QUEUED", "composing", "mastering");
        StageBreakdown.Row composing = breakdown.rows().get(1);
        assertThat(composing.seenIn()).isEqualTo(2);
        assertThat(composing.medianSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(composing.meanSeconds()).isCloseTo((0.3 + 0.2 + 0) / 3, within(1e-9));
        double meanJob = (1.0 + 0.9 + 0.8) / 3;
        assertThat(breakdown.rows().stream().mapToDouble(StageBreakdown.Row::meanSeconds).sum()).isCloseTo(meanJob, within(1e-9));
    }

    @Test
    void stagesAreInTheOrderTheJobsShowedThemEvenWhenARareOneStartedLate() {
        // "RENDERING" (started, no message yet) was seen in one job only, late: by its start alone it would come after
        // "rendering", which that job showed after it.
        StageTimeline usual = timeline(0, "QUEUED", 30, "reading the prompt", 40, "rendering", 100, "mastering", 200);
        StageTimeline slowStart = timeline(0, "QUEUED", 120, "RENDERING", 150, "rendering", 250, "mastering", 350);
        StageTimeline fastPrompt = timeline(0, "QUEUED", 20, "composing", 25, "rendering", 100, "mastering", 190);

        StageBreakdown breakdown = StageBreakdown.of(List.of(usual, slowStart, fastPrompt));

        assertThat(breakdown.rows()).extracting(StageBreakdown.Row::stage)
                .containsExactly("QUEUED", "composing", "reading the prompt", "RENDERING", "rendering", "mastering");
    }

    @Test
    void stagesSeenInEitherOrderStillAllShowUp() {
        // b starts at 10 and 30 ms (median 20), c at 20 and 10 (median 15): the earlier median goes first.
        StageTimeline one = timeline(0, "a", 10, "b", 20, "c", 40);
        StageTimeline other = timeline(0, "a", 10, "c", 30, "b", 40);

        assertThat(StageBreakdown.of(List.of(one, other)).rows()).extracting(StageBreakdown.Row::stage).containsExactly("a", "c", "b");
    }

    /** A job's timeline from (start in ms, message) pairs, then the end in ms. */
    private static StageTimeline timeline(Object... startsAndMessages) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i + 1 < startsAndMessages.length; i += 2) {
            samples.add(new Sample((Integer) startsAndMessages[i] * MS, (String) startsAndMessages[i + 1]));
        }
        return StageTimeline.of(samples, (Integer) startsAndMessages[startsAndMessages.length - 1] * MS);
    }
}
