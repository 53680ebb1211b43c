package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.bench.StageTimeline.Sample;
import dev.codelive.bench.StageTimeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A job's stages from what its polls showed, and the stages of many jobs side by side. */
class StageTimelineTest {
    private static final long MS = 1_000_000;

    @Test
    void aStageRunsFromTheFirstPollShowingItToTheFirstShowingTheNext() {
        StageTimeline timeline = StageTimeline.of(List.of(
                sample(0, "POST /api/tracks"),
                sample(20 * MS, "QUEUED"),
                sample(35 * MS, "composing"),
                sample(50 * MS, "composing"),
                sample(65 * MS, "rendering (builtin)"),
                sample(80 * MS, "rendering (builtin)"),
                sample(95 * MS, "mastering")), 140 * MS);

        assertThat(timeline.stages()).containsExactly(
                new Stage("POST /api/tracks", Optional.empty(), 0, 20 * MS),
                new Stage("QUEUED", Optional.empty(), 20 * MS, 15 * MS),
                new Stage("composing", Optional.empty(), 35 * MS, 30 * MS),
                new Stage("rendering (builtin)", Optional.empty(), 65 * MS, 30 * MS),
                new Stage("mastering", Optional.empty(), 95 * MS, 45 * MS));
        assertThat(timeline.totalNanos()).isEqualTo(140 * MS);
    }

    @Test
    void theFirstStageStartsWhenTheOrderWasSentWhateverItsFirstPoll() {
        StageTimeline timeline = StageTimeline.of(List.of(sample(12 * MS, "QUEUED"), sample(30 * MS, "mastering")), 50 * MS);

        assertThat(timeline.stages()).containsExactly(new Stage("QUEUED", Optional.empty(), 0, 30 * MS), new Stage("mastering", Optional.empty(), 30 * MS, 20 * MS));
    }

    @Test
    void aMessageThatComesBackAfterAnotherIsAStageOfItsOwn() {
        StageTimeline timeline = StageTimeline.of(List.of(
                sample(0, "writing the audio"),
                sample(10 * MS, "done"),
                sample(20 * MS, "storing the audio"),
                sample(30 * MS, "done"),
                sample(40 * MS, "done")), 60 * MS);

        assertThat(timeline.stages()).extracting(Stage::name).containsExactly("writing the audio", "done", "storing the audio", "done #2");
        assertThat(timeline.stages().getLast().nanos()).isEqualTo(30 * MS);
    }

    @Test
    void theSameWordsAtAnotherProgressAreAnotherStageEvenWhenTheFirstWentUnseen() {
        StageTimeline both = StageTimeline.of(List.of(
                new Sample(0, "writing the audio", Optional.of(72.3)),
                new Sample(10 * MS, "done", Optional.of(85.0)),
                new Sample(20 * MS, "storing the audio", Optional.of(85.0)),
                new Sample(50 * MS, "done", Optional.of(100.0))), 60 * MS);
        StageTimeline composerDoneUnseen = StageTimeline.of(List.of(
                new Sample(0, "writing the audio", Optional.of(72.3)),
                new Sample(20 * MS, "storing the audio", Optional.of(85.0)),
                new Sample(40 * MS, "done", Optional.of(100.0))), 60 * MS);

        assertThat(both.stages()).extracting(Stage::name).containsExactly("writing the audio", "done", "storing the audio", "done");
        StageBreakdown breakdown = StageBreakdown.of(List.of(both, composerDoneUnseen));

        assertThat(breakdown.rows()).extracting(StageBreakdown.Row::stage).containsExactly(
                new StageTimeline.Key("writing the audio", Optional.of(72.3)), new StageTimeline.Key("done", Optional.of(85.0)),
                new StageTimeline.Key("storing the audio", Optional.of(85.0)), new StageTimeline.Key("done", Optional.of(100.0)));
        assertThat(breakdown.rows().getLast().seenIn()).isEqualTo(2);
        assertThat(breakdown.rows().getLast().medianSeconds()).isCloseTo(0.015, within(1e-9));
        assertThat(breakdown.rows().get(1).seenIn()).isEqualTo(1);
    }

    @Test
    void noPollsNoStages() {
        assertThat(StageTimeline.of(List.of(), 5 * MS).stages()).isEmpty();
    }

    @Test
    void pollsOutOfOrderOrAfterTheEndAreRefused() {
        assertThatThrownBy(() -> StageTimeline.of(List.of(sample(0, "a"), sample(20 * MS, "b"), sample(10 * MS, "c")), 30 * MS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageTimeline.of(List.of(sample(0, "a"), sample(40 * MS, "b")), 30 * MS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStageAJobDidNotShowCountsAsNoTimeInItsMedianAndMean() {
        StageTimeline seen = timeline(0, "QUEUED", 100, "composing", 400, "mastering", 1000);
        StageTimeline alsoSeen = timeline(0, "QUEUED", 100, "composing", 300, "mastering", 900);
        StageTimeline missed = timeline(0, "QUEUED", 200, "mastering", 800);

        StageBreakdown breakdown = StageBreakdown.of(List.of(seen, alsoSeen, missed));

        assertThat(breakdown.jobs()).isEqualTo(3);
        assertThat(breakdown.rows()).extracting(row -> row.stage().name()).containsExactly("QUEUED", "composing", "mastering");
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

        assertThat(breakdown.rows()).extracting(row -> row.stage().name())
                .containsExactly("QUEUED", "composing", "reading the prompt", "RENDERING", "rendering", "mastering");
    }

    @Test
    void stagesSeenInEitherOrderStillAllShowUp() {
        // b starts at 10 and 30 ms (median 20), c at 20 and 10 (median 15): the earlier median goes first.
        StageTimeline one = timeline(0, "a", 10, "b", 20, "c", 40);
        StageTimeline other = timeline(0, "a", 10, "c", 30, "b", 40);

        assertThat(StageBreakdown.of(List.of(one, other)).rows()).extracting(row -> row.stage().name()).containsExactly("a", "c", "b");
    }

    private static Sample sample(long atNanos, String label) {
        return new Sample(atNanos, label, Optional.empty());
    }

    /** A job's timeline from (start in ms, message) pairs, then the end in ms. */
    private static StageTimeline timeline(Object... startsAndMessages) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i + 1 < startsAndMessages.length; i += 2) {
            samples.add(sample((Integer) startsAndMessages[i] * MS, (String) startsAndMessages[i + 1]));
        }
        return StageTimeline.of(samples, (Integer) startsAndMessages[startsAndMessages.length - 1] * MS);
    }
}
